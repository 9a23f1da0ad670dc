/// The one stylesheet, small enough to ship with every first visit on a slow connection.
enum Stylesheet {
    static let css = """
    :root{--ink:#1d2733;--muted:#5a6572;--line:#d5dbe1;--bg:#fbfbf8;--accent:#0b5cad;--err:#a61b1b;--ok:#1e6b34}
    *{box-sizing:border-box}
    body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
    a{color:var(--accent)}
    .skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:9}
    .top{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;padding:.6rem 1rem;background:#16324f;color:#fff}
    .top a{color:#fff}.brand{font-weight:700;text-decoration:none;font-size:1.1rem}
    .top ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
    .top a[aria-current]{text-decoration:underline;text-underline-offset:4px}
    .signout{margin-left:auto;display:flex;gap:.5rem;align-items:center;font-size:.9rem}
    .languages ul{gap:.25rem .5rem;font-size:.9rem}.languages button{background:none;border:1px solid #9fb6cc;color:#fff;padding:.1rem .45rem;border-radius:3px;cursor:pointer;font:inherit}
    .languages span[aria-current]{font-weight:700;padding:.1rem .45rem}
    main{max-width:72rem;margin:0 auto;padding:1rem}
    .foot{color:var(--muted);font-size:.8rem;text-align:center;padding:1rem}
    h1{font-size:1.6rem;margin:.5rem 0 1rem}h2{font-size:1.2rem;margin-top:2rem}
    table{border-collapse:collapse;width:100%;background:#fff}
    th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
    th{background:#eef1f4;font-weight:600}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
    .toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.5rem 0 1rem}
    form.stack{display:grid;gap:.8rem;max-width:40rem;background:#fff;padding:1rem;border:1px solid var(--line)}
    label{font-weight:600;display:block}
    .hint{color:var(--muted);font-size:.85rem;font-weight:400}
    input,select,textarea{font:inherit;padding:.35rem .5rem;border:1px solid #8a96a3;border-radius:3px;width:100%;background:#fff;color:var(--ink)}
    input[type=checkbox]{width:auto}
    fieldset.breakdown{border:1px solid var(--line);padding:.5rem .8rem;display:grid;gap:.5rem}
    fieldset.breakdown-dimension{border:0;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.5rem}
    fieldset.breakdown-dimension legend{font-weight:600;padding:0}
    .breakdown-dimension .part{flex:1 1 8rem;min-width:0}
    .breakdown-dimension .field-error{flex-basis:100%}
    textarea{min-height:5rem}
    button,.button{font:inherit;padding:.4rem .9rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:3px;cursor:pointer;text-decoration:none;display:inline-block}
    button.secondary,.button.secondary{background:#fff;color:var(--accent)}
    button.danger{background:var(--err);border-color:var(--err)}
    .field-error{color:var(--err);font-size:.9rem;margin:.2rem 0 0}
    [aria-invalid=true]{border-color:var(--err);outline:1px solid var(--err)}
    .notice{padding:.6rem .8rem;border-left:4px solid var(--accent);background:#fff}
    .notice.error{border-color:var(--err)}.notice.ok{border-color:var(--ok)}
    dl.record{display:grid;grid-template-columns:minmax(10rem,16rem) 1fr;gap:.3rem 1rem;background:#fff;padding:1rem;border:1px solid var(--line)}
    dl.record dt{font-weight:600}dl.record dd{margin:0;white-space:pre-line}
    .pager{display:flex;gap:1rem;align-items:center;margin:.8rem 0}
    .cards{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
    .card{background:#fff;border:1px solid var(--line);padding:.6rem 1rem;min-width:9rem}
    .card strong{display:block;font-size:1.5rem}
    .map svg{width:100%;height:auto;background:#dfeaf3;border:1px solid var(--line)}
    .legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;list-style:none;padding:0}
    .legend span{display:inline-block;width:1rem;height:1rem;border:1px solid #666;vertical-align:middle;margin-right:.3rem}
    .swatch-ongoing{background:#1f5fa8}.swatch-under_design{background:#f0a830}.swatch-completed{background:#4e9a5b}
    .swatch-suspended{background:#9b59b6}.swatch-cancelled{background:#8c8c8c}
    .coop-arc path{fill:none;stroke:#b0261c;stroke-width:1.6}.coop-arc circle{fill:#b0261c}
    .legend .swatch-coop{height:.25rem;background:#b0261c;border-color:#b0261c}
    .arc-switch:has(.arc-toggle:not(:checked))~figure.map .coop-arcs{display:none}
    .sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
    .actions{display:flex;gap:.5rem;flex-wrap:wrap;margin:1rem 0}
    .history li{margin:.4rem 0}.history ul{margin:.2rem 0}
    code.token{display:block;padding:.6rem;background:#fff;border:1px dashed var(--accent);word-break:break-all}
    .crumbs{margin:.2rem 0;color:var(--muted)}
    .subnav ul{display:flex;flex-wrap:wrap;gap:.2rem .9rem;list-style:none;padding:0;margin:.3rem 0 1rem;border-bottom:1px solid var(--line)}
    .subnav a[aria-current]{font-weight:700;text-decoration:none;border-bottom:3px solid var(--accent)}
    .dashboard{display:grid;grid-template-columns:repeat(auto-fit,minmax(22rem,1fr));gap:1rem 1.5rem}
    .dashboard section{background:#fff;border:1px solid var(--line);padding:.4rem 1rem;min-width:0}
    .dashboard .wide{grid-column:1/-1}
    .stages{display:flex;flex-wrap:wrap;gap:.3rem;list-style:none;padding:0}
    .stages li{padding:.15rem .5rem;border:1px solid var(--line);font-size:.9rem}
    .stages .done{background:#e5f1e8}.stages .current{background:var(--accent);color:#fff;font-weight:700}
    .missing li{color:var(--err)}
    .table-wrap{overflow-x:auto}
    td.num{text-align:right;font-variant-numeric:tabular-nums}
    .tag{display:inline-block;padding:0 .35rem;border:1px solid var(--line);font-size:.85rem;background:#f1f3f5}
    .st-done,.rs-reached,.rs-on_track{background:#e5f1e8;border-color:#9cc7a8}
    .st-delayed,.rs-off_track,.sev-major{background:#fbe7e7;border-color:#e0a3a3}
    .consensus.differ{color:var(--err);font-weight:700}.consensus.agree{color:var(--ok);font-weight:700}
    table.matrix td p{margin:.2rem 0}
    .chart svg,.graph svg{width:100%;max-width:40rem;height:auto;background:#fff;border:1px solid var(--line)}
    .chart text,.graph text{font-size:13px;fill:var(--ink)}.chart .axis-title{font-weight:600}
    .chart .bar{fill:#9bbbe0}.chart .bar-now{fill:#0b5cad}.chart .axis{stroke:var(--muted)}
    .line-actors{fill:none;stroke:#0b5cad;stroke-width:2}.line-new{fill:none;stroke:#d9822b;stroke-width:2;stroke-dasharray:4 2}
    .key{display:inline-block;width:1rem;height:.6rem;border:1px solid #666;vertical-align:middle;margin:0 .2rem 0 .6rem}
    .bar-key{background:#9bbbe0}.actors-key{background:#0b5cad}.new-key{background:#d9822b}
    .pair{display:grid;grid-template-columns:1fr;gap:1rem}
    .tie{stroke-width:2}.tie.existing{stroke:#1e6b34}.tie.to_strengthen{stroke:#d9822b;stroke-dasharray:6 3}
    .tie.missing{stroke:#a61b1b;stroke-dasharray:2 3}.tie.conflict{stroke:#7b2d8e;stroke-width:3;stroke-dasharray:10 3 2 3}
    .tie-existing{background:#1e6b34}.tie-to_strengthen{background:#d9822b}.tie-missing{background:#a61b1b}.tie-conflict{background:#7b2d8e}
    .node{fill:#cfd8e3;stroke:#1d2733}.node.institution{fill:#1d2733}
    .graph.analysis svg{max-width:47.5rem}.graph.analysis text{font-size:13px}.graph.analysis .row-title{font-weight:600}
    .key.node-key{background:#cfd8e3;border:1px solid #1d2733;border-radius:50%}.key.node-key.institution{background:#1d2733}
    .sharebar{width:100%;max-width:30rem;height:1.2rem;display:block;margin:.4rem 0}
    .fk-project{background:#0b5cad;fill:#0b5cad}.fk-private_sector{background:#d9822b;fill:#d9822b}
    .fk-government{background:#4e9a5b;fill:#4e9a5b}.fk-institutions{background:#8e6bb5;fill:#8e6bb5}
    .progress{width:100%;max-width:20rem;height:.8rem}.progress .track{fill:#e7ebef}.progress .fill{fill:var(--ok)}
    table.overview th,table.overview td{font-size:.9rem}
    table.costs{width:100%;font-size:.85rem}table.costs th,table.costs td{padding:.2rem .3rem}
    .radar svg{width:100%;max-width:36rem;height:auto;background:#fff;border:1px solid var(--line)}
    .radar text{font-size:13px;fill:var(--ink)}.radar .ring{fill:none;stroke:#e1e6eb}.radar .axis{stroke:#c9d1da}
    .radar .score{fill:rgba(11,92,173,.25);stroke:#0b5cad;stroke-width:2}.radar .target{fill:none;stroke:#d9822b;stroke-width:2;stroke-dasharray:5 3}
    .score-key{background:#0b5cad}.target-key{background:#d9822b}
    .net-below{background:#fbe7e7;border-color:#e0a3a3}.net-met,.net-above{background:#e5f1e8;border-color:#9cc7a8}
    svg.box{width:15rem;height:2.4rem}svg.box text{font-size:12px;fill:var(--ink)}svg.box line{stroke:#5a6572}svg.box rect{fill:#cfe0f3;stroke:#0b5cad}
    svg.box .median{stroke:#0b5cad;stroke-width:2}svg.box .me{fill:#d9822b}
    table.phases tr.current th{color:var(--accent)}
    .scorebars svg{width:100%;max-width:34rem;height:auto}.scorebars text{font-size:12px;fill:var(--ink)}
    .scorebars .track{fill:#e7ebef}.scorebars .fill{fill:#0b5cad}
    .readiness{padding:.3rem .6rem;border-left:4px solid var(--line)}.r-ready{border-color:var(--ok)}.r-developable{border-color:#d9822b}.r-not_yet{border-color:var(--err)}
    .gantt svg{width:100%;max-width:42rem;height:auto;background:#fff;border:1px solid var(--line)}.gantt text{font-size:12px;fill:var(--ink)}
    .gantt .month{stroke:#e1e6eb}
    .g-training{fill:#0b5cad;background:#0b5cad}.g-process_layout{fill:#4e9a5b;background:#4e9a5b}.g-inventory{fill:#8e6bb5;background:#8e6bb5}
    .g-total_quality{fill:#2a9d8f;background:#2a9d8f}.g-investment{fill:#d9822b;background:#d9822b}
    .warnings li{color:var(--err)}
    .analysis .ties line{stroke:#9aa7b4;stroke-width:1}.analysis .community-ties line{stroke:#9aa7b4}
    details summary{cursor:pointer;font-weight:600;margin:.6rem 0}
    .cluster-map svg{width:100%;max-width:44rem;height:auto;background:#dfeaf3;border:1px solid var(--line)}
    .cluster-map .outline{fill:#f4f1ea;stroke:#5f6b78;stroke-width:1.2}.cluster-map .land{fill:#e4e0d6;stroke:#b4bcc5;stroke-width:.8}
    .cluster-map .region{stroke:#333;stroke-width:.8;fill-opacity:.85}.cluster-map text{fill:var(--ink);font-size:13px;paint-order:stroke;stroke:#fff;stroke-width:3px}
    .region.none,.swatch-strong-none{fill:#d8d2c4;background:#d8d2c4}.region.some,.swatch-strong-some{fill:#e59a3b;background:#e59a3b}
    .region.many,.swatch-strong-many{fill:#9c3d10;background:#9c3d10}
    .problems{max-height:20rem;overflow:auto}.upload-status progress{width:16rem}
    table.candidates tbody{border-top:2px solid var(--line)}
    .filters{display:flex;flex-wrap:wrap;gap:0 1.2rem;align-items:flex-end}
    @media (max-width:40rem){dl.record{grid-template-columns:1fr}.signout{margin-left:0}}
    .report-section{margin-top:1.5rem}.report .chart svg{max-width:46rem}
    .project-map svg{width:100%;max-width:46rem;height:auto;background:#fff;border:1px solid var(--line)}.project-map text{fill:var(--ink)}
    .project-map .land path{fill:#e3e7ec;stroke:#fff;stroke-width:.2}.project-map path.mine,.project-map rect.mine{fill:#0b5cad}
    .project-map .country-name{fill:var(--ink);font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:.25em}
    .chart .target-bar{fill:#1e6b34}.chart .gridline{stroke:#d5dae0}.reached-key{background:#1e6b34}
    @media print{header.top,.skip,footer.foot,.no-print{display:none}main{padding:0;max-width:none}
    .report-section{break-before:page}.report-section.first{break-before:auto}.table-wrap{overflow:visible}
    table{font-size:9.5pt}tr,figure{break-inside:avoid}a{color:inherit;text-decoration:none}}
    @page{size:A4;margin:15mm}
    """
}
