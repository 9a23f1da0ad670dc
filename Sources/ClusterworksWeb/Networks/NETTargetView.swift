import ClusterworksDomain
import ClusterworksWorkflows

/// The programme's NET targets and scale as read, and the token of the forms that change them for who may.
struct NETTargetSheet: Sendable {
    let matrix: NETTargets
    let scale: NETScale
    /// Nil when the reader may not set the programme's targets.
    let editToken: String?
    let errors: ValidationErrors
}

/// The NET target matrix: a phase a row, an indicator a column; forms to change a target and the scale. Pure.
enum NETTargetView {
    static func page(_ s: NETTargetSheet) -> HTML {
        let head = NETIndicator.allCases.map { "<th scope=\"col\">\($0.shortLabel)</th>" as HTML }
        let rows = NetworkPhase.allCases.map { p -> HTML in
            "<tr><th scope=\"row\">\(p.label)</th>\(NETIndicator.allCases.map { i -> HTML in "<td class=\"num\">\(s.matrix.target(p, i).map { FieldValue.decimal($0).display } ?? "—")</td>" })</tr>"
        }
        return """
        <h1>\(L("NET target matrix"))</h1>
        <p>\(L("Scores run from \(s.scale.min) to \(s.scale.max). Each phase's row is what a network in that phase should reach; a network may have its own targets."))</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="\(L("Target matrix"))"><table><thead><tr><th scope="col">\(L("Phase"))</th>\(head)</tr></thead><tbody>\(rows)</tbody></table></div>
        \(s.editToken.map { targetForm(token: $0, s.errors) + scaleForm(s.scale, token: $0, s.errors) } ?? .empty)<p><a href="\(SitePath.net(.benchmark))">\(L("Benchmark of networks by phase"))</a> · <a href="\(SitePath.net(.matrix))">\(L("All assessments as CSV"))</a></p>
        """
    }

    static func targetForm(token: String, _ errors: ValidationErrors) -> HTML {
        let messages = errors.phrases(for: "target")
        return """
        <h2>\(L("Change a target"))</h2>
        \(RecordFormPage.errorNotice(errors))
        <form class="toolbar" method="post" action="\(SitePath.net(.targets))">\(Layout.csrfField(token: token))
        <div><label for="t-phase">\(L("Phase"))</label><select id="t-phase" name="phase">\(NetworkPhase.allCases.map { "<option value=\"\($0.rawValue)\">\($0.label)</option>" as HTML })</select></div>
        <div><label for="t-indicator">\(L("Indicator"))</label><select id="t-indicator" name="indicator">\(NETIndicator.allCases.map { "<option value=\"\($0.rawValue)\">\($0.label)</option>" as HTML })</select></div>
        <div><label for="t-target">\(L("Target"))</label><input id="t-target" name="target" type="number" step="any"\(messages.isEmpty ? .empty : HTML(raw: " aria-invalid=\"true\""))></div>
        <div><button type="submit">\(L("Set"))</button></div></form>
        \(messages.isEmpty ? .empty : "<p class=\"field-error\">\(L("Target \(Phrase.list(messages))."))</p>")
        """
    }

    static func scaleForm(_ scale: NETScale, token: String, _ errors: ValidationErrors) -> HTML {
        let messages = errors.phrases(for: "scale")
        return """
        <h2>\(L("Scale"))</h2><p class="hint">\(L("Assessments keep the scale they were given on; the default targets follow a new scale."))</p>
        <form class="toolbar" method="post" action="\(SitePath.net(.scale))">\(Layout.csrfField(token: token))
        <div><label for="s-min">\(L("Lowest score"))</label><input id="s-min" name="min" type="number" step="1" value="\(scale.min)"></div>
        <div><label for="s-max">\(L("Highest score"))</label><input id="s-max" name="max" type="number" step="1" value="\(scale.max)"\(messages.isEmpty ? .empty : HTML(raw: " aria-invalid=\"true\""))></div>
        <div><button type="submit">\(L("Set the scale"))</button></div></form>
        \(messages.isEmpty ? .empty : "<p class=\"field-error\">\(L("Scale \(Phrase.list(messages))."))</p>")
        """
    }
}
