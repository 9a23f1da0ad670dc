--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: _fluent_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public._fluent_migrations (
    id uuid NOT NULL,
    name text NOT NULL,
    batch bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: action_plans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.action_plans (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    vision text NOT NULL,
    objectives text NOT NULL,
    adopted_on text NOT NULL,
    horizon_end text,
    currency text NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: actors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.actors (
    id uuid NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    acronym text,
    institution_type text,
    country_code text NOT NULL,
    location text,
    latitude double precision,
    longitude double precision,
    sector_code text,
    products text NOT NULL,
    employees bigint,
    employees_female bigint,
    employees_male bigint,
    year_founded bigint,
    size_class text,
    description text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: api_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_tokens (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    name text NOT NULL,
    token_hash text NOT NULL,
    prefix text NOT NULL,
    created_at timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at timestamp with time zone
);


--
-- Name: assignments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.assignments (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    scope_kind text NOT NULL,
    scope_id uuid NOT NULL,
    created_at timestamp with time zone
);


--
-- Name: audit_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_entries (
    id uuid NOT NULL,
    record_type text NOT NULL,
    record_id uuid NOT NULL,
    action text NOT NULL,
    user_id uuid,
    user_name text NOT NULL,
    at timestamp with time zone NOT NULL,
    changes text NOT NULL
);


--
-- Name: broker_cost_steps; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.broker_cost_steps (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    from_on text NOT NULL,
    project_share double precision NOT NULL,
    institution_share double precision NOT NULL,
    note text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: business_plans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.business_plans (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    version bigint NOT NULL,
    title text NOT NULL,
    objectives text NOT NULL,
    joint_activities text NOT NULL,
    budget double precision,
    currency text,
    period_start text,
    period_end text,
    adopted_on text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: chain_stages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.chain_stages (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    diagnostic_id uuid NOT NULL,
    "position" bigint NOT NULL,
    name text NOT NULL,
    actors text,
    bottlenecks text NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    actor_ids text DEFAULT ''::text NOT NULL
);


--
-- Name: client_profiles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_profiles (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    client_id uuid NOT NULL,
    products text NOT NULL,
    volumes text,
    certifications text NOT NULL,
    local_share_before double precision,
    local_share_now double precision,
    quality_weight double precision NOT NULL,
    min_quality bigint,
    delivery_weight double precision NOT NULL,
    min_delivery bigint,
    cost_weight double precision NOT NULL,
    min_cost bigint,
    capacity_weight double precision NOT NULL,
    min_capacity bigint,
    management_weight double precision NOT NULL,
    min_management bigint,
    technology_weight double precision NOT NULL,
    min_technology bigint,
    finance_weight double precision NOT NULL,
    min_finance bigint,
    hse_weight double precision NOT NULL,
    min_hse bigint,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: cluster_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cluster_events (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    type text NOT NULL,
    title text NOT NULL,
    held_on text NOT NULL,
    ended_on text,
    place text,
    purpose text,
    actor_ids text NOT NULL,
    person_ids text NOT NULL,
    women bigint,
    men bigint,
    group_counts text NOT NULL,
    outcomes text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: cluster_map_candidates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cluster_map_candidates (
    id uuid NOT NULL,
    map_id uuid NOT NULL,
    region_id uuid NOT NULL,
    rank bigint NOT NULL,
    cluster text NOT NULL,
    employment double precision NOT NULL,
    establishments double precision NOT NULL,
    wage double precision,
    lq double precision NOT NULL,
    strong boolean NOT NULL,
    top_three boolean NOT NULL,
    employment_change double precision,
    growth_rate double precision
);


--
-- Name: cluster_map_regions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cluster_map_regions (
    id uuid NOT NULL,
    map_id uuid NOT NULL,
    name text NOT NULL,
    latitude double precision,
    longitude double precision,
    traded_employment double precision NOT NULL,
    strong_count bigint NOT NULL,
    strongest_lq double precision
);


--
-- Name: cluster_maps; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cluster_maps (
    id uuid NOT NULL,
    name text NOT NULL,
    country_code text,
    created_by uuid,
    first_year bigint NOT NULL,
    last_year bigint NOT NULL,
    row_count bigint NOT NULL,
    region_count bigint NOT NULL,
    industry_count bigint NOT NULL,
    cluster_count bigint NOT NULL,
    strong_count bigint NOT NULL,
    created_at timestamp with time zone
);


--
-- Name: clusters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.clusters (
    id uuid NOT NULL,
    name text NOT NULL,
    country_code text NOT NULL,
    place text NOT NULL,
    latitude double precision,
    longitude double precision,
    sector text NOT NULL,
    products text NOT NULL,
    estimated_firms bigint,
    employment bigint,
    exports_usd double precision,
    project_id uuid,
    stage text NOT NULL,
    description text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: contributions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.contributions (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    action_id uuid NOT NULL,
    funder_name text NOT NULL,
    funder_actor_id uuid,
    funder_kind text NOT NULL,
    form text NOT NULL,
    pledged double precision NOT NULL,
    pledged_on text NOT NULL,
    paid double precision,
    paid_on text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: countries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.countries (
    id uuid NOT NULL,
    code text NOT NULL,
    iso3 text,
    name_en text NOT NULL,
    name_es text NOT NULL,
    name_fr text NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: diagnostics; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.diagnostics (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    version bigint NOT NULL,
    status text NOT NULL,
    title text NOT NULL,
    started_on text NOT NULL,
    production_system text,
    skill_system text,
    institutional_system text,
    background text,
    earlier_cooperation text,
    strengths text NOT NULL,
    weaknesses text NOT NULL,
    opportunities text NOT NULL,
    threats text NOT NULL,
    findings text,
    validated_on text,
    validated_by text,
    validation_event_id uuid,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: handover_plans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.handover_plans (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    institution_id uuid NOT NULL,
    agreed_on text NOT NULL,
    takeover_on text NOT NULL,
    broker_name text,
    governance text,
    notes text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: improvement_actions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.improvement_actions (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    plan_id uuid NOT NULL,
    category text NOT NULL,
    title text NOT NULL,
    owner text NOT NULL,
    start_on text NOT NULL,
    end_on text NOT NULL,
    cost double precision,
    payer text,
    status text NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: improvement_plans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.improvement_plans (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    firm_id uuid NOT NULL,
    start_on text NOT NULL,
    end_on text NOT NULL,
    objectives text NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: indicators; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.indicators (
    id uuid NOT NULL,
    name text NOT NULL,
    unit text NOT NULL,
    scale text NOT NULL,
    level text NOT NULL,
    direction text NOT NULL,
    disaggregation text NOT NULL,
    definition text,
    source text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: joint_projects; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.joint_projects (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    title text NOT NULL,
    scale text NOT NULL,
    type text NOT NULL,
    participant_ids text NOT NULL,
    start_on text,
    end_on text,
    status text NOT NULL,
    description text,
    results text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: linkage_fee_years; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.linkage_fee_years (
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    year bigint NOT NULL,
    packages bigint NOT NULL,
    fee double precision NOT NULL,
    unit_cost double precision NOT NULL,
    invoiced double precision,
    paid double precision,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: linkage_units; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.linkage_units (
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    name text NOT NULL,
    host_institution_id uuid NOT NULL,
    established_on text,
    package text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: linkages; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.linkages (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    from_actor_id uuid NOT NULL,
    tie_type text NOT NULL,
    to_actor_id uuid NOT NULL,
    status text NOT NULL,
    recorded_on text NOT NULL,
    note text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: memberships; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.memberships (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    actor_id uuid NOT NULL,
    role text NOT NULL,
    joined_on text NOT NULL,
    left_on text,
    leaving_reason text,
    notes text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: net_assessments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.net_assessments (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    assessed_on text NOT NULL,
    phase text NOT NULL,
    assessor text NOT NULL,
    scale_min bigint NOT NULL,
    scale_max bigint NOT NULL,
    group_cohesion_score bigint NOT NULL,
    group_cohesion_evidence text,
    internal_organization_score bigint NOT NULL,
    internal_organization_evidence text,
    strategic_analysis_score bigint NOT NULL,
    strategic_analysis_evidence text,
    strategic_planning_score bigint NOT NULL,
    strategic_planning_evidence text,
    production_restructuring_score bigint NOT NULL,
    production_restructuring_evidence text,
    economic_performance_score bigint NOT NULL,
    economic_performance_evidence text,
    institutional_connection_score bigint NOT NULL,
    institutional_connection_evidence text,
    depends_on_broker boolean NOT NULL,
    notes text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: net_targets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.net_targets (
    id uuid NOT NULL,
    network_id uuid,
    phase text NOT NULL,
    indicator text NOT NULL,
    target double precision NOT NULL
);


--
-- Name: network_relations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.network_relations (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    type text NOT NULL,
    actor_id uuid NOT NULL,
    since text,
    description text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: network_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.network_rules (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    version bigint NOT NULL,
    title text NOT NULL,
    text text NOT NULL,
    adopted_on text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: networks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.networks (
    id uuid NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    country_code text NOT NULL,
    cluster_id uuid,
    project_id uuid,
    phase text NOT NULL,
    formed_on text,
    description text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    legal_form text,
    dissolved_on text,
    dissolution_reason text
);


--
-- Name: partnership_decisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partnership_decisions (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    client_id uuid NOT NULL,
    supplier_id uuid NOT NULL,
    decided_on text NOT NULL,
    entered boolean NOT NULL,
    contract_value double precision,
    contract_start text,
    contract_end text,
    lender text,
    loan_amount double precision,
    notes text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: perceptions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.perceptions (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    diagnostic_id uuid NOT NULL,
    theme text NOT NULL,
    stakeholder_group text NOT NULL,
    severity text NOT NULL,
    statement text NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: persons; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.persons (
    id uuid NOT NULL,
    name text NOT NULL,
    organisation_id uuid,
    role text,
    sex text,
    year_of_birth bigint,
    email text,
    phone text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: phase_decisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.phase_decisions (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    decided_on text NOT NULL,
    from_phase text NOT NULL,
    to_phase text,
    dissolution text,
    reason text NOT NULL,
    override boolean NOT NULL,
    justification text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: plan_actions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.plan_actions (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    title text NOT NULL,
    objective text,
    type text NOT NULL,
    lead_actor_id uuid,
    partner_ids text NOT NULL,
    start_on text,
    end_on text,
    status text NOT NULL,
    percent_complete bigint,
    expected_outputs text,
    achieved_outputs text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: plan_reviews; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.plan_reviews (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    version bigint NOT NULL,
    reviewed_on text NOT NULL,
    participants text,
    checked text NOT NULL,
    learned text NOT NULL,
    changes text NOT NULL,
    progress text NOT NULL,
    snapshot text NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: programme_settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programme_settings (
    id uuid NOT NULL,
    key text NOT NULL,
    value text NOT NULL
);


--
-- Name: project_contributions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.project_contributions (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    joint_project_id uuid NOT NULL,
    funder_name text NOT NULL,
    funder_actor_id uuid,
    funder_kind text NOT NULL,
    form text NOT NULL,
    pledged double precision NOT NULL,
    pledged_on text NOT NULL,
    paid double precision,
    paid_on text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: project_countries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.project_countries (
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    country_code text NOT NULL
);


--
-- Name: projects; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.projects (
    id uuid NOT NULL,
    code text NOT NULL,
    title text NOT NULL,
    summary text,
    status text NOT NULL,
    planned_start text,
    planned_end text,
    actual_start text,
    actual_end text,
    budget double precision,
    currency text,
    funders text NOT NULL,
    counterparts text NOT NULL,
    lines_of_work text NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: readiness_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.readiness_items (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    item text NOT NULL,
    met boolean NOT NULL,
    met_on text,
    evidence text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: result_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.result_entries (
    id uuid NOT NULL,
    owner_cluster_id uuid,
    indicator_id uuid NOT NULL,
    kind text NOT NULL,
    actor_id uuid,
    network_id uuid,
    observed_on text NOT NULL,
    value double precision NOT NULL,
    unit text,
    parts text NOT NULL,
    diagnostic_id uuid,
    source text,
    note text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    owner_network_id uuid
);


--
-- Name: round_tables; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.round_tables (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    title text NOT NULL,
    held_on text NOT NULL,
    ended_on text,
    place text,
    purpose text,
    actor_ids text NOT NULL,
    person_ids text NOT NULL,
    women bigint,
    men bigint,
    outcomes text,
    agreed_requirements text NOT NULL,
    improvement_areas text NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    id uuid NOT NULL,
    token_hash text NOT NULL,
    user_id uuid NOT NULL,
    csrf_token text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_seen_at timestamp with time zone NOT NULL
);


--
-- Name: sign_in_failures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sign_in_failures (
    id uuid NOT NULL,
    email text NOT NULL,
    address text NOT NULL,
    at timestamp with time zone NOT NULL
);


--
-- Name: supplier_evaluations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.supplier_evaluations (
    id uuid NOT NULL,
    network_id uuid NOT NULL,
    supplier_id uuid NOT NULL,
    evaluated_on text NOT NULL,
    evaluator text NOT NULL,
    certifications text NOT NULL,
    quality_score bigint NOT NULL,
    quality_evidence text,
    delivery_score bigint NOT NULL,
    delivery_evidence text,
    cost_score bigint NOT NULL,
    cost_evidence text,
    capacity_score bigint NOT NULL,
    capacity_evidence text,
    management_score bigint NOT NULL,
    management_evidence text,
    technology_score bigint NOT NULL,
    technology_evidence text,
    finance_score bigint NOT NULL,
    finance_evidence text,
    hse_score bigint NOT NULL,
    hse_evidence text,
    notes text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id uuid NOT NULL,
    email text NOT NULL,
    name text NOT NULL,
    language text NOT NULL,
    role text NOT NULL,
    active boolean NOT NULL,
    password_hash text NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    organisation_id uuid
);


--
-- Data for Name: _fluent_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public._fluent_migrations VALUES ('945ca7b9-446d-47db-8218-4203baf89d48', 'ClusterworksPersistence.CreateAccounts', 1, '2026-12-01 10:59:54.557588+00', '2026-12-01 10:59:54.557588+00');
INSERT INTO public._fluent_migrations VALUES ('1cf3fc6a-eb23-4beb-9f48-52100637392b', 'ClusterworksPersistence.CreateRegistries', 1, '2026-12-01 10:59:54.60589+00', '2026-12-01 10:59:54.60589+00');
INSERT INTO public._fluent_migrations VALUES ('aa3dc94d-69a4-4ec6-a4e3-91b51ebccea6', 'ClusterworksPersistence.CreateHistory', 1, '2026-12-01 10:59:54.624983+00', '2026-12-01 10:59:54.624983+00');
INSERT INTO public._fluent_migrations VALUES ('44e69ff6-f054-4e73-990d-40612c6ba390', 'ClusterworksPersistence.CreateClusterCycle', 1, '2026-12-01 10:59:54.719408+00', '2026-12-01 10:59:54.719408+00');
INSERT INTO public._fluent_migrations VALUES ('97327aea-7f48-47c9-9ea4-13d483ba4db9', 'ClusterworksPersistence.CreateNetworkWork', 1, '2026-12-01 10:59:54.781063+00', '2026-12-01 10:59:54.781063+00');
INSERT INTO public._fluent_migrations VALUES ('aba97190-bc0f-4e9d-a302-8b793aa664c2', 'ClusterworksPersistence.CreateSupplierDevelopment', 1, '2026-12-01 10:59:54.831844+00', '2026-12-01 10:59:54.831844+00');
INSERT INTO public._fluent_migrations VALUES ('369811ff-17e8-4645-966c-dafe43ce6d6f', 'ClusterworksPersistence.CreateClusterMaps', 1, '2026-12-01 10:59:54.856235+00', '2026-12-01 10:59:54.856235+00');


--
-- Data for Name: action_plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.action_plans VALUES ('7c76dd84-c11a-4b10-83b4-9019dc681d05', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'Revalue the traditional form of production and improve the living standards of the artisans.', 'Reach profitable markets
An autonomous governance framework', '1998-10-01', NULL, 'USD', 1, '2026-12-01 10:59:57.597163+00', '2026-12-01 10:59:57.597163+00');
INSERT INTO public.action_plans VALUES ('7badb9fb-951d-4c03-b637-06db80e7efe2', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'A cluster known for safe, varied cheese made without harming its rivers.', 'Quality of cheese
Diversification
Environment
Organisation', '1998-03-01', NULL, 'USD', 2, '2026-12-01 10:59:57.925991+00', '2026-12-01 10:59:58.026884+00');
INSERT INTO public.action_plans VALUES ('bf8e7112-ddca-4d14-bea3-e46179091aa6', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'Move the cluster to higher market segments and exports through skills and technology.', 'Skilled workforce
Exports', '1998-06-01', NULL, 'USD', 1, '2026-12-01 10:59:58.138286+00', '2026-12-01 10:59:58.138286+00');


--
-- Data for Name: actors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.actors VALUES ('2ea536c8-dbb8-496a-835d-af11015af318', 'institution', 'Chamber of Industry of Nicaragua', 'CADIN', 'chamber', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Hosts the Vertical Linkages Unit.', '2026-12-01 10:59:56.017873+00', '2026-12-01 10:59:56.017873+00');
INSERT INTO public.actors VALUES ('0e5e9fc6-ae02-462e-860f-8295d520cda4', 'institution', 'Centro de Recursos y Tecnología', 'CERTEC', 'bds_provider', 'HN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Foundation set up in 1997 by the project''s former network brokers; lives on fees.', '2026-12-01 10:59:56.02996+00', '2026-12-01 10:59:56.02996+00');
INSERT INTO public.actors VALUES ('d179849a-d62e-448c-939f-59c1100b5a3a', 'institution', 'Calico Printers Co-operative Society', 'CALICO', 'cooperative', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Dormant artisan association revitalised; membership rose from 26 artisans to 120.', '2026-12-01 10:59:56.040417+00', '2026-12-01 10:59:56.040417+00');
INSERT INTO public.actors VALUES ('49bbe99e-7acb-4886-b6be-33d9bd74ac23', 'institution', 'Consortium of Textile Exporters', 'COTEX', 'business_association', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Export consortium formed in the Jaipur cluster.', '2026-12-01 10:59:56.050632+00', '2026-12-01 10:59:56.050632+00');
INSERT INTO public.actors VALUES ('f574f319-394f-4ab8-9704-eaad4900a591', 'institution', 'Apparel Exporters Association of Ludhiana', 'APPEAL', 'business_association', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Formed by a core of export-oriented knitwear producers.', '2026-12-01 10:59:56.061414+00', '2026-12-01 10:59:56.061414+00');
INSERT INTO public.actors VALUES ('ab1e077d-4d66-4bd8-bd0a-c5d41a70b308', 'institution', 'Indian Institute for Rural Development', 'IIRD', 'ngo', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'NGO increasingly acting as the cluster development agent in Jaipur.', '2026-12-01 10:59:56.072253+00', '2026-12-01 10:59:56.072253+00');
INSERT INTO public.actors VALUES ('0b4674af-75f6-4368-9f92-31441a1c19a1', 'institution', 'Small Industries Development Bank of India', 'SIDBI', 'financial_institution', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Supported the Bagru training and a credit scheme.', '2026-12-01 10:59:56.083485+00', '2026-12-01 10:59:56.083485+00');
INSERT INTO public.actors VALUES ('c6338865-563e-4f4c-badd-b8f2b210b4f6', 'institution', 'National Institute of Fashion Technology', 'NIFT', 'university', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Introduced new products and designs in Jaipur.', '2026-12-01 10:59:56.093916+00', '2026-12-01 10:59:56.093916+00');
INSERT INTO public.actors VALUES ('372d9069-5873-47e0-aad9-d05044a7e0b3', 'institution', 'Government Polytechnic for Women, Ludhiana', 'GPW', 'training_institute', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Hosts the training cell for women machine operators.', '2026-12-01 10:59:56.1057+00', '2026-12-01 10:59:56.1057+00');
INSERT INTO public.actors VALUES ('95e9940a-2003-4db4-bad4-5b2b41df4265', 'institution', 'Department of Technical Education, Government of Punjab', NULL, 'government_agency', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Signed the memorandum of understanding with APPEAL.', '2026-12-01 10:59:56.116156+00', '2026-12-01 10:59:56.116156+00');
INSERT INTO public.actors VALUES ('eff2e370-a36c-48a4-ba37-8122dcc5e419', 'institution', 'Alianza Láctea', NULL, 'cooperative', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Alliance of cooperatives representing the Boaco/Chontales milk sector.', '2026-12-01 10:59:56.1269+00', '2026-12-01 10:59:56.1269+00');
INSERT INTO public.actors VALUES ('ac4462ee-449b-4835-a4c9-f09df650ec34', 'institution', 'Instituto Nicaragüense de Apoyo a la Pequeña y Mediana Empresa', 'INPYME', 'government_agency', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Partner in training and technical assistance in Boaco/Chontales.', '2026-12-01 10:59:56.137574+00', '2026-12-01 10:59:56.137574+00');
INSERT INTO public.actors VALUES ('83df8da4-66cd-4ae7-876f-88cda594d9d4', 'institution', 'INCAE Business School', 'INCAE', 'university', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Member of the committee for institutional coordination.', '2026-12-01 10:59:56.148204+00', '2026-12-01 10:59:56.148204+00');
INSERT INTO public.actors VALUES ('b5f88839-8e06-4d48-bdaa-7ed8a72bbd48', 'institution', 'Cámara Nicaragüense del Sector Lácteo', 'CANISLAC', 'chamber', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Nicaraguan Chamber of the Milk Sector.', '2026-12-01 10:59:56.158627+00', '2026-12-01 10:59:56.158627+00');
INSERT INTO public.actors VALUES ('6e123e4f-f04f-40cb-af8f-33c8358f061c', 'institution', 'National Metrology Laboratory', NULL, 'laboratory', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Provides scale calibration services in the coffee and cereals group.', '2026-12-01 10:59:56.168373+00', '2026-12-01 10:59:56.168373+00');
INSERT INTO public.actors VALUES ('a232dfe7-ee1b-42ab-97d1-3375b63465d6', 'institution', 'United Nations Industrial Development Organization', 'UNIDO', 'donor', 'AT', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Executes the programme.', '2026-12-01 10:59:56.17811+00', '2026-12-01 10:59:56.17811+00');
INSERT INTO public.actors VALUES ('23d46688-5e81-4629-880f-147cca0f234f', 'institution', 'Inter-American Development Bank', 'IDB', 'donor', 'US', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Co-financed product diversification in Boaco/Chontales.', '2026-12-01 10:59:56.188333+00', '2026-12-01 10:59:56.188333+00');
INSERT INTO public.actors VALUES ('93112e47-5d09-4e46-b2b9-75a91405a2da', 'enterprise', 'Footwear manufacturer and distributor (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1520', '', 320, NULL, NULL, NULL, 'large', 'Client firm working with local shoemakers. Illustrative demo record.', '2026-12-01 10:59:56.198126+00', '2026-12-01 10:59:56.198126+00');
INSERT INTO public.actors VALUES ('789d429a-c50a-490f-8f2b-6cc97de09fd6', 'enterprise', 'Rum producer (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1101', '', 450, NULL, NULL, NULL, 'large', 'Client firm teamed with plastic bottle and label suppliers. Illustrative demo record.', '2026-12-01 10:59:56.208217+00', '2026-12-01 10:59:56.208217+00');
INSERT INTO public.actors VALUES ('989b1fd7-e205-4a69-a8bd-329940ff4951', 'enterprise', 'Ice cream and yoghurt factory (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1050', '', 280, NULL, NULL, NULL, 'large', 'Client firm paired with box and refrigeration suppliers. Illustrative demo record.', '2026-12-01 10:59:56.221126+00', '2026-12-01 10:59:56.221126+00');
INSERT INTO public.actors VALUES ('4081daeb-25a8-4cb1-a793-e793421c4357', 'enterprise', 'Coffee and cereals processor (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1079', '', 300, NULL, NULL, NULL, 'large', 'Client firm working with peanut and plastic jar suppliers. Illustrative demo record.', '2026-12-01 10:59:56.234395+00', '2026-12-01 10:59:56.234395+00');
INSERT INTO public.actors VALUES ('dbf41080-bfd7-432f-adf6-707b6bb09d8f', 'enterprise', 'Masaya woodworking workshop 1', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 3, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 10:59:56.244237+00', '2026-12-01 10:59:56.244237+00');
INSERT INTO public.actors VALUES ('10fb4b37-550f-48c5-bd2e-05f63491087e', 'enterprise', 'Masaya woodworking workshop 2', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 4, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 10:59:56.253698+00', '2026-12-01 10:59:56.253698+00');
INSERT INTO public.actors VALUES ('237e5ac5-c882-4f2c-b100-7d03c6a5f00d', 'enterprise', 'Masaya woodworking workshop 3', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 6, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 10:59:56.263531+00', '2026-12-01 10:59:56.263531+00');
INSERT INTO public.actors VALUES ('c2f48ef0-94fb-47b9-810b-2f26a9262b30', 'enterprise', 'Masaya woodworking workshop 4', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 8, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 10:59:56.273035+00', '2026-12-01 10:59:56.273035+00');
INSERT INTO public.actors VALUES ('34eb2ef6-1f15-4479-a7e5-9cb13f68dd75', 'enterprise', 'Masaya woodworking workshop 5', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 5, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 10:59:56.283646+00', '2026-12-01 10:59:56.283646+00');
INSERT INTO public.actors VALUES ('ff42e7c3-4ce4-4349-adea-8d7aa65fb3a2', 'enterprise', 'Masaya woodworking workshop 6', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 12, NULL, NULL, NULL, 'small', 'Illustrative demo record.', '2026-12-01 10:59:56.297026+00', '2026-12-01 10:59:56.297026+00');
INSERT INTO public.actors VALUES ('c7cfb3d3-4e3c-4a62-af15-678507bd5814', 'enterprise', 'Masaya woodworking workshop 7', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 7, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 10:59:56.306116+00', '2026-12-01 10:59:56.306116+00');
INSERT INTO public.actors VALUES ('3d27a6ca-7756-4d5e-acbb-64fd4991d664', 'enterprise', 'Masaya woodworking workshop 8', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 9, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 10:59:56.315159+00', '2026-12-01 10:59:56.315159+00');
INSERT INTO public.actors VALUES ('80572c33-ac33-4c17-947f-ffabaaf42d86', 'enterprise', 'Masaya woodworking workshop 9', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 4, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 10:59:56.323546+00', '2026-12-01 10:59:56.323546+00');
INSERT INTO public.actors VALUES ('8c4f1f79-13f2-4bdd-b419-980230a866cf', 'enterprise', 'Masaya woodworking workshop 10', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 15, NULL, NULL, NULL, 'small', 'Illustrative demo record.', '2026-12-01 10:59:56.332493+00', '2026-12-01 10:59:56.332493+00');
INSERT INTO public.actors VALUES ('14b4bfb5-4c34-4cf7-a4b2-b5ee2291e8c1', 'enterprise', 'Masaya woodworking workshop 11', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 6, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 10:59:56.34104+00', '2026-12-01 10:59:56.34104+00');
INSERT INTO public.actors VALUES ('7f0e8474-e54a-40fd-b4e1-428b791d9d1c', 'enterprise', 'Masaya woodworking workshop 12', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 5, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 10:59:56.351044+00', '2026-12-01 10:59:56.351044+00');
INSERT INTO public.actors VALUES ('0fcf7be4-5948-4d6e-be06-8a323b20c542', 'enterprise', 'Masaya woodworking workshop 13', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 11, NULL, NULL, NULL, 'small', 'Illustrative demo record.', '2026-12-01 10:59:56.363675+00', '2026-12-01 10:59:56.363675+00');
INSERT INTO public.actors VALUES ('c7766dda-552e-4eed-a8e4-2bd7ee68ec44', 'enterprise', 'Masaya woodworking workshop 14', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 8, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 10:59:56.374116+00', '2026-12-01 10:59:56.374116+00');
INSERT INTO public.actors VALUES ('4346c8d6-84d2-429c-96b0-8f2f1c977b0e', 'enterprise', 'Masaya woodworking workshop 15', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 3, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 10:59:56.384682+00', '2026-12-01 10:59:56.384682+00');
INSERT INTO public.actors VALUES ('79c6ca51-043e-4c9d-a03d-46221e07813f', 'enterprise', 'Masaya woodworking workshop 16', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 7, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 10:59:56.39524+00', '2026-12-01 10:59:56.39524+00');
INSERT INTO public.actors VALUES ('9c220a83-16c9-49d6-9481-849eef709bf9', 'institution', 'Pune food processors'' association (illustrative)', NULL, 'business_association', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-01 10:59:56.805686+00', '2026-12-01 10:59:56.805686+00');
INSERT INTO public.actors VALUES ('b7c2b389-bdd1-4b1b-ae2e-e5b5b14fe52a', 'institution', 'Food testing laboratory, Pune (illustrative)', NULL, 'laboratory', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-01 10:59:56.815077+00', '2026-12-01 10:59:56.815077+00');
INSERT INTO public.actors VALUES ('a11e139c-53e7-4d8f-9a33-b4a433b2b7c8', 'institution', 'State food and drug administration (illustrative)', NULL, 'government_agency', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-01 10:59:56.824513+00', '2026-12-01 10:59:56.824513+00');
INSERT INTO public.actors VALUES ('83d13529-17d9-4722-8e5b-3ff9263c2bce', 'enterprise', 'Pune pickle and spice maker (illustrative)', NULL, NULL, 'IN', NULL, NULL, NULL, NULL, '', 12, NULL, NULL, NULL, 'small', NULL, '2026-12-01 10:59:56.834285+00', '2026-12-01 10:59:56.834285+00');
INSERT INTO public.actors VALUES ('475cdbf3-68ba-468b-866d-46086dea4362', 'institution', 'Local development foundation, Boaco (illustrative)', NULL, 'ngo', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-01 10:59:56.842922+00', '2026-12-01 10:59:56.842922+00');
INSERT INTO public.actors VALUES ('ad1b1714-af43-4a1c-a293-dd1561b382f4', 'institution', 'Boaco cheese producers'' cooperative (illustrative)', NULL, 'cooperative', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-01 10:59:56.849065+00', '2026-12-01 10:59:56.849065+00');
INSERT INTO public.actors VALUES ('4b0ed0f5-41e2-4d21-a936-974260b3e849', 'enterprise', 'Cheese maker, Boaco (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, '', 12, NULL, NULL, NULL, 'small', NULL, '2026-12-01 10:59:56.854723+00', '2026-12-01 10:59:56.854723+00');
INSERT INTO public.actors VALUES ('dcb11c03-9990-4019-a0b3-678bdc2f9ee4', 'institution', 'Local NGO, Ludhiana (illustrative)', NULL, 'ngo', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-01 10:59:56.862795+00', '2026-12-01 10:59:56.862795+00');
INSERT INTO public.actors VALUES ('6f81f793-7716-43a7-bf18-05272f6c0b3d', 'enterprise', 'Japanese machinery company (illustrative name)', NULL, NULL, 'IN', NULL, NULL, NULL, NULL, '', 900, NULL, NULL, NULL, 'large', NULL, '2026-12-01 10:59:56.871372+00', '2026-12-01 10:59:56.871372+00');
INSERT INTO public.actors VALUES ('81990e67-2a39-4f38-bc0b-55a0e28e6470', 'institution', 'Department of Science and Technology, Government of India', NULL, 'government_agency', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-01 10:59:56.879153+00', '2026-12-01 10:59:56.879153+00');
INSERT INTO public.actors VALUES ('6bf824d6-5550-472c-adc0-059f0b1a5f8c', 'enterprise', 'Bagru block printer 1 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 4, NULL, NULL, NULL, 'micro', NULL, '2026-12-01 10:59:56.887072+00', '2026-12-01 10:59:56.887072+00');
INSERT INTO public.actors VALUES ('0f2c87af-636b-4c0f-b9d5-a26b34db3485', 'enterprise', 'Bagru block printer 2 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 5, NULL, NULL, NULL, 'micro', NULL, '2026-12-01 10:59:56.895314+00', '2026-12-01 10:59:56.895314+00');
INSERT INTO public.actors VALUES ('aa00e6fe-e64b-4b0e-b32f-5ea81622f42f', 'enterprise', 'Bagru block printer 3 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 6, NULL, NULL, NULL, 'micro', NULL, '2026-12-01 10:59:56.903751+00', '2026-12-01 10:59:56.903751+00');
INSERT INTO public.actors VALUES ('66e3adbc-363a-46af-8b11-6ddc9873de84', 'enterprise', 'Bagru block printer 4 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 3, NULL, NULL, NULL, 'micro', NULL, '2026-12-01 10:59:56.913481+00', '2026-12-01 10:59:56.913481+00');
INSERT INTO public.actors VALUES ('ccd7a0b3-0bd5-49a9-88f7-6f930f2078da', 'enterprise', 'Bagru block printer 5 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 4, NULL, NULL, NULL, 'micro', NULL, '2026-12-01 10:59:56.921836+00', '2026-12-01 10:59:56.921836+00');
INSERT INTO public.actors VALUES ('2122ea7b-06b8-4b90-91bf-b1e9c52398f2', 'enterprise', 'Bagru block printer 6 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 5, NULL, NULL, NULL, 'micro', NULL, '2026-12-01 10:59:56.929517+00', '2026-12-01 10:59:56.929517+00');
INSERT INTO public.actors VALUES ('8acec83f-4a2c-4830-bb60-1f5d47d683c5', 'enterprise', 'Bagru block printer 7 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 6, NULL, NULL, NULL, 'micro', NULL, '2026-12-01 10:59:56.937074+00', '2026-12-01 10:59:56.937074+00');
INSERT INTO public.actors VALUES ('0a6d0c0d-d9ea-4ba8-9582-6d0f27ade9e7', 'enterprise', 'Bagru block printer 8 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 3, NULL, NULL, NULL, 'micro', NULL, '2026-12-01 10:59:56.944691+00', '2026-12-01 10:59:56.944691+00');
INSERT INTO public.actors VALUES ('3f0dc966-ebbb-4eb1-87d0-2c00fd4f925d', 'institution', 'Senegalese food processors'' association (illustrative)', NULL, 'business_association', 'SN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-01 10:59:58.874684+00', '2026-12-01 10:59:58.874684+00');
INSERT INTO public.actors VALUES ('34c69354-a355-4253-8bea-d9600250fca9', 'institution', 'Ministry in charge of SMEs, Senegal (illustrative)', NULL, 'government_agency', 'SN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-01 10:59:58.882064+00', '2026-12-01 10:59:58.882064+00');
INSERT INTO public.actors VALUES ('bca2f50c-aca5-4d5a-a9d4-ec9046197b59', 'institution', 'Business service provider, Bulawayo (illustrative)', NULL, 'bds_provider', 'ZW', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-01 10:59:58.888596+00', '2026-12-01 10:59:58.888596+00');
INSERT INTO public.actors VALUES ('f7bc1629-8f65-4db3-9fdd-dac9aade0035', 'enterprise', 'Peanut grower and sheller (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'peanuts', 8, NULL, NULL, NULL, 'micro', NULL, '2026-12-01 10:59:58.933237+00', '2026-12-01 10:59:58.933237+00');
INSERT INTO public.actors VALUES ('ea1e6647-23fb-40be-abe9-299c2047830a', 'enterprise', 'Plastic jar maker (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'plastic jars', 15, NULL, NULL, NULL, 'small', NULL, '2026-12-01 10:59:58.950844+00', '2026-12-01 10:59:58.950844+00');
INSERT INTO public.actors VALUES ('d47e86ad-4995-4a0a-912f-b273050f3f85', 'enterprise', 'Shoemaker, Granada (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'leather shoes
sandals', 8, NULL, NULL, NULL, 'micro', NULL, '2026-12-01 10:59:58.990501+00', '2026-12-01 10:59:58.990501+00');
INSERT INTO public.actors VALUES ('960cfca7-0360-4887-bb00-52ea290f53d6', 'enterprise', 'Shoemaker, León (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'leather shoes', 15, NULL, NULL, NULL, 'small', NULL, '2026-12-01 10:59:59.007253+00', '2026-12-01 10:59:59.007253+00');
INSERT INTO public.actors VALUES ('0693dbc4-07aa-4b78-be23-84f424e8495d', 'enterprise', 'Shoemaker, Masaya (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'leather shoes', 22, NULL, NULL, NULL, 'small', NULL, '2026-12-01 10:59:59.025385+00', '2026-12-01 10:59:59.025385+00');
INSERT INTO public.actors VALUES ('d1740fe8-7e8d-4f63-9405-45567d95fa07', 'enterprise', 'Label printer (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'labels', 8, NULL, NULL, NULL, 'micro', NULL, '2026-12-01 10:59:59.073378+00', '2026-12-01 10:59:59.073378+00');
INSERT INTO public.actors VALUES ('ff6b8502-a227-455d-ac3d-708966afa7b3', 'enterprise', 'Plastic bottle maker (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'plastic bottles', 15, NULL, NULL, NULL, 'small', NULL, '2026-12-01 10:59:59.091971+00', '2026-12-01 10:59:59.091971+00');
INSERT INTO public.actors VALUES ('46b48b18-14a6-4a56-bd17-4ca56184036b', 'enterprise', 'Cardboard box maker (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'cardboard boxes', 8, NULL, NULL, NULL, 'micro', NULL, '2026-12-01 10:59:59.133068+00', '2026-12-01 10:59:59.133068+00');
INSERT INTO public.actors VALUES ('316835c4-b1b8-4980-a330-7166847a247b', 'enterprise', 'Refrigeration service (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'refrigeration maintenance', 15, NULL, NULL, NULL, 'small', NULL, '2026-12-01 10:59:59.154035+00', '2026-12-01 10:59:59.154035+00');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: assignments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.assignments VALUES ('bd53cdba-722a-4310-b6e8-1334f942bd72', '5a14c96e-aab9-41c3-9627-8d632bb0ea10', 'project', 'a58a6168-2ac5-4ffd-a2e4-6f0e80d7eb79', '2026-12-01 11:00:00.199644+00');
INSERT INTO public.assignments VALUES ('6da45ae0-3f0e-4d61-9844-6ca60d04beeb', '6ee8e5ba-520c-417d-ba25-c5fa952fa32d', 'network', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '2026-12-01 11:00:00.20375+00');


--
-- Data for Name: audit_entries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_entries VALUES ('d8331aac-6c9a-426d-ba99-b55e3d9c3f7d', 'indicator', 'e5469b83-d02c-4c6d-acf4-1b8eb8badf4f', 'create', NULL, 'system', '2026-12-01 10:59:55.694909+00', '[{"new":"Average milk-to-cheese yield","field":"name"},{"new":"kg cheese per 100 l milk","field":"unit"},{"new":"quantity","field":"scale"},{"new":"firm","field":"level"},{"new":"higher","field":"direction"},{"new":"none","field":"disaggregation"},{"new":"Cheese obtained from 100 litres of milk, averaged over the firm''s production.","field":"definition"},{"new":"Boaco\/Chontales: average increase of yields equivalent to 25 %","field":"source"}]');
INSERT INTO public.audit_entries VALUES ('70e68ce8-56f3-4f18-849d-2925cb1239cb', 'indicator', '0a0ca6f2-6db8-41f6-826c-066d66c7838e', 'create', NULL, 'system', '2026-12-01 10:59:55.705705+00', '[{"new":"Waste-water pollution load","field":"name"},{"new":"kg BOD per day","field":"unit"},{"new":"quantity","field":"scale"},{"new":"cluster","field":"level"},{"new":"lower","field":"direction"},{"new":"none","field":"disaggregation"},{"new":"Organic load of residual water discharged by the cluster''s processors.","field":"definition"},{"new":"Boaco\/Chontales: pollution of residual water reduced by up to 70 %","field":"source"}]');
INSERT INTO public.audit_entries VALUES ('0f90071a-f135-4aeb-a9c9-e7e919167b7d', 'indicator', '3adf19f3-7ee8-4e52-9f21-3f7877f6c99a', 'create', NULL, 'system', '2026-12-01 10:59:55.71241+00', '[{"field":"name","new":"New products launched"},{"field":"unit","new":"products"},{"field":"scale","new":"count"},{"field":"level","new":"cluster"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"New product types brought to market since the baseline."},{"field":"source","new":"Boaco\/Chontales: five new types of cheese launched"}]');
INSERT INTO public.audit_entries VALUES ('983aeaeb-a9db-479f-8399-e1c8fa9ada59', 'indicator', '725e1b74-ccb8-4981-b703-7ef24ec82479', 'create', NULL, 'system', '2026-12-01 10:59:55.719076+00', '[{"new":"People trained","field":"name"},{"new":"people","field":"unit"},{"new":"count","field":"scale"},{"new":"project","field":"level"},{"new":"higher","field":"direction"},{"new":"sex","field":"disaggregation"},{"new":"People who completed a training course of the programme.","field":"definition"},{"new":"Ludhiana: more than 110 women trained in 7 batches","field":"source"}]');
INSERT INTO public.audit_entries VALUES ('c94f041a-d6a5-4d69-82a5-d91aae96d681', 'indicator', '50a7a8a0-3d2d-434c-9735-ff103743df46', 'create', NULL, 'system', '2026-12-01 10:59:55.72578+00', '[{"new":"Trainees employed","field":"name"},{"new":"%","field":"unit"},{"new":"percent","field":"scale"},{"new":"cluster","field":"level"},{"new":"higher","field":"direction"},{"new":"none","field":"disaggregation"},{"new":"Share of trainees who found employment in the cluster after the course.","field":"definition"},{"new":"Ludhiana: 80 % found immediate employment in the cluster","field":"source"}]');
INSERT INTO public.audit_entries VALUES ('8b7009c5-7e55-4ec3-b072-2c67bbf271b6', 'indicator', 'f335ff41-6bec-43ae-96c0-2b2409b2d05b', 'create', NULL, 'system', '2026-12-01 10:59:55.732115+00', '[{"field":"name","new":"Women trained"},{"field":"unit","new":"women"},{"field":"scale","new":"count"},{"field":"level","new":"cluster"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"age_group"},{"field":"definition","new":"Women who completed a training course for the cluster''s firms."},{"field":"source","new":"Ludhiana: more than 110 women trained at the Government Polytechnic for Women"}]');
INSERT INTO public.audit_entries VALUES ('0426fa3f-70a1-407f-82a8-d06403e0e266', 'indicator', '794f4304-8325-4389-8085-41b4ef46448b', 'create', NULL, 'system', '2026-12-01 10:59:55.738165+00', '[{"new":"Association membership","field":"name"},{"new":"members","field":"unit"},{"new":"count","field":"scale"},{"new":"network","field":"level"},{"new":"higher","field":"direction"},{"new":"none","field":"disaggregation"},{"new":"Firms or artisans who are paying members of the association or network.","field":"definition"},{"new":"Jaipur: CALICO membership rose from 26 artisans to 120","field":"source"}]');
INSERT INTO public.audit_entries VALUES ('3d4b4f60-9781-41de-b68f-8c11c1316ca1', 'indicator', '6e1c1ca2-e036-4a1f-bb06-c0c7d58c2386', 'create', NULL, 'system', '2026-12-01 10:59:55.744915+00', '[{"new":"Exports","field":"name"},{"new":"USD per year","field":"unit"},{"new":"amount","field":"scale"},{"new":"cluster","field":"level"},{"new":"higher","field":"direction"},{"new":"none","field":"disaggregation"},{"new":"Value of the cluster''s exports in a year.","field":"definition"},{"new":"Tirupur: over 650 million US dollars of cotton hosiery exported in 1999","field":"source"}]');
INSERT INTO public.audit_entries VALUES ('32c4c201-fa28-400a-be32-92cff7544241', 'indicator', 'bd713812-c022-4372-bfe3-672dfa1073bb', 'create', NULL, 'system', '2026-12-01 10:59:55.759673+00', '[{"field":"name","new":"Firms exporting"},{"field":"unit","new":"firms"},{"field":"scale","new":"count"},{"field":"level","new":"network"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"Member firms that exported in the year."},{"field":"source","new":"Masaya: rocking chairs exported to the United Kingdom"}]');
INSERT INTO public.audit_entries VALUES ('3883235a-6693-485b-95a4-2ca07e079b84', 'indicator', '9fae4df6-2c49-40ec-9da5-921f40133c46', 'create', NULL, 'system', '2026-12-01 10:59:55.767239+00', '[{"new":"Employment","field":"name"},{"new":"workers","field":"unit"},{"new":"count","field":"scale"},{"new":"firm","field":"level"},{"new":"higher","field":"direction"},{"new":"sex","field":"disaggregation"},{"new":"People working in the firm.","field":"definition"},{"new":"Jaipur: almost 10,000 workers in about 350 firms","field":"source"}]');
INSERT INTO public.audit_entries VALUES ('ee7d2bb1-c67d-4610-a176-dc494757bd48', 'indicator', '66f7bf9d-63e9-47c1-9e78-1f76d39f720c', 'create', NULL, 'system', '2026-12-01 10:59:55.774295+00', '[{"new":"Cycle time","field":"name"},{"new":"days","field":"unit"},{"new":"quantity","field":"scale"},{"new":"firm","field":"level"},{"new":"lower","field":"direction"},{"new":"none","field":"disaggregation"},{"new":"Days from the order to the finished product.","field":"definition"},{"new":"Nicaragua supplier development: process and layout changes to cut cycle time","field":"source"}]');
INSERT INTO public.audit_entries VALUES ('7fdb6eff-496d-4ca4-950d-2d7094ce7148', 'indicator', '64ec8c4f-1e3b-475a-9b95-bd78dc5d3be4', 'create', NULL, 'system', '2026-12-01 10:59:55.781803+00', '[{"new":"Inventory days","field":"name"},{"new":"days","field":"unit"},{"new":"quantity","field":"scale"},{"new":"firm","field":"level"},{"new":"lower","field":"direction"},{"new":"none","field":"disaggregation"},{"new":"Days of production the stock of materials and products covers.","field":"definition"},{"new":"Nicaragua supplier development: inventory reduction","field":"source"}]');
INSERT INTO public.audit_entries VALUES ('023adfce-bf05-4a3b-8158-8461d0734c90', 'indicator', 'a86e95cb-65c5-40c5-92d2-044492611f5a', 'create', NULL, 'system', '2026-12-01 10:59:55.790556+00', '[{"field":"name","new":"Defect rate"},{"field":"unit","new":"%"},{"field":"scale","new":"percent"},{"field":"level","new":"firm"},{"field":"direction","new":"lower"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"Share of units rejected by quality control or by the client."},{"field":"source","new":"Nicaragua supplier development: total quality systems"}]');
INSERT INTO public.audit_entries VALUES ('f03e99ec-c117-4de3-b4cc-f1a29622f5be', 'indicator', '4ba9d0be-72d1-48b0-8768-92ca67721e52', 'create', NULL, 'system', '2026-12-01 10:59:55.799898+00', '[{"new":"On-time delivery","field":"name"},{"new":"%","field":"unit"},{"new":"percent","field":"scale"},{"new":"firm","field":"level"},{"new":"higher","field":"direction"},{"new":"none","field":"disaggregation"},{"new":"Share of deliveries on the agreed day.","field":"definition"},{"new":"Nicaragua supplier development: delivery reliability","field":"source"}]');
INSERT INTO public.audit_entries VALUES ('5b8d17c0-f05f-40af-b1ce-90a8b5486a54', 'indicator', 'bc1e2e0c-a3ee-4d20-aee3-615bf7d617ff', 'create', NULL, 'system', '2026-12-01 10:59:55.809067+00', '[{"field":"name","new":"Unit cost"},{"field":"unit","new":"USD"},{"field":"scale","new":"amount"},{"field":"level","new":"firm"},{"field":"direction","new":"lower"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"Cost of producing one unit of the main product."},{"field":"source","new":"Nicaragua supplier development: process changes to cut cost"}]');
INSERT INTO public.audit_entries VALUES ('5bad70b9-af7c-4fbd-a198-83c0840178f0', 'project', 'a58a6168-2ac5-4ffd-a2e4-6f0e80d7eb79', 'create', NULL, 'demo loader', '2026-12-01 10:59:55.862878+00', '[{"new":"IND-CLN","field":"code"},{"new":"Cluster and network development in India","field":"title"},{"new":"Pune food processing, Bagru and Sanganer block printing (Jaipur), Ludhiana knitwear. Dates and budget illustrative.","field":"summary"},{"new":"IN","field":"countries"},{"new":"ongoing","field":"status"},{"new":"1996-07-01","field":"actualStart"},{"new":"2400000","field":"budget"},{"new":"USD","field":"currency"},{"new":"Government of Italy (illustrative)","field":"funders"},{"new":"SIDBI","field":"counterparts"},{"new":"clusters, horizontal_networks","field":"linesOfWork"}]');
INSERT INTO public.audit_entries VALUES ('5746990c-583c-4a40-8ab9-8057f031bbf3', 'project', '5c8691f5-ff3a-4c74-a382-041d0040aa61', 'create', NULL, 'demo loader', '2026-12-01 10:59:55.894247+00', '[{"new":"NIC-CLN","field":"code"},{"new":"SME networks, clusters and vertical linkages in Nicaragua","field":"title"},{"new":"Boaco\/Chontales milk and cheese cluster, Masaya woodworking network, Vertical Linkages Unit at CADIN (designed 1999). Dates and budget illustrative.","field":"summary"},{"new":"NI","field":"countries"},{"new":"ongoing","field":"status"},{"new":"1997-03-01","field":"actualStart"},{"new":"1800000","field":"budget"},{"new":"USD","field":"currency"},{"new":"CADIN, INPYME","field":"counterparts"},{"new":"clusters, horizontal_networks, vertical_linkages","field":"linesOfWork"}]');
INSERT INTO public.audit_entries VALUES ('82b3683b-b7d6-4e5e-b9c1-808ee5e7ed7f', 'project', '5a900c7d-d365-4ddd-9b46-929eb5c4693e', 'create', NULL, 'demo loader', '2026-12-01 10:59:55.913042+00', '[{"new":"HON-NET","field":"code"},{"new":"Network brokers in Honduras","field":"title"},{"new":"Network brokers trained by the project founded CERTEC in the last year of implementation (1997). Start date illustrative.","field":"summary"},{"new":"HN","field":"countries"},{"new":"completed","field":"status"},{"new":"1993-01-01","field":"actualStart"},{"new":"1997-12-31","field":"actualEnd"},{"new":"CERTEC","field":"counterparts"},{"new":"horizontal_networks","field":"linesOfWork"}]');
INSERT INTO public.audit_entries VALUES ('a5f7e6ae-010e-4fbf-afae-b4bd4b412acc', 'project', 'c0d62d6a-93ab-42f7-bb63-2d9cdfac70bf', 'create', NULL, 'demo loader', '2026-12-01 10:59:55.932344+00', '[{"field":"code","new":"SEN-NET"},{"field":"title","new":"From networks to associations to policy in Senegal"},{"field":"summary","new":"Networks organise the private sector from the base and strengthen its representative associations."},{"field":"countries","new":"SN"},{"field":"status","new":"ongoing"},{"field":"actualStart","new":"2001-01-01"},{"field":"linesOfWork","new":"horizontal_networks"}]');
INSERT INTO public.audit_entries VALUES ('2c585e8d-b78c-42ed-a5ab-132eb84a8ed5', 'project', '34904f96-a0ea-44da-aefd-beee09a616ba', 'create', NULL, 'demo loader', '2026-12-01 10:59:55.955208+00', '[{"new":"ZWE-NET","field":"code"},{"new":"Networks and BDS upgrading in Zimbabwe","field":"title"},{"new":"Networks organise the demand for business development services so that providers upgrade them.","field":"summary"},{"new":"ZW","field":"countries"},{"new":"ongoing","field":"status"},{"new":"2001-01-01","field":"actualStart"},{"new":"horizontal_networks","field":"linesOfWork"}]');
INSERT INTO public.audit_entries VALUES ('59760ac2-e723-49e1-9639-c1bb51b92776', 'project', 'cb486ccf-5c19-4331-836d-589a83a344e1', 'create', NULL, 'demo loader', '2026-12-01 10:59:55.976908+00', '[{"new":"MAR-CLU","field":"code"},{"new":"Restructuring of the Fez leather cluster","field":"title"},{"new":"Fez leather cluster, including relocation for environmental reasons, in cooperation with the Santa Croce leather cluster in Italy. Start date illustrative.","field":"summary"},{"new":"IT, MA","field":"countries"},{"new":"ongoing","field":"status"},{"new":"2000-01-01","field":"actualStart"},{"new":"clusters","field":"linesOfWork"}]');
INSERT INTO public.audit_entries VALUES ('7fab7bf7-6b31-4bad-9a75-8ccf2337b0cb', 'project', '3d22a3df-f896-450e-8b70-1f208165fb4c', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.000432+00', '[{"new":"MDG-CLU","field":"code"},{"new":"Cluster development in Madagascar","field":"title"},{"new":"Under design.","field":"summary"},{"new":"MG","field":"countries"},{"new":"under_design","field":"status"},{"new":"clusters","field":"linesOfWork"}]');
INSERT INTO public.audit_entries VALUES ('32389715-f81c-4769-8504-f1aee2a39654', 'actor', '2ea536c8-dbb8-496a-835d-af11015af318', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.017199+00', '[{"new":"institution","field":"kind"},{"new":"Chamber of Industry of Nicaragua","field":"name"},{"new":"CADIN","field":"acronym"},{"new":"chamber","field":"institutionType"},{"new":"NI","field":"country"},{"new":"Hosts the Vertical Linkages Unit.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('8187d698-8ea4-4160-8e31-b9b1e28fbb9d', 'actor', '0e5e9fc6-ae02-462e-860f-8295d520cda4', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.02978+00', '[{"new":"institution","field":"kind"},{"new":"Centro de Recursos y Tecnología","field":"name"},{"new":"CERTEC","field":"acronym"},{"new":"bds_provider","field":"institutionType"},{"new":"HN","field":"country"},{"new":"Foundation set up in 1997 by the project''s former network brokers; lives on fees.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('14e7c65d-1742-478f-8dfc-8fa410db844e', 'actor', 'd179849a-d62e-448c-939f-59c1100b5a3a', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.040241+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Calico Printers Co-operative Society"},{"field":"acronym","new":"CALICO"},{"field":"institutionType","new":"cooperative"},{"field":"country","new":"IN"},{"field":"description","new":"Dormant artisan association revitalised; membership rose from 26 artisans to 120."}]');
INSERT INTO public.audit_entries VALUES ('2f584bd5-ef35-4242-954d-7c4bd806e9ed', 'actor', '49bbe99e-7acb-4886-b6be-33d9bd74ac23', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.050429+00', '[{"new":"institution","field":"kind"},{"new":"Consortium of Textile Exporters","field":"name"},{"new":"COTEX","field":"acronym"},{"new":"business_association","field":"institutionType"},{"new":"IN","field":"country"},{"new":"Export consortium formed in the Jaipur cluster.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('741f664d-f1d1-4626-b230-0c99656827f9', 'actor', 'f574f319-394f-4ab8-9704-eaad4900a591', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.061204+00', '[{"new":"institution","field":"kind"},{"new":"Apparel Exporters Association of Ludhiana","field":"name"},{"new":"APPEAL","field":"acronym"},{"new":"business_association","field":"institutionType"},{"new":"IN","field":"country"},{"new":"Formed by a core of export-oriented knitwear producers.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('147ea924-dd12-4bf7-8df6-f432e1787f5e', 'actor', 'ab1e077d-4d66-4bd8-bd0a-c5d41a70b308', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.072062+00', '[{"new":"institution","field":"kind"},{"new":"Indian Institute for Rural Development","field":"name"},{"new":"IIRD","field":"acronym"},{"new":"ngo","field":"institutionType"},{"new":"IN","field":"country"},{"new":"NGO increasingly acting as the cluster development agent in Jaipur.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('31499fb3-25db-4912-a312-f236cd2ccf2b', 'actor', '0b4674af-75f6-4368-9f92-31441a1c19a1', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.083302+00', '[{"new":"institution","field":"kind"},{"new":"Small Industries Development Bank of India","field":"name"},{"new":"SIDBI","field":"acronym"},{"new":"financial_institution","field":"institutionType"},{"new":"IN","field":"country"},{"new":"Supported the Bagru training and a credit scheme.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('57bb9aba-38be-433b-bc01-7b63c267f71f', 'actor', 'c6338865-563e-4f4c-badd-b8f2b210b4f6', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.093727+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"National Institute of Fashion Technology"},{"field":"acronym","new":"NIFT"},{"field":"institutionType","new":"university"},{"field":"country","new":"IN"},{"field":"description","new":"Introduced new products and designs in Jaipur."}]');
INSERT INTO public.audit_entries VALUES ('9eab5114-04d5-4bbf-a4f0-e3d97a21438f', 'actor', '372d9069-5873-47e0-aad9-d05044a7e0b3', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.105501+00', '[{"new":"institution","field":"kind"},{"new":"Government Polytechnic for Women, Ludhiana","field":"name"},{"new":"GPW","field":"acronym"},{"new":"training_institute","field":"institutionType"},{"new":"IN","field":"country"},{"new":"Hosts the training cell for women machine operators.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('719a4034-395d-4e3a-a086-3d604fe6ac03', 'actor', '95e9940a-2003-4db4-bad4-5b2b41df4265', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.115976+00', '[{"new":"institution","field":"kind"},{"new":"Department of Technical Education, Government of Punjab","field":"name"},{"new":"government_agency","field":"institutionType"},{"new":"IN","field":"country"},{"new":"Signed the memorandum of understanding with APPEAL.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('641d5b50-4dfc-4c42-928c-920106e5eefb', 'actor', 'eff2e370-a36c-48a4-ba37-8122dcc5e419', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.126736+00', '[{"new":"institution","field":"kind"},{"new":"Alianza Láctea","field":"name"},{"new":"cooperative","field":"institutionType"},{"new":"NI","field":"country"},{"new":"Alliance of cooperatives representing the Boaco\/Chontales milk sector.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('e3e757d3-ea9b-4644-bdc9-be1915c3ae0b', 'actor', 'ac4462ee-449b-4835-a4c9-f09df650ec34', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.137395+00', '[{"new":"institution","field":"kind"},{"new":"Instituto Nicaragüense de Apoyo a la Pequeña y Mediana Empresa","field":"name"},{"new":"INPYME","field":"acronym"},{"new":"government_agency","field":"institutionType"},{"new":"NI","field":"country"},{"new":"Partner in training and technical assistance in Boaco\/Chontales.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('2bca0778-146d-4ccc-bd32-39885b343b0a', 'actor', '83df8da4-66cd-4ae7-876f-88cda594d9d4', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.148038+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"INCAE Business School"},{"field":"acronym","new":"INCAE"},{"field":"institutionType","new":"university"},{"field":"country","new":"NI"},{"field":"description","new":"Member of the committee for institutional coordination."}]');
INSERT INTO public.audit_entries VALUES ('d4ca4a5c-e50d-4686-a2ec-7a3af951d89f', 'actor', 'b5f88839-8e06-4d48-bdaa-7ed8a72bbd48', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.158416+00', '[{"new":"institution","field":"kind"},{"new":"Cámara Nicaragüense del Sector Lácteo","field":"name"},{"new":"CANISLAC","field":"acronym"},{"new":"chamber","field":"institutionType"},{"new":"NI","field":"country"},{"new":"Nicaraguan Chamber of the Milk Sector.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('aa77e16e-5179-4a53-8682-0ca936226ab7', 'actor', '6e123e4f-f04f-40cb-af8f-33c8358f061c', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.168178+00', '[{"new":"institution","field":"kind"},{"new":"National Metrology Laboratory","field":"name"},{"new":"laboratory","field":"institutionType"},{"new":"NI","field":"country"},{"new":"Provides scale calibration services in the coffee and cereals group.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('26043eed-c1c1-4968-a269-e00648ea3a81', 'actor', 'a232dfe7-ee1b-42ab-97d1-3375b63465d6', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.17794+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"United Nations Industrial Development Organization"},{"field":"acronym","new":"UNIDO"},{"field":"institutionType","new":"donor"},{"field":"country","new":"AT"},{"field":"description","new":"Executes the programme."}]');
INSERT INTO public.audit_entries VALUES ('0592aead-c8c9-4e04-b160-cac9ec714e5c', 'actor', '23d46688-5e81-4629-880f-147cca0f234f', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.188172+00', '[{"new":"institution","field":"kind"},{"new":"Inter-American Development Bank","field":"name"},{"new":"IDB","field":"acronym"},{"new":"donor","field":"institutionType"},{"new":"US","field":"country"},{"new":"Co-financed product diversification in Boaco\/Chontales.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('09357a7e-7efc-4167-be1f-3bd95f78809c', 'actor', '93112e47-5d09-4e46-b2b9-75a91405a2da', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.197961+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Footwear manufacturer and distributor (illustrative name)"},{"field":"country","new":"NI"},{"field":"location","new":"Managua"},{"field":"sectorCode","new":"1520"},{"field":"employees","new":"320"},{"field":"sizeClass","new":"large"},{"field":"description","new":"Client firm working with local shoemakers. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('627f88e6-f8ff-4699-982a-0ea7b862f3aa', 'actor', '789d429a-c50a-490f-8f2b-6cc97de09fd6', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.20805+00', '[{"new":"enterprise","field":"kind"},{"new":"Rum producer (illustrative name)","field":"name"},{"new":"NI","field":"country"},{"new":"Managua","field":"location"},{"new":"1101","field":"sectorCode"},{"new":"450","field":"employees"},{"new":"large","field":"sizeClass"},{"new":"Client firm teamed with plastic bottle and label suppliers. Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('e62b6cdf-e4f7-4555-b05d-ec322418fc34', 'actor', '989b1fd7-e205-4a69-a8bd-329940ff4951', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.220886+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Ice cream and yoghurt factory (illustrative name)"},{"field":"country","new":"NI"},{"field":"location","new":"Managua"},{"field":"sectorCode","new":"1050"},{"field":"employees","new":"280"},{"field":"sizeClass","new":"large"},{"field":"description","new":"Client firm paired with box and refrigeration suppliers. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('2eff804c-e557-43e0-865a-0cff7b72782d', 'actor', '4081daeb-25a8-4cb1-a793-e793421c4357', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.234228+00', '[{"new":"enterprise","field":"kind"},{"new":"Coffee and cereals processor (illustrative name)","field":"name"},{"new":"NI","field":"country"},{"new":"Managua","field":"location"},{"new":"1079","field":"sectorCode"},{"new":"300","field":"employees"},{"new":"large","field":"sizeClass"},{"new":"Client firm working with peanut and plastic jar suppliers. Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('25c94192-976f-44b1-a16f-61b0c200b72b', 'actor', 'dbf41080-bfd7-432f-adf6-707b6bb09d8f', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.244073+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 1"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"3"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('567b45dd-621a-450e-a613-42492de462d6', 'actor', '10fb4b37-550f-48c5-bd2e-05f63491087e', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.253512+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 2","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"4","field":"employees"},{"new":"micro","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('e1a0ed1e-1537-4404-a177-f6b12a33c7e6', 'actor', '237e5ac5-c882-4f2c-b100-7d03c6a5f00d', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.263369+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 3"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"6"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('1c54a8d4-8b07-4dc4-b03b-0ca04ec8f29a', 'actor', 'c2f48ef0-94fb-47b9-810b-2f26a9262b30', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.272865+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 4","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"8","field":"employees"},{"new":"micro","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('b1ec3bcd-9738-40f7-8fe6-36a5da001aac', 'actor', '34eb2ef6-1f15-4479-a7e5-9cb13f68dd75', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.28344+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 5"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"5"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('328ae001-587b-433b-bca6-0f09a85f92bd', 'actor', 'ff42e7c3-4ce4-4349-adea-8d7aa65fb3a2', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.296515+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 6"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"12"},{"field":"sizeClass","new":"small"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('ebcbeaaf-5eb4-4081-810c-5c00667458b9', 'actor', 'c7cfb3d3-4e3c-4a62-af15-678507bd5814', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.30594+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 7","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"7","field":"employees"},{"new":"micro","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('8fc222f8-c2ff-48ed-baec-896662027019', 'network', 'c4728f23-04af-48b2-9d79-61de99228d89', 'update', NULL, 'demo loader', '2026-12-01 10:59:59.570788+00', '[{"new":"improvement_plan","field":"phase","old":"detailed_analysis"}]');
INSERT INTO public.audit_entries VALUES ('c97121c1-2c89-48b9-9dfd-9262ba342f63', 'actor', '3d27a6ca-7756-4d5e-acbb-64fd4991d664', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.315009+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 8","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"9","field":"employees"},{"new":"micro","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('b01fdd65-a94d-43aa-a1a6-be797d0b67a4', 'actor', '80572c33-ac33-4c17-947f-ffabaaf42d86', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.323379+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 9"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"4"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('fd0a96e5-e942-4842-a8b8-40a4e2f2e4f4', 'actor', '8c4f1f79-13f2-4bdd-b419-980230a866cf', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.332327+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 10","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"15","field":"employees"},{"new":"small","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('6693053f-5baa-4eaa-8a7f-1c809647ea06', 'actor', '14b4bfb5-4c34-4cf7-a4b2-b5ee2291e8c1', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.340872+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 11"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"6"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('f717bd6a-255a-48a5-9d4b-bdd88dcb94fa', 'actor', '7f0e8474-e54a-40fd-b4e1-428b791d9d1c', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.350854+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 12","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"5","field":"employees"},{"new":"micro","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('88768226-0c50-4201-bedc-57e17e396561', 'actor', '0fcf7be4-5948-4d6e-be06-8a323b20c542', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.363474+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 13"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"11"},{"field":"sizeClass","new":"small"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('8ed68ba6-ea95-47a6-9829-52fdba104e20', 'actor', 'c7766dda-552e-4eed-a8e4-2bd7ee68ec44', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.373938+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 14","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"8","field":"employees"},{"new":"micro","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('f1377850-adb8-42b6-ab96-c166107d1125', 'actor', '4346c8d6-84d2-429c-96b0-8f2f1c977b0e', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.384492+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 15","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"3","field":"employees"},{"new":"micro","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('9549201c-87f3-4d54-bbe7-e9c67dfea5ef', 'actor', '79c6ca51-043e-4c9d-a03d-46221e07813f', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.39505+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 16"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"7"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('c667fcb0-8271-4b02-8ae8-d820207136e5', 'cluster', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.411233+00', '[{"field":"name","new":"Pune food processing"},{"field":"country","new":"IN"},{"field":"place","new":"Pune, Maharashtra"},{"field":"latitude","new":"18.52"},{"field":"longitude","new":"73.86"},{"field":"sector","new":"Food processing"},{"field":"products","new":"processed foods"},{"field":"projectId","new":"a58a6168-2ac5-4ffd-a2e4-6f0e80d7eb79"},{"field":"stage","new":"selection"},{"field":"description","new":"Entrepreneurs saw the Food Adulteration Act as the obstacle; institutions saw low regard for product safety. Dialogue led to an information point, an umbrella organisation and a technical centre."}]');
INSERT INTO public.audit_entries VALUES ('b38d8f5a-a326-474f-9b0d-37e3a4987305', 'cluster', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.428349+00', '[{"field":"name","new":"Bagru and Sanganer block printing"},{"field":"country","new":"IN"},{"field":"place","new":"Bagru and Sanganer, Jaipur, Rajasthan"},{"field":"latitude","new":"26.81"},{"field":"longitude","new":"75.55"},{"field":"sector","new":"Textile hand-block printing"},{"field":"products","new":"hand-block printed textiles"},{"field":"estimatedFirms","new":"350"},{"field":"employment","new":"10000"},{"field":"projectId","new":"a58a6168-2ac5-4ffd-a2e4-6f0e80d7eb79"},{"field":"stage","new":"selection"},{"field":"description","new":"About 350 small firms employ almost 10,000 workers. A cooperation attempt failed twenty years before the 1997 diagnostic; trust was rebuilt through the artisans'' sons."}]');
INSERT INTO public.audit_entries VALUES ('6a803413-5200-4edb-b1c7-2040e34eee8f', 'cluster', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.443347+00', '[{"field":"name","new":"Ludhiana knitwear"},{"field":"country","new":"IN"},{"field":"place","new":"Ludhiana, Punjab"},{"field":"latitude","new":"30.9"},{"field":"longitude","new":"75.85"},{"field":"sector","new":"Woollen knitwear"},{"field":"products","new":"woollen knitwear"},{"field":"estimatedFirms","new":"10000"},{"field":"projectId","new":"a58a6168-2ac5-4ffd-a2e4-6f0e80d7eb79"},{"field":"stage","new":"selection"},{"field":"description","new":"Over 10,000 small and medium firms, nearly 90% of the national market for woollen knitwear. Costs shared: project 20%, private sector 74%, other institutions 6%."}]');
INSERT INTO public.audit_entries VALUES ('a5e18d65-985b-4a0d-aa78-b2c3efe6958a', 'cluster', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.458935+00', '[{"field":"name","new":"Boaco and Chontales milk and cheese"},{"field":"country","new":"NI"},{"field":"place","new":"Boaco and Chontales"},{"field":"latitude","new":"12.47"},{"field":"longitude","new":"-85.66"},{"field":"sector","new":"Dairy"},{"field":"products","new":"milk, cheese"},{"field":"projectId","new":"5c8691f5-ff3a-4c74-a382-041d0040aa61"},{"field":"stage","new":"selection"},{"field":"description","new":"Action plan results: technical norms, five new products, yields +25%, waste-water pollution down up to 70%, a cooperative, Alianza Láctea, CANISLAC."}]');
INSERT INTO public.audit_entries VALUES ('d9cba6b6-4723-49b5-afb1-c0e031babfab', 'cluster', '85718678-6e8d-4ad9-97ca-e4a9088fae29', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.508755+00', '[{"new":"Fez leather","field":"name"},{"new":"MA","field":"country"},{"new":"Fez","field":"place"},{"new":"34.03","field":"latitude"},{"new":"-5","field":"longitude"},{"new":"Leather","field":"sector"},{"new":"finished leather, leather goods","field":"products"},{"new":"cb486ccf-5c19-4331-836d-589a83a344e1","field":"projectId"},{"new":"selection","field":"stage"},{"new":"Restructuring including relocation of units for environmental reasons; cooperation with the Santa Croce leather cluster in Italy.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('02e64346-141f-4442-8784-0128c1889993', 'cluster', '65d36eb5-8738-4cde-a272-fc804ad1a1c7', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.520246+00', '[{"new":"Tirupur hosiery","field":"name"},{"new":"IN","field":"country"},{"new":"Tirupur, Tamil Nadu","field":"place"},{"new":"11.11","field":"latitude"},{"new":"77.34","field":"longitude"},{"new":"Cotton hosiery","field":"sector"},{"new":"cotton hosiery","field":"products"},{"new":"7000","field":"estimatedFirms"},{"new":"650000000","field":"exportsUsd"},{"new":"selection","field":"stage"},{"new":"Over 7,000 SMEs exported over 650 million US dollars of cotton hosiery in 1999, over 80% of Indian exports of such goods. A reference cluster, not a project site.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('abad3e68-d710-415e-a165-2d29f0cd781c', 'network', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.537115+00', '[{"new":"Masaya woodworkers'' network","field":"name"},{"new":"horizontal","field":"kind"},{"new":"NI","field":"country"},{"new":"5c8691f5-ff3a-4c74-a382-041d0040aa61","field":"projectId"},{"new":"promotion","field":"phase"},{"new":"1998-03-01","field":"formedOn"},{"new":"informal","field":"legalForm"},{"new":"Fifteen micro and small woodworkers: a shared input shop, bulk wood purchasing, a common catalogue, three rocking-chair models exported to the UK. Members who behaved opportunistically were expelled; a new member joined later. Dates illustrative.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('d97e10cd-c8b3-4265-855f-472a30d93175', 'membership', 'dce2997f-ca8a-40d3-b46b-b55a9c9d1dc4', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.555703+00', '[{"field":"actorId","new":"dbf41080-bfd7-432f-adf6-707b6bb09d8f"},{"field":"role","new":"coordinator"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('c4aa1999-02b6-4a4b-b79c-8658a73dbac9', 'membership', 'be0a3546-6373-4def-a37a-6c788aa333e9', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.570548+00', '[{"new":"10fb4b37-550f-48c5-bd2e-05f63491087e","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('6e0e688a-72ed-43d5-b395-91c9393da307', 'membership', 'df0bba39-5c09-4756-b7d7-a6621a288c7d', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.585335+00', '[{"new":"237e5ac5-c882-4f2c-b100-7d03c6a5f00d","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('0e15c47d-d526-4bb0-b7ed-c01cfe7636bd', 'membership', '0b43fdf7-34f5-4e00-a02a-1e44bd2cf26c', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.599143+00', '[{"field":"actorId","new":"c2f48ef0-94fb-47b9-810b-2f26a9262b30"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"},{"field":"leftOn","new":"1999-11-15"},{"field":"leavingReason","new":"expelled_opportunistic"}]');
INSERT INTO public.audit_entries VALUES ('06e749d5-8eb5-46f8-b9af-1c0dfc4924a8', 'membership', 'fccb3890-5b4c-47be-aa33-870b19c4bff7', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.613165+00', '[{"new":"34eb2ef6-1f15-4479-a7e5-9cb13f68dd75","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('fefad802-d67e-42bd-9c8b-6bfdfb573b97', 'membership', 'bdf3f58a-df8a-4c2a-bd80-6690110c93a5', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.625541+00', '[{"new":"ff42e7c3-4ce4-4349-adea-8d7aa65fb3a2","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('f05809c1-197a-4c62-8fdb-4a644f77f914', 'membership', '23f7ade9-01e9-4f8e-89e4-e5cb28045b7f', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.635516+00', '[{"new":"c7cfb3d3-4e3c-4a62-af15-678507bd5814","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('b20fa91c-380f-4a3c-877f-8b5c0f53ca04', 'membership', 'cd2f7bb8-dc25-415b-8f50-c1900def3361', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.645416+00', '[{"new":"3d27a6ca-7756-4d5e-acbb-64fd4991d664","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('92379e43-2b20-47ed-af6d-9e8c4c84776c', 'membership', '4c56e8ca-c8aa-4cde-b8ea-14233a46859f', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.656683+00', '[{"field":"actorId","new":"80572c33-ac33-4c17-947f-ffabaaf42d86"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"},{"field":"leftOn","new":"1999-11-15"},{"field":"leavingReason","new":"expelled_opportunistic"}]');
INSERT INTO public.audit_entries VALUES ('fa178d5a-0e03-4c18-bb09-dc1687aaccca', 'membership', 'f815bd6d-f1b4-4614-82ab-c5e5f4638284', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.666429+00', '[{"field":"actorId","new":"8c4f1f79-13f2-4bdd-b419-980230a866cf"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('2bcbb8bd-7404-4e07-955e-1964dcca4823', 'membership', 'f4b49211-8209-4e23-a8f1-76dbd0135a65', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.675617+00', '[{"new":"14b4bfb5-4c34-4cf7-a4b2-b5ee2291e8c1","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('d61e382d-f938-4b0a-8f95-907d04fe3c62', 'membership', '7fa0cac6-bbc5-4224-b7d7-7eab374555a5', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.684295+00', '[{"field":"actorId","new":"7f0e8474-e54a-40fd-b4e1-428b791d9d1c"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('a15874a6-3047-4561-9e4a-2f400bdde9da', 'membership', '55008987-28e7-429f-a2de-68c255e740b8', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.693394+00', '[{"new":"0fcf7be4-5948-4d6e-be06-8a323b20c542","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"},{"new":"1999-11-15","field":"leftOn"},{"new":"expelled_opportunistic","field":"leavingReason"}]');
INSERT INTO public.audit_entries VALUES ('8ccc6eac-d4a5-416f-808c-83640e61608d', 'membership', 'cd3fa3fa-e656-48d9-b149-c13b185d05d5', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.70265+00', '[{"field":"actorId","new":"c7766dda-552e-4eed-a8e4-2bd7ee68ec44"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('9a3b0ed1-f9c2-4707-ba18-e2192d3455f0', 'membership', 'b460a30a-e20e-45b5-a7e6-23552ce1871d', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.713329+00', '[{"new":"4346c8d6-84d2-429c-96b0-8f2f1c977b0e","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('68554e5c-1e26-4e79-b588-17a35479f313', 'membership', '7480dd6a-62fe-44cf-8b30-169d73358c30', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.723831+00', '[{"field":"actorId","new":"79c6ca51-043e-4c9d-a03d-46221e07813f"},{"field":"role","new":"member"},{"field":"joinedOn","new":"2000-09-01"},{"field":"notes","new":"Joined after the group''s rules were established."}]');
INSERT INTO public.audit_entries VALUES ('9c587a5e-f056-4d69-b7a9-614f6dd08e33', 'network', '002ba2b0-0f9c-4810-bfad-9c97e6cff4b9', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.739711+00', '[{"field":"name","new":"Jaipur block printers'' common services network"},{"field":"kind","new":"horizontal"},{"field":"country","new":"IN"},{"field":"clusterId","new":"7391de3a-6d67-4163-a0c0-bcef285d493c"},{"field":"projectId","new":"a58a6168-2ac5-4ffd-a2e4-6f0e80d7eb79"},{"field":"phase","new":"pilot_projects"},{"field":"formedOn","new":"1998-11-01"},{"field":"legalForm","new":"informal"},{"field":"description","new":"One of several networks promoted in the Jaipur cluster to provide common services to their members. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('48894bf8-a724-4975-8afd-8ad3faeab96d', 'network', 'c4728f23-04af-48b2-9d79-61de99228d89', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.750748+00', '[{"new":"Coffee and cereals supplier network","field":"name"},{"new":"vertical","field":"kind"},{"new":"NI","field":"country"},{"new":"5c8691f5-ff3a-4c74-a382-041d0040aa61","field":"projectId"},{"new":"supplier_evaluation","field":"phase"},{"new":"1999-06-01","field":"formedOn"},{"new":"A coffee and cereals processor with peanut and plastic jar suppliers and the National Metrology Laboratory, through the Vertical Linkages Unit at CADIN.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('2286527b-f711-484c-a676-9815df22948e', 'membership', '0aeee90d-b5fe-451a-8a4d-c3a70df9fc8f', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.758745+00', '[{"new":"4081daeb-25a8-4cb1-a793-e793421c4357","field":"actorId"},{"new":"client","field":"role"},{"new":"1999-06-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('b29bb79e-2b22-450b-90d2-fde70abbb046', 'membership', '3ad4037b-d00c-47bd-9e72-18c553317cd4', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.768061+00', '[{"field":"actorId","new":"6e123e4f-f04f-40cb-af8f-33c8358f061c"},{"field":"role","new":"service_provider"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('1ef47072-b088-4667-a8e3-ebae69622cb0', 'person', 'c94b01a7-16be-4fe1-aa7b-595af09f15ca', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.777344+00', '[{"new":"Cluster broker, Jaipur (illustrative)","field":"name"},{"new":"ab1e077d-4d66-4bd8-bd0a-c5d41a70b308","field":"organisationId"},{"new":"Cluster development agent","field":"role"},{"new":"female","field":"sex"}]');
INSERT INTO public.audit_entries VALUES ('ca344bca-22fc-4ce1-a798-c05df061c002', 'person', '2881a262-542f-4aa6-9ca0-c23dc7e78423', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.787545+00', '[{"field":"name","new":"Executive director, CERTEC (illustrative)"},{"field":"organisationId","new":"0e5e9fc6-ae02-462e-860f-8295d520cda4"},{"field":"role","new":"Former network broker"},{"field":"sex","new":"male"}]');
INSERT INTO public.audit_entries VALUES ('8cf0efbf-3b42-44ac-a635-b55074dd2bd4', 'person', '6ba0f0fe-339d-4b04-ba22-8a306b350663', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.797394+00', '[{"new":"Linkage broker, CADIN (illustrative)","field":"name"},{"new":"2ea536c8-dbb8-496a-835d-af11015af318","field":"organisationId"},{"new":"Vertical Linkages Unit","field":"role"},{"new":"female","field":"sex"}]');
INSERT INTO public.audit_entries VALUES ('0e327fe3-0654-4ebf-a3cd-08e1451b3b4c', 'actor', '9c220a83-16c9-49d6-9481-849eef709bf9', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.805511+00', '[{"new":"institution","field":"kind"},{"new":"Pune food processors'' association (illustrative)","field":"name"},{"new":"business_association","field":"institutionType"},{"new":"IN","field":"country"}]');
INSERT INTO public.audit_entries VALUES ('b2736a33-610a-4aa6-8505-c4bd6e0a2644', 'actor', 'b7c2b389-bdd1-4b1b-ae2e-e5b5b14fe52a', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.814908+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Food testing laboratory, Pune (illustrative)"},{"field":"institutionType","new":"laboratory"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('137b9cc9-8754-4fe4-a2d8-ccd04ddeca36', 'actor', 'a11e139c-53e7-4d8f-9a33-b4a433b2b7c8', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.824347+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"State food and drug administration (illustrative)"},{"field":"institutionType","new":"government_agency"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('2269ad50-9627-4358-95db-3f9e2b82d55a', 'actor', '83d13529-17d9-4722-8e5b-3ff9263c2bce', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.834101+00', '[{"new":"enterprise","field":"kind"},{"new":"Pune pickle and spice maker (illustrative)","field":"name"},{"new":"IN","field":"country"},{"new":"12","field":"employees"},{"new":"small","field":"sizeClass"}]');
INSERT INTO public.audit_entries VALUES ('0dfab2e7-b030-4073-9f88-4de56accaf1a', 'actor', '475cdbf3-68ba-468b-866d-46086dea4362', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.842816+00', '[{"new":"institution","field":"kind"},{"new":"Local development foundation, Boaco (illustrative)","field":"name"},{"new":"ngo","field":"institutionType"},{"new":"NI","field":"country"}]');
INSERT INTO public.audit_entries VALUES ('d7e9a50c-ef19-4f6e-a952-1c36305e6aae', 'actor', 'ad1b1714-af43-4a1c-a293-dd1561b382f4', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.84896+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Boaco cheese producers'' cooperative (illustrative)"},{"field":"institutionType","new":"cooperative"},{"field":"country","new":"NI"}]');
INSERT INTO public.audit_entries VALUES ('84098b13-ddda-4655-8c0c-9c5751f07a28', 'actor', '4b0ed0f5-41e2-4d21-a936-974260b3e849', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.854614+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Cheese maker, Boaco (illustrative)"},{"field":"country","new":"NI"},{"field":"employees","new":"12"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('de49ed0e-ac45-4b20-8490-32f56d4cbcb9', 'actor', 'dcb11c03-9990-4019-a0b3-678bdc2f9ee4', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.862654+00', '[{"new":"institution","field":"kind"},{"new":"Local NGO, Ludhiana (illustrative)","field":"name"},{"new":"ngo","field":"institutionType"},{"new":"IN","field":"country"}]');
INSERT INTO public.audit_entries VALUES ('033621a9-080c-45ff-8c74-c0b04c9cdc84', 'actor', '6f81f793-7716-43a7-bf18-05272f6c0b3d', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.871243+00', '[{"new":"enterprise","field":"kind"},{"new":"Japanese machinery company (illustrative name)","field":"name"},{"new":"IN","field":"country"},{"new":"900","field":"employees"},{"new":"large","field":"sizeClass"}]');
INSERT INTO public.audit_entries VALUES ('e6781e49-c2ef-4523-9eb8-491f1fe47215', 'actor', '81990e67-2a39-4f38-bc0b-55a0e28e6470', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.879018+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Department of Science and Technology, Government of India"},{"field":"institutionType","new":"government_agency"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('e4e50ad1-b4ad-49b7-ba01-ef54ec640278', 'actor', '6bf824d6-5550-472c-adc0-059f0b1a5f8c', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.88694+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 1 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"4"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('6ac055a9-8d12-4245-8371-5995a6acfb5a', 'actor', '0f2c87af-636b-4c0f-b9d5-a26b34db3485', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.895181+00', '[{"new":"enterprise","field":"kind"},{"new":"Bagru block printer 2 (illustrative)","field":"name"},{"new":"IN","field":"country"},{"new":"Bagru","field":"location"},{"new":"5","field":"employees"},{"new":"micro","field":"sizeClass"}]');
INSERT INTO public.audit_entries VALUES ('de94b810-90ee-4d39-80fd-4ff01c059526', 'actor', 'aa00e6fe-e64b-4b0e-b32f-5ea81622f42f', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.903536+00', '[{"new":"enterprise","field":"kind"},{"new":"Bagru block printer 3 (illustrative)","field":"name"},{"new":"IN","field":"country"},{"new":"Bagru","field":"location"},{"new":"6","field":"employees"},{"new":"micro","field":"sizeClass"}]');
INSERT INTO public.audit_entries VALUES ('1cead6db-abec-494b-9051-9f5dba000b17', 'actor', '66e3adbc-363a-46af-8b11-6ddc9873de84', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.913348+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 4 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"3"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('02f74c37-d695-46b6-bfde-eb5a68daab00', 'actor', 'ccd7a0b3-0bd5-49a9-88f7-6f930f2078da', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.921692+00', '[{"new":"enterprise","field":"kind"},{"new":"Bagru block printer 5 (illustrative)","field":"name"},{"new":"IN","field":"country"},{"new":"Bagru","field":"location"},{"new":"4","field":"employees"},{"new":"micro","field":"sizeClass"}]');
INSERT INTO public.audit_entries VALUES ('5a990984-b033-4922-8328-75dc8e07b0dc', 'actor', '2122ea7b-06b8-4b90-91bf-b1e9c52398f2', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.92938+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 6 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"5"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('3fa0b3a4-544c-4f4a-b52a-b13a9f65240d', 'actor', '8acec83f-4a2c-4830-bb60-1f5d47d683c5', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.936947+00', '[{"new":"enterprise","field":"kind"},{"new":"Bagru block printer 7 (illustrative)","field":"name"},{"new":"IN","field":"country"},{"new":"Bagru","field":"location"},{"new":"6","field":"employees"},{"new":"micro","field":"sizeClass"}]');
INSERT INTO public.audit_entries VALUES ('5cc64a4c-f36c-4a27-bcc3-e105368f02ed', 'actor', '0a6d0c0d-d9ea-4ba8-9582-6d0f27ade9e7', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.944509+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 8 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"3"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('10e6a7ab-de75-4e1c-8682-a4c157088b12', 'diagnostic', 'adba2837-e48c-498b-b1a2-fd26a60c2fa8', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.960012+00', '[{"field":"title","new":"Pune food processing cluster diagnostic"},{"field":"version","new":"1"},{"field":"status","new":"validated"},{"field":"startedOn","new":"1998-01-15"},{"field":"productionSystem","new":"Small food processors (pickles, spices, snacks) buying from local farmers and selling through traders."},{"field":"institutionalSystem","new":"Representation fragmented among many small associations; no dialogue with the federal food regulator."},{"field":"weaknesses","new":"Little use of existing testing facilities, Fragmented associations"},{"field":"opportunities","new":"Growing demand for packaged foods"},{"field":"threats","new":"Audits under the Food Adulteration Act"},{"field":"findings","new":"The groups see the same problem differently; dialogue must come first."},{"field":"validatedOn","new":"1998-09-30"},{"field":"validatedBy","new":"Validation meeting with entrepreneurs, the testing laboratory and the food administration"}]');
INSERT INTO public.audit_entries VALUES ('a4155aaf-4dcc-4c03-b5c4-eed5b911e0b2', 'handover_plan', 'a0e01c18-51ff-4c03-8fa6-a8f596999565', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.67427+00', '[{"new":"ab1e077d-4d66-4bd8-bd0a-c5d41a70b308","field":"institutionId"},{"new":"2000-01-15","field":"agreedOn"},{"new":"2002-01-01","field":"takeoverOn"},{"new":"CALICO and COTEX with IIRD as cluster development agent.","field":"governance"}]');
INSERT INTO public.audit_entries VALUES ('b8a01d51-0c97-40d4-9750-f1a6b8d61a78', 'perception', 'ffcf5c92-f864-410d-b37f-1824297d3a06', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.974182+00', '[{"new":"adba2837-e48c-498b-b1a2-fd26a60c2fa8","field":"diagnosticId"},{"new":"Food safety regulation","field":"theme"},{"new":"entrepreneurs","field":"stakeholderGroup"},{"new":"major","field":"severity"},{"new":"The Food Adulteration Act is too stringent; relax it and exempt us from the feared audits.","field":"statement"}]');
INSERT INTO public.audit_entries VALUES ('59109fd7-3752-4faf-becd-38e78d5db38d', 'perception', '180ec1bd-cc77-4029-9c4f-14b5cc87e614', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.985133+00', '[{"new":"adba2837-e48c-498b-b1a2-fd26a60c2fa8","field":"diagnosticId"},{"new":"Food safety regulation","field":"theme"},{"new":"support_institutions","field":"stakeholderGroup"},{"new":"not_a_problem","field":"severity"},{"new":"The law is sound; entrepreneurs do not value product safety and rely on traditional practices.","field":"statement"}]');
INSERT INTO public.audit_entries VALUES ('c0c218ae-1536-4768-921a-ff53d8163687', 'perception', '728b66fa-2c38-43da-afd3-2aaf3b5ec4ca', 'create', NULL, 'demo loader', '2026-12-01 10:59:56.994301+00', '[{"field":"diagnosticId","new":"adba2837-e48c-498b-b1a2-fd26a60c2fa8"},{"field":"theme","new":"Food safety regulation"},{"field":"stakeholderGroup","new":"government"},{"field":"severity","new":"not_a_problem"},{"field":"statement","new":"Regulations protect consumers; producers must comply."}]');
INSERT INTO public.audit_entries VALUES ('b2b44fdb-03ca-4db6-ab60-e2831462cc5e', 'perception', '488c526b-7065-43a9-a0d1-13fa59733d8b', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.004958+00', '[{"new":"adba2837-e48c-498b-b1a2-fd26a60c2fa8","field":"diagnosticId"},{"new":"Knowledge of the law","field":"theme"},{"new":"entrepreneurs","field":"stakeholderGroup"},{"new":"major","field":"severity"},{"new":"We cannot keep up with the continuous amendments of the law.","field":"statement"}]');
INSERT INTO public.audit_entries VALUES ('8ec67570-dcaf-4998-b067-0a72ad7d5c8d', 'perception', '9bc52eea-e65d-48c1-8217-19061e5fbd81', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.016839+00', '[{"new":"adba2837-e48c-498b-b1a2-fd26a60c2fa8","field":"diagnosticId"},{"new":"Knowledge of the law","field":"theme"},{"new":"support_institutions","field":"stakeholderGroup"},{"new":"major","field":"severity"},{"new":"Producers ignore the rules they must meet.","field":"statement"}]');
INSERT INTO public.audit_entries VALUES ('30b514de-3c1e-4fa1-8dff-c7fc8c01bd7b', 'perception', 'ae25c308-c077-4a09-8a03-c75b5e0fa511', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.027239+00', '[{"field":"diagnosticId","new":"adba2837-e48c-498b-b1a2-fd26a60c2fa8"},{"field":"theme","new":"Testing facilities"},{"field":"stakeholderGroup","new":"entrepreneurs"},{"field":"severity","new":"major"},{"field":"statement","new":"There are no reliable and independent testing facilities to monitor our compliance."}]');
INSERT INTO public.audit_entries VALUES ('92f65088-9d91-4084-b867-c7bdff1bd6ae', 'perception', '4c57741d-6921-46be-8dfe-136ee649d7b6', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.036567+00', '[{"new":"adba2837-e48c-498b-b1a2-fd26a60c2fa8","field":"diagnosticId"},{"new":"Testing facilities","field":"theme"},{"new":"support_institutions","field":"stakeholderGroup"},{"new":"minor","field":"severity"},{"new":"Modern testing equipment exists but producers do not use it.","field":"statement"}]');
INSERT INTO public.audit_entries VALUES ('b80d8ed3-7e0e-4012-a275-cf7c0f526f0d', 'perception', '62d6a7f9-16a9-438a-b63c-784ec66f7372', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.046052+00', '[{"new":"adba2837-e48c-498b-b1a2-fd26a60c2fa8","field":"diagnosticId"},{"new":"Representation","field":"theme"},{"new":"entrepreneurs","field":"stakeholderGroup"},{"new":"major","field":"severity"},{"new":"Our associations are too fragmented to talk to the regulator in New Delhi.","field":"statement"}]');
INSERT INTO public.audit_entries VALUES ('a2e4cd53-0a9a-4c31-84bc-cd40cc997354', 'chain_stage', '17f445c6-77a6-4727-9c53-3142c4e10c26', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.055896+00', '[{"new":"adba2837-e48c-498b-b1a2-fd26a60c2fa8","field":"diagnosticId"},{"new":"1","field":"position"},{"new":"Procurement of produce","field":"name"},{"new":"Quality of raw material not tested","field":"bottlenecks"}]');
INSERT INTO public.audit_entries VALUES ('aa11b52c-7c30-4e43-965e-03d94c792cdd', 'chain_stage', '7e79c47f-f274-4cb0-af27-1de73eb96390', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.067966+00', '[{"field":"diagnosticId","new":"adba2837-e48c-498b-b1a2-fd26a60c2fa8"},{"field":"position","new":"2"},{"field":"name","new":"Processing"},{"field":"bottlenecks","new":"Traditional practices, little hygiene control"}]');
INSERT INTO public.audit_entries VALUES ('4e1f3b55-ddc8-4a78-b06e-7e808d74fdb5', 'chain_stage', '122c5b4f-3819-4507-9f46-a0a37984fb3d', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.076751+00', '[{"field":"diagnosticId","new":"adba2837-e48c-498b-b1a2-fd26a60c2fa8"},{"field":"position","new":"3"},{"field":"name","new":"Testing"},{"field":"bottlenecks","new":"Existing laboratories unused"}]');
INSERT INTO public.audit_entries VALUES ('e89204e1-1275-4da2-879d-30981fd25421', 'chain_stage', 'e34313ff-6bbc-453e-9bc9-b8515a821144', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.087341+00', '[{"new":"adba2837-e48c-498b-b1a2-fd26a60c2fa8","field":"diagnosticId"},{"new":"4","field":"position"},{"new":"Marketing","field":"name"},{"new":"Fear of audits keeps firms small","field":"bottlenecks"}]');
INSERT INTO public.audit_entries VALUES ('987c3a63-829e-47e8-844d-f3e0dd58ca34', 'event', '20c66c29-69a4-4481-b668-240a7054ba41', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.098154+00', '[{"new":"bilateral_meeting","field":"type"},{"new":"Interviews with food processors","field":"title"},{"new":"1998-03-10","field":"heldOn"},{"new":"83d13529-17d9-4722-8e5b-3ff9263c2bce","field":"actorIds"},{"new":"6","field":"men"},{"new":"6","field":"countEntrepreneurs"}]');
INSERT INTO public.audit_entries VALUES ('9136fef6-e45d-4454-aba1-dbafa0e6ce4f', 'event', '2e40fad5-170e-4ad3-b460-74c18240e50c', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.11075+00', '[{"field":"type","new":"bilateral_meeting"},{"field":"title","new":"Meeting with the testing laboratory"},{"field":"heldOn","new":"1998-04-02"},{"field":"actorIds","new":"b7c2b389-bdd1-4b1b-ae2e-e5b5b14fe52a"},{"field":"men","new":"2"}]');
INSERT INTO public.audit_entries VALUES ('6c17f66c-3f72-4457-8ffd-e615c07678e4', 'event', 'd490586b-930c-4ede-be80-53f9ad911459', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.12406+00', '[{"new":"group_meeting","field":"type"},{"new":"Entrepreneurs meet the food administration","field":"title"},{"new":"1998-07-20","field":"heldOn"},{"new":"83d13529-17d9-4722-8e5b-3ff9263c2bce, 9c220a83-16c9-49d6-9481-849eef709bf9, a11e139c-53e7-4d8f-9a33-b4a433b2b7c8, b7c2b389-bdd1-4b1b-ae2e-e5b5b14fe52a","field":"actorIds"},{"new":"4","field":"women"},{"new":"21","field":"men"},{"new":"18","field":"countEntrepreneurs"},{"new":"Entrepreneurs admit they do not know the law; demand for an information point.","field":"outcomes"}]');
INSERT INTO public.audit_entries VALUES ('6696ab1c-977b-4d24-a6ea-8044e3562a0a', 'event', '2ac323f0-aa75-4307-9c05-b7529463b83e', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.13692+00', '[{"new":"validation_meeting","field":"type"},{"new":"Validation of the diagnostic","field":"title"},{"new":"1998-09-30","field":"heldOn"},{"new":"9c220a83-16c9-49d6-9481-849eef709bf9, a11e139c-53e7-4d8f-9a33-b4a433b2b7c8, b7c2b389-bdd1-4b1b-ae2e-e5b5b14fe52a","field":"actorIds"},{"new":"5","field":"women"},{"new":"30","field":"men"},{"new":"Umbrella organisation and technical centre put forward.","field":"outcomes"}]');
INSERT INTO public.audit_entries VALUES ('57eb58b2-d306-4952-b33d-e507d0331dae', 'linkage', '5b859500-d320-4919-b291-089601b70300', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.159413+00', '[{"new":"9c220a83-16c9-49d6-9481-849eef709bf9","field":"fromActorId"},{"new":"cooperates_with","field":"tieType"},{"new":"a11e139c-53e7-4d8f-9a33-b4a433b2b7c8","field":"toActorId"},{"new":"missing","field":"status"},{"new":"1998-02-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('0d106c5a-2d66-4291-8891-0549d74bd948', 'linkage', 'f14ddbd4-9617-4c02-bc12-e6a7b4af63c2', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.174249+00', '[{"field":"fromActorId","new":"b7c2b389-bdd1-4b1b-ae2e-e5b5b14fe52a"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"83d13529-17d9-4722-8e5b-3ff9263c2bce"},{"field":"status","new":"to_strengthen"},{"field":"recordedOn","new":"1998-02-01"}]');
INSERT INTO public.audit_entries VALUES ('b8ef2b51-0f81-4962-ad46-7eb9918f973c', 'linkage', '624beba9-ac1f-43cc-aacc-2cfe60cf04c7', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.18716+00', '[{"new":"83d13529-17d9-4722-8e5b-3ff9263c2bce","field":"fromActorId"},{"new":"member_of","field":"tieType"},{"new":"9c220a83-16c9-49d6-9481-849eef709bf9","field":"toActorId"},{"new":"existing","field":"status"},{"new":"1998-02-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('431da861-d72c-4737-8db9-5a48b4751d97', 'linkage', '1b6ec657-e5f8-48c4-966e-60097c1beb68', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.200366+00', '[{"field":"fromActorId","new":"9c220a83-16c9-49d6-9481-849eef709bf9"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"a11e139c-53e7-4d8f-9a33-b4a433b2b7c8"},{"field":"status","new":"to_strengthen"},{"field":"recordedOn","new":"1998-09-30"}]');
INSERT INTO public.audit_entries VALUES ('fe611d64-6f03-4c18-bf44-40eaf84a2aa9', 'diagnostic', '2cb28331-a917-438e-9e91-a6cfae27ee17', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.206576+00', '[{"new":"Jaipur block printing cluster diagnostic","field":"title"},{"new":"1","field":"version"},{"new":"validated","field":"status"},{"new":"1997-02-01","field":"startedOn"},{"new":"About 350 small firms in hand-block and screen printing employing almost 10,000 workers; screen printers copy designs and use synthetic dyes.","field":"productionSystem"},{"new":"Twenty years of bitter competition among block printers.","field":"background"},{"new":"An attempt to cooperate failed some twenty years before; no move since.","field":"earlierCooperation"},{"new":"Long tradition of hand-block printing, Natural dyes","field":"strengths"},{"new":"Worldwide appreciation for ethnic design and eco-friendly dyes","field":"opportunities"},{"new":"Screen printers copying designs at lower cost","field":"threats"},{"new":"Unexploited capacity to target profitable national and world markets; marketing skills lacking.","field":"findings"},{"new":"1997-08-20","field":"validatedOn"},{"new":"Validation meeting with artisans, CALICO and support agencies","field":"validatedBy"}]');
INSERT INTO public.audit_entries VALUES ('148f6400-f9e0-490e-ad1d-2d2890914a83', 'result', 'd69149d8-29e5-49a6-a374-1207978f189f', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.224288+00', '[{"new":"794f4304-8325-4389-8085-41b4ef46448b","field":"indicatorId"},{"new":"baseline","field":"kind"},{"new":"d179849a-d62e-448c-939f-59c1100b5a3a","field":"actorId"},{"new":"1997-08-20","field":"observedOn"},{"new":"26","field":"value"},{"new":"2cb28331-a917-438e-9e91-a6cfae27ee17","field":"diagnosticId"},{"new":"Diagnostic study","field":"source"}]');
INSERT INTO public.audit_entries VALUES ('cc15d63e-d495-4fea-9648-4d5dc3827209', 'result', '0734291e-e5b2-45f7-bfd9-a83d1022d91e', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.239815+00', '[{"field":"indicatorId","new":"794f4304-8325-4389-8085-41b4ef46448b"},{"field":"kind","new":"target"},{"field":"actorId","new":"d179849a-d62e-448c-939f-59c1100b5a3a"},{"field":"observedOn","new":"2001-12-31"},{"field":"value","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('7547282c-4ef4-4c71-984e-e4853d7edb5a', 'result', '37d1b6d0-6dad-4bc7-a1ec-729c8c63343c', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.253045+00', '[{"new":"794f4304-8325-4389-8085-41b4ef46448b","field":"indicatorId"},{"new":"measurement","field":"kind"},{"new":"d179849a-d62e-448c-939f-59c1100b5a3a","field":"actorId"},{"new":"2001-06-30","field":"observedOn"},{"new":"120","field":"value"},{"new":"CALICO register","field":"source"}]');
INSERT INTO public.audit_entries VALUES ('be27cc01-959b-4278-b333-2c4444e5284a', 'event', '2d035416-0c1a-4a6d-81ff-5bf1065060f2', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.264043+00', '[{"new":"group_meeting","field":"type"},{"new":"Introductory meeting of block printers","field":"title"},{"new":"1997-10-15","field":"heldOn"},{"new":"6bf824d6-5550-472c-adc0-059f0b1a5f8c, 0f2c87af-636b-4c0f-b9d5-a26b34db3485","field":"actorIds"},{"new":"4","field":"men"},{"new":"4","field":"countEntrepreneurs"},{"new":"Most firms declined to attend; those who came were hostile.","field":"outcomes"}]');
INSERT INTO public.audit_entries VALUES ('91cff40e-7226-428e-ac3c-d8dd933bee75', 'event', '5a4bcca9-b25f-4458-99dc-fd8455fb8922', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.275379+00', '[{"new":"bilateral_meeting","field":"type"},{"new":"One-to-one interviews with young artisans","field":"title"},{"new":"1998-01-20","field":"heldOn"},{"new":"aa00e6fe-e64b-4b0e-b32f-5ea81622f42f, 66e3adbc-363a-46af-8b11-6ddc9873de84, ccd7a0b3-0bd5-49a9-88f7-6f930f2078da","field":"actorIds"},{"new":"12","field":"men"},{"new":"12","field":"countEntrepreneurs"}]');
INSERT INTO public.audit_entries VALUES ('ad9d2c3b-cfc3-452e-bc4a-fe63acf41759', 'event', '7e796013-fb7e-4072-b42e-eca88690f340', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.288247+00', '[{"new":"training","field":"type"},{"new":"Market-orientation training for 23 young artisans","field":"title"},{"new":"1998-03-02","field":"heldOn"},{"new":"aa00e6fe-e64b-4b0e-b32f-5ea81622f42f, 66e3adbc-363a-46af-8b11-6ddc9873de84, ccd7a0b3-0bd5-49a9-88f7-6f930f2078da, ab1e077d-4d66-4bd8-bd0a-c5d41a70b308, 0b4674af-75f6-4368-9f92-31441a1c19a1","field":"actorIds"},{"new":"23","field":"men"},{"new":"23","field":"countEntrepreneurs"},{"new":"Average age 21; marketing promotion, quality testing, product development, advertising, distribution.","field":"outcomes"}]');
INSERT INTO public.audit_entries VALUES ('d56e5fee-5762-4f57-9fbf-383ac7609f51', 'event', '956763ca-b427-4a50-9489-e169e47aaa08', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.300249+00', '[{"new":"study_tour","field":"type"},{"new":"Study tour to Delhi showrooms and Jaipur trading houses","field":"title"},{"new":"1998-04-10","field":"heldOn"},{"new":"aa00e6fe-e64b-4b0e-b32f-5ea81622f42f, 66e3adbc-363a-46af-8b11-6ddc9873de84, ccd7a0b3-0bd5-49a9-88f7-6f930f2078da","field":"actorIds"},{"new":"23","field":"men"},{"new":"23","field":"countEntrepreneurs"}]');
INSERT INTO public.audit_entries VALUES ('b390b03b-90f1-45e2-bb56-df1355f71c6d', 'event', 'eca5d782-2b02-4728-ac8f-c8480aa6c8ac', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.316305+00', '[{"new":"group_meeting","field":"type"},{"new":"Artisans'' meeting: parents attend","field":"title"},{"new":"1998-07-15","field":"heldOn"},{"new":"6bf824d6-5550-472c-adc0-059f0b1a5f8c, 0f2c87af-636b-4c0f-b9d5-a26b34db3485, aa00e6fe-e64b-4b0e-b32f-5ea81622f42f, 66e3adbc-363a-46af-8b11-6ddc9873de84, ccd7a0b3-0bd5-49a9-88f7-6f930f2078da, 2122ea7b-06b8-4b90-91bf-b1e9c52398f2, 8acec83f-4a2c-4830-bb60-1f5d47d683c5, 0a6d0c0d-d9ea-4ba8-9582-6d0f27ade9e7, d179849a-d62e-448c-939f-59c1100b5a3a","field":"actorIds"},{"new":"6","field":"women"},{"new":"38","field":"men"},{"new":"40","field":"countEntrepreneurs"},{"new":"Parents who had declined earlier now take part.","field":"outcomes"}]');
INSERT INTO public.audit_entries VALUES ('98a70f60-fa53-497e-b500-26a5486ea07e', 'event', '53c873ae-fbc8-4013-9ddc-0d5fd7b0ac77', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.32947+00', '[{"new":"trade_fair","field":"type"},{"new":"Joint stand at a national handicrafts fair","field":"title"},{"new":"1999-02-05","field":"heldOn"},{"new":"d179849a-d62e-448c-939f-59c1100b5a3a, 49bbe99e-7acb-4886-b6be-33d9bd74ac23, 2122ea7b-06b8-4b90-91bf-b1e9c52398f2, 8acec83f-4a2c-4830-bb60-1f5d47d683c5","field":"actorIds"},{"new":"3","field":"women"},{"new":"9","field":"men"}]');
INSERT INTO public.audit_entries VALUES ('983836a4-ab24-4e37-911d-6d41ecc7e78d', 'linkage', 'c775f0c7-37eb-455b-9c27-e2f75d028cd2', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.344542+00', '[{"new":"6bf824d6-5550-472c-adc0-059f0b1a5f8c","field":"fromActorId"},{"new":"in_conflict_with","field":"tieType"},{"new":"0f2c87af-636b-4c0f-b9d5-a26b34db3485","field":"toActorId"},{"new":"existing","field":"status"},{"new":"1997-05-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('3f353011-f5a7-4105-b121-3e6484fef785', 'linkage', '55384453-9a32-42e8-8dba-4b49a938766e', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.357998+00', '[{"new":"6bf824d6-5550-472c-adc0-059f0b1a5f8c","field":"fromActorId"},{"new":"member_of","field":"tieType"},{"new":"d179849a-d62e-448c-939f-59c1100b5a3a","field":"toActorId"},{"new":"missing","field":"status"},{"new":"1997-05-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('37afb903-9ce9-40f1-b6e9-482730f56b92', 'linkage', '6a74285b-12ca-4cc0-849c-24f11f761933', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.372374+00', '[{"field":"fromActorId","new":"0b4674af-75f6-4368-9f92-31441a1c19a1"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"aa00e6fe-e64b-4b0e-b32f-5ea81622f42f"},{"field":"status","new":"missing"},{"field":"recordedOn","new":"1997-05-01"}]');
INSERT INTO public.audit_entries VALUES ('0e09d437-7d11-448c-8c12-eb576f10916f', 'linkage', '92ae99e2-d811-407b-bf13-b7ab4183d56e', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.387347+00', '[{"new":"6bf824d6-5550-472c-adc0-059f0b1a5f8c","field":"fromActorId"},{"new":"member_of","field":"tieType"},{"new":"d179849a-d62e-448c-939f-59c1100b5a3a","field":"toActorId"},{"new":"existing","field":"status"},{"new":"2000-06-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('c3c44875-72ff-4a60-8e41-f3df1a9f6490', 'linkage', '69f56254-8403-4188-aeb0-cc53133678e4', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.402389+00', '[{"field":"fromActorId","new":"0b4674af-75f6-4368-9f92-31441a1c19a1"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"aa00e6fe-e64b-4b0e-b32f-5ea81622f42f"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('61767094-8d0d-4805-be30-c34dffb412eb', 'linkage', 'e1c65aec-befb-44c9-8c5d-7b6a157948b8', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.417089+00', '[{"new":"6bf824d6-5550-472c-adc0-059f0b1a5f8c","field":"fromActorId"},{"new":"cooperates_with","field":"tieType"},{"new":"0f2c87af-636b-4c0f-b9d5-a26b34db3485","field":"toActorId"},{"new":"to_strengthen","field":"status"},{"new":"2000-06-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('ea5025f5-b7eb-48ef-8665-99ce9ce58255', 'linkage', 'b0b1b8e6-6801-43fe-a13c-b8390f9e8e0c', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.43058+00', '[{"field":"fromActorId","new":"aa00e6fe-e64b-4b0e-b32f-5ea81622f42f"},{"field":"tieType","new":"supplier_of"},{"field":"toActorId","new":"2122ea7b-06b8-4b90-91bf-b1e9c52398f2"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('eb5a11de-2838-4ab7-9cc1-13e6355d3531', 'linkage', '13d7cd14-285c-47f9-a8e2-3fa4e0e4c5dd', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.444061+00', '[{"new":"66e3adbc-363a-46af-8b11-6ddc9873de84","field":"fromActorId"},{"new":"supplier_of","field":"tieType"},{"new":"2122ea7b-06b8-4b90-91bf-b1e9c52398f2","field":"toActorId"},{"new":"existing","field":"status"},{"new":"2000-06-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('1238a359-b3d6-4c6a-8302-cee313bda520', 'linkage', '683e1963-6ee4-49b5-ab11-c41646ad030a', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.4558+00', '[{"field":"fromActorId","new":"ccd7a0b3-0bd5-49a9-88f7-6f930f2078da"},{"field":"tieType","new":"supplier_of"},{"field":"toActorId","new":"8acec83f-4a2c-4830-bb60-1f5d47d683c5"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('2ca04280-4c65-4e53-ad06-2edcb7a6a6b5', 'linkage', 'e22a8c36-9b84-4716-9d4e-22ed1b8265c9', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.469318+00', '[{"new":"aa00e6fe-e64b-4b0e-b32f-5ea81622f42f","field":"fromActorId"},{"new":"cooperates_with","field":"tieType"},{"new":"66e3adbc-363a-46af-8b11-6ddc9873de84","field":"toActorId"},{"new":"existing","field":"status"},{"new":"2000-06-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('d37ea615-4f50-4961-972c-e6f2f280ab51', 'linkage', '21a31713-0237-4138-89d2-c9e7a0df93e7', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.484098+00', '[{"field":"fromActorId","new":"2122ea7b-06b8-4b90-91bf-b1e9c52398f2"},{"field":"tieType","new":"supplier_of"},{"field":"toActorId","new":"49bbe99e-7acb-4886-b6be-33d9bd74ac23"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('044c23f6-897b-4a7a-badd-65a6cd064e5c', 'linkage', 'ae720e66-ce0c-4122-a7b1-8e55a7cc72e8', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.499493+00', '[{"new":"8acec83f-4a2c-4830-bb60-1f5d47d683c5","field":"fromActorId"},{"new":"supplier_of","field":"tieType"},{"new":"49bbe99e-7acb-4886-b6be-33d9bd74ac23","field":"toActorId"},{"new":"existing","field":"status"},{"new":"2000-06-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('21c14482-c6c6-4799-98a1-0877c3cd71c1', 'linkage', 'fa8c9f1b-cf7d-499a-b613-733284fed143', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.514133+00', '[{"field":"fromActorId","new":"0a6d0c0d-d9ea-4ba8-9582-6d0f27ade9e7"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"2122ea7b-06b8-4b90-91bf-b1e9c52398f2"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('d36d3e79-b777-4594-9bcb-d2f382378c7e', 'linkage', 'b2bd4d75-737c-4c26-aed4-5985babfe2c8', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.528449+00', '[{"new":"c6338865-563e-4f4c-badd-b8f2b210b4f6","field":"fromActorId"},{"new":"service_provider_to","field":"tieType"},{"new":"2122ea7b-06b8-4b90-91bf-b1e9c52398f2","field":"toActorId"},{"new":"existing","field":"status"},{"new":"2000-06-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('21f508e4-f970-4b25-b7dc-1b750a378e52', 'linkage', '0ac4fb01-493e-45c6-8e08-697e3df2055e', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.54464+00', '[{"field":"fromActorId","new":"0f2c87af-636b-4c0f-b9d5-a26b34db3485"},{"field":"tieType","new":"member_of"},{"field":"toActorId","new":"d179849a-d62e-448c-939f-59c1100b5a3a"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('38799b17-c1f2-4004-bcdd-137b3a122434', 'chain_stage', 'fe1b3852-561f-46e0-873c-569ad04764c5', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.561644+00', '[{"new":"2cb28331-a917-438e-9e91-a6cfae27ee17","field":"diagnosticId"},{"new":"1","field":"position"},{"new":"Dyeing and hand-block printing","field":"name"},{"new":"6bf824d6-5550-472c-adc0-059f0b1a5f8c, 0f2c87af-636b-4c0f-b9d5-a26b34db3485, aa00e6fe-e64b-4b0e-b32f-5ea81622f42f, 66e3adbc-363a-46af-8b11-6ddc9873de84, ccd7a0b3-0bd5-49a9-88f7-6f930f2078da","field":"actorIds"},{"new":"Screen printers copy designs at lower cost","field":"bottlenecks"}]');
INSERT INTO public.audit_entries VALUES ('1af7edb8-968f-4d10-b661-73ace572c568', 'chain_stage', 'cd160836-b452-4037-a712-3260edca1b64', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.57738+00', '[{"field":"diagnosticId","new":"2cb28331-a917-438e-9e91-a6cfae27ee17"},{"field":"position","new":"2"},{"field":"name","new":"Finishing and tailoring"},{"field":"actorIds","new":"2122ea7b-06b8-4b90-91bf-b1e9c52398f2, 8acec83f-4a2c-4830-bb60-1f5d47d683c5, 0a6d0c0d-d9ea-4ba8-9582-6d0f27ade9e7"},{"field":"bottlenecks","new":"Few units finish to export quality"}]');
INSERT INTO public.audit_entries VALUES ('e9ff2775-437a-4442-981d-4277af3988d7', 'chain_stage', '8ba6b92b-c741-43d7-9d66-1d948468a4fb', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.590827+00', '[{"new":"2cb28331-a917-438e-9e91-a6cfae27ee17","field":"diagnosticId"},{"new":"3","field":"position"},{"new":"Marketing and export","field":"name"},{"new":"49bbe99e-7acb-4886-b6be-33d9bd74ac23","field":"actorIds"},{"new":"No direct access to buyers abroad","field":"bottlenecks"}]');
INSERT INTO public.audit_entries VALUES ('1c2c583a-09d6-48b7-b7a2-2e5ef1c9fe33', 'action_plan', '7c76dd84-c11a-4b10-83b4-9019dc681d05', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.596599+00', '[{"field":"vision","new":"Revalue the traditional form of production and improve the living standards of the artisans."},{"field":"objectives","new":"Reach profitable markets, An autonomous governance framework"},{"field":"adoptedOn","new":"1998-10-01"},{"field":"currency","new":"USD"},{"field":"version","new":"1"}]');
INSERT INTO public.audit_entries VALUES ('5bbe477a-30aa-47a9-b294-eda09f4d5d35', 'action', '2fd9e635-ef1f-4d09-bdea-490ee6436d76', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.607746+00', '[{"field":"title","new":"Common showroom"},{"field":"objective","new":"Reach profitable markets"},{"field":"type","new":"joint_marketing"},{"field":"leadActorId","new":"d179849a-d62e-448c-939f-59c1100b5a3a"},{"field":"startOn","new":"1999-01-01"},{"field":"endOn","new":"1999-12-31"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"},{"field":"achievedOutputs","new":"A common showroom opened."}]');
INSERT INTO public.audit_entries VALUES ('f9c854af-f1f8-4f1e-b1ab-90942650aca6', 'action', '1618c703-fae6-4774-a038-f586c4f1c567', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.620018+00', '[{"new":"New products and designs with NIFT","field":"title"},{"new":"Reach profitable markets","field":"objective"},{"new":"technical_assistance","field":"type"},{"new":"c6338865-563e-4f4c-badd-b8f2b210b4f6","field":"leadActorId"},{"new":"1999-03-01","field":"startOn"},{"new":"2000-12-31","field":"endOn"},{"new":"done","field":"status"},{"new":"100","field":"percentComplete"}]');
INSERT INTO public.audit_entries VALUES ('ae918de0-bea7-4044-a5cc-fa2a8e8f006d', 'action', 'e80ba9b3-0da7-42a0-a02f-7e8f26a5faf7', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.630079+00', '[{"new":"Credit scheme","field":"title"},{"new":"Reach profitable markets","field":"objective"},{"new":"finance","field":"type"},{"new":"0b4674af-75f6-4368-9f92-31441a1c19a1","field":"leadActorId"},{"new":"1999-06-01","field":"startOn"},{"new":"2001-06-30","field":"endOn"},{"new":"in_progress","field":"status"},{"new":"60","field":"percentComplete"}]');
INSERT INTO public.audit_entries VALUES ('2a1032a0-ea72-4190-a7f4-c857e5486d7a', 'action', '92e05b89-08cd-45c5-82b6-ce56ff88a69f', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.643199+00', '[{"field":"title","new":"Revitalise CALICO"},{"field":"objective","new":"An autonomous governance framework"},{"field":"type","new":"institutional_capacity"},{"field":"leadActorId","new":"d179849a-d62e-448c-939f-59c1100b5a3a"},{"field":"partnerIds","new":"ab1e077d-4d66-4bd8-bd0a-c5d41a70b308"},{"field":"startOn","new":"1998-10-01"},{"field":"endOn","new":"2001-06-30"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"},{"field":"achievedOutputs","new":"Membership from 26 to 120; COTEX formed."}]');
INSERT INTO public.audit_entries VALUES ('24db93ba-c100-4f90-a8a0-cd28a0f93f67', 'contribution', 'f7247811-b50a-4eee-ab85-11388643554a', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.652769+00', '[{"new":"2fd9e635-ef1f-4d09-bdea-490ee6436d76","field":"actionId"},{"new":"CALICO members","field":"funderName"},{"new":"private_sector","field":"funderKind"},{"new":"cash","field":"form"},{"new":"8000","field":"pledged"},{"new":"1999-01-15","field":"pledgedOn"},{"new":"8000","field":"paid"},{"new":"1999-01-15","field":"paidOn"}]');
INSERT INTO public.audit_entries VALUES ('86636651-c1e8-4071-95d0-c188a150b55b', 'contribution', '89847e3b-a82e-4a96-9796-fe9b49eb37c7', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.664379+00', '[{"new":"2fd9e635-ef1f-4d09-bdea-490ee6436d76","field":"actionId"},{"new":"UNIDO project","field":"funderName"},{"new":"project","field":"funderKind"},{"new":"cash","field":"form"},{"new":"4000","field":"pledged"},{"new":"1999-01-15","field":"pledgedOn"},{"new":"4000","field":"paid"},{"new":"1999-01-15","field":"paidOn"}]');
INSERT INTO public.audit_entries VALUES ('454cc1f5-bcac-4cb8-96ae-7d1a889ecf79', 'diagnostic', '9bf27da7-bf63-4a03-8791-8091583a7721', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.682825+00', '[{"field":"title","new":"Boaco and Chontales milk and cheese diagnostic"},{"field":"version","new":"1"},{"field":"status","new":"validated"},{"field":"startedOn","new":"1997-05-01"},{"field":"productionSystem","new":"Milk producers, collectors, processing cooperatives, testing laboratories and cheese retailers."},{"field":"institutionalSystem","new":"Many institutions (INPYME, INCAE, ministries, IDR) without coordination."},{"field":"findings","new":"Bottlenecks at every stage of the chain; quality and hygiene limit access to markets."},{"field":"validatedOn","new":"1997-11-20"},{"field":"validatedBy","new":"Committee for institutional coordination"}]');
INSERT INTO public.audit_entries VALUES ('1c76b0f8-b809-49c2-b354-9e1a8cafdd2a', 'chain_stage', '4ed0cb2f-07de-4600-8e35-f10d100b96e4', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.694075+00', '[{"new":"9bf27da7-bf63-4a03-8791-8091583a7721","field":"diagnosticId"},{"new":"1","field":"position"},{"new":"Milk production","field":"name"},{"new":"Irregular supply","field":"bottlenecks"}]');
INSERT INTO public.audit_entries VALUES ('f2087f1b-a2b6-4f1f-8179-6af810c8c4d3', 'chain_stage', 'adad25f7-dc6c-41e0-b6e6-b91c36b413be', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.703872+00', '[{"field":"diagnosticId","new":"9bf27da7-bf63-4a03-8791-8091583a7721"},{"field":"position","new":"2"},{"field":"name","new":"Milk collection"},{"field":"bottlenecks","new":"No cooling, milk spoils"}]');
INSERT INTO public.audit_entries VALUES ('13ddb33f-5265-40f5-8e6b-af1eb681be71', 'chain_stage', 'b5060848-d1bb-4dab-b948-1881e7765038', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.714164+00', '[{"new":"9bf27da7-bf63-4a03-8791-8091583a7721","field":"diagnosticId"},{"new":"3","field":"position"},{"new":"Cheese processing","field":"name"},{"new":"Poor hygiene, low yields, untreated waste water","field":"bottlenecks"}]');
INSERT INTO public.audit_entries VALUES ('924762e6-0816-4a4b-95e4-69d4f3b06147', 'chain_stage', '421adcdb-74c2-4365-afa8-f94b7d41400e', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.724966+00', '[{"new":"9bf27da7-bf63-4a03-8791-8091583a7721","field":"diagnosticId"},{"new":"4","field":"position"},{"new":"Retail","field":"name"},{"new":"Few cheese types, no norms","field":"bottlenecks"}]');
INSERT INTO public.audit_entries VALUES ('bb34aa9d-2993-478a-8058-ad46fe002624', 'result', 'd0072224-f487-48ee-afa0-8d794efd8a20', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.742576+00', '[{"new":"e5469b83-d02c-4c6d-acf4-1b8eb8badf4f","field":"indicatorId"},{"new":"baseline","field":"kind"},{"new":"4b0ed0f5-41e2-4d21-a936-974260b3e849","field":"actorId"},{"new":"1997-11-20","field":"observedOn"},{"new":"10","field":"value"},{"new":"9bf27da7-bf63-4a03-8791-8091583a7721","field":"diagnosticId"},{"new":"Diagnostic study (illustrative value)","field":"source"}]');
INSERT INTO public.audit_entries VALUES ('d3392ac7-96f3-4dfc-a552-a31ee2b5f2b0', 'result', 'f6c02083-9a24-4c28-871f-afab6326fa25', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.75542+00', '[{"field":"indicatorId","new":"e5469b83-d02c-4c6d-acf4-1b8eb8badf4f"},{"field":"kind","new":"target"},{"field":"actorId","new":"4b0ed0f5-41e2-4d21-a936-974260b3e849"},{"field":"observedOn","new":"2001-12-31"},{"field":"value","new":"12"}]');
INSERT INTO public.audit_entries VALUES ('911b4845-1fdd-4f0e-8f70-72439929ec66', 'result', '9f0182b4-8807-4ec0-a96d-eb5f25b5732d', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.767933+00', '[{"field":"indicatorId","new":"e5469b83-d02c-4c6d-acf4-1b8eb8badf4f"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"4b0ed0f5-41e2-4d21-a936-974260b3e849"},{"field":"observedOn","new":"2000-12-31"},{"field":"value","new":"12.5"},{"field":"source","new":"+25 % as reported"}]');
INSERT INTO public.audit_entries VALUES ('679355dc-547a-4285-b17c-629aa491e26e', 'result', 'cc1778fc-9170-4f4c-bc96-7e8d55e2307c', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.781131+00', '[{"field":"indicatorId","new":"0a0ca6f2-6db8-41f6-826c-066d66c7838e"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1997-11-20"},{"field":"value","new":"1000"},{"field":"diagnosticId","new":"9bf27da7-bf63-4a03-8791-8091583a7721"},{"field":"source","new":"Diagnostic study (illustrative value)"}]');
INSERT INTO public.audit_entries VALUES ('fee10e07-4a43-4cd4-9695-871986229aa9', 'result', '59f69bc1-95b2-456a-9336-3bac8f3b0cae', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.789696+00', '[{"new":"0a0ca6f2-6db8-41f6-826c-066d66c7838e","field":"indicatorId"},{"new":"target","field":"kind"},{"new":"2001-12-31","field":"observedOn"},{"new":"400","field":"value"}]');
INSERT INTO public.audit_entries VALUES ('183f14bd-b288-4ec2-a507-bda60194a42f', 'result', '9ad5e040-fe26-4987-8a72-1aaee601c443', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.798093+00', '[{"field":"indicatorId","new":"0a0ca6f2-6db8-41f6-826c-066d66c7838e"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-12-31"},{"field":"value","new":"300"},{"field":"source","new":"Reduced up to 70 %"}]');
INSERT INTO public.audit_entries VALUES ('1382e944-a308-482d-b5a8-69a36b2cf9c2', 'result', '1fbeb2e3-900a-41c5-abf6-bc2bee130a65', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.810048+00', '[{"new":"3adf19f3-7ee8-4e52-9f21-3f7877f6c99a","field":"indicatorId"},{"new":"baseline","field":"kind"},{"new":"1997-11-20","field":"observedOn"},{"new":"0","field":"value"},{"new":"9bf27da7-bf63-4a03-8791-8091583a7721","field":"diagnosticId"}]');
INSERT INTO public.audit_entries VALUES ('1d219ef9-0612-4a6a-8b59-08854843a76a', 'result', '794ca832-9da4-447d-b668-bbce9ccd9005', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.819522+00', '[{"field":"indicatorId","new":"3adf19f3-7ee8-4e52-9f21-3f7877f6c99a"},{"field":"kind","new":"target"},{"field":"observedOn","new":"2000-12-31"},{"field":"value","new":"4"}]');
INSERT INTO public.audit_entries VALUES ('5e7952fa-2fa2-4126-ac2d-30349f627ca2', 'result', '073402b2-e024-4860-ab21-146e85c60d5a', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.827708+00', '[{"new":"3adf19f3-7ee8-4e52-9f21-3f7877f6c99a","field":"indicatorId"},{"new":"measurement","field":"kind"},{"new":"2000-12-31","field":"observedOn"},{"new":"5","field":"value"},{"new":"Five new types launched","field":"source"}]');
INSERT INTO public.audit_entries VALUES ('50ace91b-6549-4d1f-9a30-ba7c81163137', 'event', '4679da16-53f7-4228-bf83-a0b81a344f96', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.83827+00', '[{"field":"type","new":"group_meeting"},{"field":"title","new":"Committee for institutional coordination"},{"field":"heldOn","new":"1997-09-10"},{"field":"actorIds","new":"ac4462ee-449b-4835-a4c9-f09df650ec34, 83df8da4-66cd-4ae7-876f-88cda594d9d4"},{"field":"women","new":"3"},{"field":"men","new":"9"}]');
INSERT INTO public.audit_entries VALUES ('f1d89b02-fbdb-446c-b865-4a2c42c7f5bf', 'event', '796b9a00-f31c-4e9a-98fc-f51e643ca5b7', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.850045+00', '[{"new":"workshop","field":"type"},{"new":"Benchmarking with Latin American and Dutch dairy clusters","field":"title"},{"new":"1998-02-12","field":"heldOn"},{"new":"ac4462ee-449b-4835-a4c9-f09df650ec34, 83df8da4-66cd-4ae7-876f-88cda594d9d4, ad1b1714-af43-4a1c-a293-dd1561b382f4, 4b0ed0f5-41e2-4d21-a936-974260b3e849","field":"actorIds"},{"new":"8","field":"women"},{"new":"27","field":"men"},{"new":"20","field":"countEntrepreneurs"}]');
INSERT INTO public.audit_entries VALUES ('f4e1de4e-b397-4de7-89c3-4bba38b83867', 'event', 'fa3444f9-373a-4dc2-ad5a-1792e8924b0d', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.8613+00', '[{"field":"type","new":"training"},{"field":"title","new":"Hygiene and yield training for cheese makers"},{"field":"heldOn","new":"1998-06-08"},{"field":"actorIds","new":"4b0ed0f5-41e2-4d21-a936-974260b3e849, ad1b1714-af43-4a1c-a293-dd1561b382f4, ac4462ee-449b-4835-a4c9-f09df650ec34"},{"field":"women","new":"12"},{"field":"men","new":"18"},{"field":"countEntrepreneurs","new":"30"}]');
INSERT INTO public.audit_entries VALUES ('0328224c-ba31-4583-b4b8-01c8a85b5aad', 'linkage', '49789a67-7ddf-427e-bca5-147cf5b73268', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.872535+00', '[{"new":"4b0ed0f5-41e2-4d21-a936-974260b3e849","field":"fromActorId"},{"new":"buyer_of","field":"tieType"},{"new":"ad1b1714-af43-4a1c-a293-dd1561b382f4","field":"toActorId"},{"new":"to_strengthen","field":"status"},{"new":"1997-06-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('1e8e2362-68c9-451e-b355-b9458c688559', 'linkage', 'b78c94f8-9fe6-4a9c-94ec-b517d4f43da8', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.884133+00', '[{"new":"6e123e4f-f04f-40cb-af8f-33c8358f061c","field":"fromActorId"},{"new":"service_provider_to","field":"tieType"},{"new":"4b0ed0f5-41e2-4d21-a936-974260b3e849","field":"toActorId"},{"new":"missing","field":"status"},{"new":"1997-06-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('68d45094-e87e-418c-97c4-6afe2b2b78f3', 'linkage', 'd819aedd-c8bd-4d16-9fd9-5f0ce0c49158', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.895316+00', '[{"new":"ad1b1714-af43-4a1c-a293-dd1561b382f4","field":"fromActorId"},{"new":"member_of","field":"tieType"},{"new":"eff2e370-a36c-48a4-ba37-8122dcc5e419","field":"toActorId"},{"new":"missing","field":"status"},{"new":"1997-06-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('824ac35c-8bc9-4191-8d49-8446899207ed', 'linkage', '6c5c7d9a-911e-4d5e-8409-6d12ef8642d7', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.90906+00', '[{"field":"fromActorId","new":"4b0ed0f5-41e2-4d21-a936-974260b3e849"},{"field":"tieType","new":"buyer_of"},{"field":"toActorId","new":"ad1b1714-af43-4a1c-a293-dd1561b382f4"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('f8b85fa3-c095-4a68-a321-b398acc05792', 'linkage', '69e0bfe8-fc51-4edc-a5c7-2ee70b3e92ea', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.92026+00', '[{"new":"ad1b1714-af43-4a1c-a293-dd1561b382f4","field":"fromActorId"},{"new":"member_of","field":"tieType"},{"new":"eff2e370-a36c-48a4-ba37-8122dcc5e419","field":"toActorId"},{"new":"existing","field":"status"},{"new":"2000-06-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('05a6051b-2387-4b1b-9a77-4f0eff04b106', 'action_plan', '7badb9fb-951d-4c03-b637-06db80e7efe2', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.925792+00', '[{"field":"vision","new":"A cluster known for safe, varied cheese made without harming its rivers."},{"field":"objectives","new":"Quality of cheese, Diversification, Environment, Organisation"},{"field":"adoptedOn","new":"1998-03-01"},{"field":"currency","new":"USD"},{"field":"version","new":"1"}]');
INSERT INTO public.audit_entries VALUES ('053d0faa-bbec-4add-a433-dee3fd5f7511', 'action', 'ad35087e-5a18-4c6c-a233-e68ff1639f87', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.935065+00', '[{"new":"Technical norms for fresh milk and milk products","field":"title"},{"new":"Quality of cheese","field":"objective"},{"new":"quality_standards","field":"type"},{"new":"ac4462ee-449b-4835-a4c9-f09df650ec34","field":"leadActorId"},{"new":"1998-03-01","field":"startOn"},{"new":"1999-06-30","field":"endOn"},{"new":"in_progress","field":"status"},{"new":"60","field":"percentComplete"}]');
INSERT INTO public.audit_entries VALUES ('31dc2913-89cf-4348-8953-db69e49a91bd', 'action', '8dc2d754-afc0-47a0-b933-048fd1f55a87', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.948893+00', '[{"field":"title","new":"Product diversification"},{"field":"objective","new":"Diversification"},{"field":"type","new":"technical_assistance"},{"field":"leadActorId","new":"ac4462ee-449b-4835-a4c9-f09df650ec34"},{"field":"partnerIds","new":"23d46688-5e81-4629-880f-147cca0f234f"},{"field":"startOn","new":"1998-06-01"},{"field":"endOn","new":"2000-12-31"},{"field":"status","new":"in_progress"},{"field":"percentComplete","new":"40"}]');
INSERT INTO public.audit_entries VALUES ('dc424d86-eed0-4141-8f9f-72618febd8af', 'action', '4e111302-ded4-49e9-9e55-b395202fa4d9', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.959179+00', '[{"new":"Waste-water treatment and relocation study","field":"title"},{"new":"Environment","field":"objective"},{"new":"infrastructure","field":"type"},{"new":"ad1b1714-af43-4a1c-a293-dd1561b382f4","field":"leadActorId"},{"new":"1999-01-01","field":"startOn"},{"new":"2001-06-30","field":"endOn"},{"new":"planned","field":"status"}]');
INSERT INTO public.audit_entries VALUES ('9fc1cfc2-62bf-4a4c-b5d7-2713bb82140e', 'action', 'bedbcad7-5fc6-4c63-864b-3f4a7ee8b805', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.969453+00', '[{"field":"title","new":"Cooperative for milk supply and joint purchasing"},{"field":"objective","new":"Organisation"},{"field":"type","new":"institutional_capacity"},{"field":"leadActorId","new":"ad1b1714-af43-4a1c-a293-dd1561b382f4"},{"field":"startOn","new":"1998-09-01"},{"field":"endOn","new":"1999-12-31"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('32e47f04-311e-45ae-bfc9-1d536ca12ecf', 'contribution', 'f89a2531-9f62-4b34-afd9-09801ec852a0', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.978932+00', '[{"field":"actionId","new":"8dc2d754-afc0-47a0-b933-048fd1f55a87"},{"field":"funderName","new":"Inter-American Development Bank"},{"field":"funderKind","new":"project"},{"field":"form","new":"cash"},{"field":"pledged","new":"30000"},{"field":"pledgedOn","new":"1998-06-01"},{"field":"paid","new":"30000"},{"field":"paidOn","new":"1998-06-01"}]');
INSERT INTO public.audit_entries VALUES ('a7bb569d-b666-4435-bd96-d7c05acafade', 'contribution', 'a7f68193-02ba-4200-b938-6af43af6aca8', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.989075+00', '[{"new":"ad35087e-5a18-4c6c-a233-e68ff1639f87","field":"actionId"},{"new":"Ministry of Health","field":"funderName"},{"new":"government","field":"funderKind"},{"new":"cash","field":"form"},{"new":"10000","field":"pledged"},{"new":"1998-03-15","field":"pledgedOn"},{"new":"6000","field":"paid"},{"new":"1998-03-15","field":"paidOn"}]');
INSERT INTO public.audit_entries VALUES ('7974636d-41f3-4431-b5cf-2c640d1e329b', 'contribution', 'c707cffd-6c2f-41c0-ba06-1af32d6d0ce1', 'create', NULL, 'demo loader', '2026-12-01 10:59:57.9984+00', '[{"field":"actionId","new":"ad35087e-5a18-4c6c-a233-e68ff1639f87"},{"field":"funderName","new":"Cheese makers"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"in_kind"},{"field":"pledged","new":"5000"},{"field":"pledgedOn","new":"1998-03-15"},{"field":"paid","new":"5000"},{"field":"paidOn","new":"1998-03-15"}]');
INSERT INTO public.audit_entries VALUES ('f952b148-3d70-4c55-bcc8-f3cd5dc3f1ec', 'plan_review', 'a19ae7b6-c648-40c0-be11-f712bef02a58', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.013054+00', '[{"new":"1999-07-15","field":"reviewedOn"},{"new":"1","field":"version"},{"new":"Norms done; diversification ahead of plan; waste water not started.","field":"checked"},{"new":"Ministries act together when the committee sets the agenda.","field":"learned"},{"new":"Start the waste-water study with the cooperative; add a second diversification round.","field":"changes"}]');
INSERT INTO public.audit_entries VALUES ('9e838832-5306-41a3-b14c-0f6d78d0f8d2', 'handover_plan', '442b0899-ad44-4b32-be5e-efc0984d40b1', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.032261+00', '[{"new":"475cdbf3-68ba-468b-866d-46086dea4362","field":"institutionId"},{"new":"1999-09-01","field":"agreedOn"},{"new":"2002-01-01","field":"takeoverOn"},{"new":"Field worker of the foundation (illustrative)","field":"brokerName"},{"new":"Alianza Láctea progressively leads the cluster''s governance.","field":"governance"}]');
INSERT INTO public.audit_entries VALUES ('4525d991-13f4-4913-b81b-410106f00ac0', 'readiness_item', 'b8892a4e-19b7-492a-b387-b89378ab0543', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.037789+00', '[{"new":"Executive director and field worker trained at the Joint Learning Programme in Chile","field":"item"},{"new":"yes","field":"met"},{"new":"2000-03-01","field":"metOn"}]');
INSERT INTO public.audit_entries VALUES ('cbe1e374-9291-47e6-8e4d-7c402abdc2c5', 'readiness_item', 'b64b226d-2b08-4035-92db-18426b139f31', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.045998+00', '[{"new":"Field worker trained on the job by project consultants","field":"item"},{"new":"yes","field":"met"},{"new":"2000-12-01","field":"metOn"}]');
INSERT INTO public.audit_entries VALUES ('625f65c5-04c0-4f48-b62d-70a661ea700a', 'readiness_item', '5c7e7ab1-df46-4306-a938-28ddb4872883', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.052127+00', '[{"new":"Foundation budget covers the field worker''s full salary","field":"item"},{"new":"no","field":"met"}]');
INSERT INTO public.audit_entries VALUES ('6c686484-3a8b-4579-bf84-4f707de58c91', 'broker_cost_step', '8776c7a6-f99e-4ebd-8460-bff47062596c', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.057919+00', '[{"field":"fromOn","new":"1999-09-01"},{"field":"projectShare","new":"100"},{"field":"institutionShare","new":"0"}]');
INSERT INTO public.audit_entries VALUES ('cce33fc8-e07a-4b13-a77b-4a33db4a9df7', 'broker_cost_step', '39920148-3651-4d39-8ab8-c36dd9e1df98', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.063825+00', '[{"new":"2000-09-01","field":"fromOn"},{"new":"60","field":"projectShare"},{"new":"40","field":"institutionShare"}]');
INSERT INTO public.audit_entries VALUES ('7840bdad-1d31-49e2-b740-3823c491529f', 'broker_cost_step', '4a6eeb66-fee5-4359-8819-86c45427d9b3', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.068863+00', '[{"field":"fromOn","new":"2002-01-01"},{"field":"projectShare","new":"0"},{"field":"institutionShare","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('765e2558-dba7-482c-a9f0-44c8b304c8a9', 'diagnostic', '03be3389-919a-4a80-be40-be78877fdde2', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.074185+00', '[{"new":"Ludhiana knitwear cluster diagnostic","field":"title"},{"new":"1","field":"version"},{"new":"validated","field":"status"},{"new":"1997-04-01","field":"startedOn"},{"new":"Over 10,000 small and medium firms, nearly 90 % of the national market for woollen knitwear.","field":"productionSystem"},{"new":"Workers'' skills, Finishing technology, Few skilled women workers","field":"weaknesses"},{"new":"Higher segments of the domestic market, Exports","field":"opportunities"},{"new":"Liberalisation and cheaper goods from Nepal and China","field":"threats"},{"new":"1997-10-10","field":"validatedOn"},{"new":"Cluster stakeholders'' meeting","field":"validatedBy"}]');
INSERT INTO public.audit_entries VALUES ('6ff8024c-34c5-4245-89f9-9471aa9fea0c', 'event', '5f2a8adf-43a9-419d-8c80-42021f3d82f6', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.084282+00', '[{"new":"group_meeting","field":"type"},{"new":"APPEAL meets the Department of Technical Education","field":"title"},{"new":"1998-11-05","field":"heldOn"},{"new":"f574f319-394f-4ab8-9704-eaad4900a591, 95e9940a-2003-4db4-bad4-5b2b41df4265","field":"actorIds"},{"new":"2","field":"women"},{"new":"8","field":"men"},{"new":"Memorandum of understanding for a training cell at GPW.","field":"outcomes"}]');
INSERT INTO public.audit_entries VALUES ('904085f4-0ca7-4af4-a497-951e8a79181e', 'joint_project', 'a6261c02-bea1-4914-aa8e-0986b0546f7b', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.757984+00', '[{"field":"title","new":"Wood selling point"},{"field":"scale","new":"strategic"},{"field":"type","new":"selling_point"},{"field":"startOn","new":"2001-06-01"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('a87d3017-d173-4bb0-8843-eb7ac3b4c6ba', 'event', 'b2f74ab4-bb86-4626-ba42-93b438f8c938', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.094743+00', '[{"new":"training","field":"type"},{"new":"First training batch at GPW","field":"title"},{"new":"1999-09-01","field":"heldOn"},{"new":"372d9069-5873-47e0-aad9-d05044a7e0b3, f574f319-394f-4ab8-9704-eaad4900a591, dcb11c03-9990-4019-a0b3-678bdc2f9ee4","field":"actorIds"},{"new":"20","field":"women"},{"new":"Three months, theory and practice.","field":"outcomes"}]');
INSERT INTO public.audit_entries VALUES ('59212186-8484-4c40-bdee-10d1280be7ff', 'linkage', '4ede11d2-69cf-4fc4-a90e-86d919bf7480', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.107633+00', '[{"new":"f574f319-394f-4ab8-9704-eaad4900a591","field":"fromActorId"},{"new":"cooperates_with","field":"tieType"},{"new":"95e9940a-2003-4db4-bad4-5b2b41df4265","field":"toActorId"},{"new":"missing","field":"status"},{"new":"1998-01-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('11134dc5-406e-4a37-9035-22cd6e2030fc', 'linkage', '78f02569-818b-4e38-8aec-d27a9eedb412', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.120348+00', '[{"new":"f574f319-394f-4ab8-9704-eaad4900a591","field":"fromActorId"},{"new":"cooperates_with","field":"tieType"},{"new":"95e9940a-2003-4db4-bad4-5b2b41df4265","field":"toActorId"},{"new":"existing","field":"status"},{"new":"1999-01-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('aaebe9f3-016a-48ad-869a-cee9417c2e97', 'linkage', '932e8891-dd54-4747-8dda-cd00ae39af7e', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.131898+00', '[{"new":"372d9069-5873-47e0-aad9-d05044a7e0b3","field":"fromActorId"},{"new":"service_provider_to","field":"tieType"},{"new":"f574f319-394f-4ab8-9704-eaad4900a591","field":"toActorId"},{"new":"existing","field":"status"},{"new":"1999-09-01","field":"recordedOn"}]');
INSERT INTO public.audit_entries VALUES ('d52d91f9-0b35-419b-8dd5-d4d39782acb5', 'action_plan', 'bf8e7112-ddca-4d14-bea3-e46179091aa6', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.13809+00', '[{"new":"Move the cluster to higher market segments and exports through skills and technology.","field":"vision"},{"new":"Skilled workforce, Exports","field":"objectives"},{"new":"1998-06-01","field":"adoptedOn"},{"new":"USD","field":"currency"},{"new":"1","field":"version"}]');
INSERT INTO public.audit_entries VALUES ('244383d4-5d12-4e3f-86bd-f2aaf32a11fd', 'action', 'a2f90da8-046a-4e73-9fab-cbbc6f1f109d', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.153278+00', '[{"new":"Training cell for women machine operators at GPW","field":"title"},{"new":"Skilled workforce","field":"objective"},{"new":"training","field":"type"},{"new":"f574f319-394f-4ab8-9704-eaad4900a591","field":"leadActorId"},{"new":"372d9069-5873-47e0-aad9-d05044a7e0b3, dcb11c03-9990-4019-a0b3-678bdc2f9ee4, 81990e67-2a39-4f38-bc0b-55a0e28e6470","field":"partnerIds"},{"new":"1999-09-01","field":"startOn"},{"new":"2000-09-30","field":"endOn"},{"new":"done","field":"status"},{"new":"100","field":"percentComplete"},{"new":"7 batches; more than 110 women trained; 80 % employed in the cluster.","field":"achievedOutputs"}]');
INSERT INTO public.audit_entries VALUES ('708ff5d7-a661-4081-8b4d-799b433d3e41', 'action', 'e8445e7b-bad6-40bc-a353-00e4974c11de', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.164499+00', '[{"new":"Visits to foreign fairs","field":"title"},{"new":"Exports","field":"objective"},{"new":"joint_marketing","field":"type"},{"new":"f574f319-394f-4ab8-9704-eaad4900a591","field":"leadActorId"},{"new":"1998-09-01","field":"startOn"},{"new":"2000-12-31","field":"endOn"},{"new":"done","field":"status"},{"new":"100","field":"percentComplete"}]');
INSERT INTO public.audit_entries VALUES ('68d4cafa-1d2b-4ec9-9efa-001c0c692506', 'contribution', 'aa7e94af-9961-4d4a-a6d8-b43e38d43051', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.174109+00', '[{"field":"actionId","new":"a2f90da8-046a-4e73-9fab-cbbc6f1f109d"},{"field":"funderName","new":"UNIDO project"},{"field":"funderKind","new":"project"},{"field":"form","new":"cash"},{"field":"pledged","new":"20000"},{"field":"pledgedOn","new":"1999-06-01"},{"field":"paid","new":"20000"},{"field":"paidOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('30cdb5bd-1fcd-4be7-909b-4f36c9c389d1', 'contribution', 'e69d70a0-45db-4482-a500-a91dd3be86c4', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.184005+00', '[{"new":"a2f90da8-046a-4e73-9fab-cbbc6f1f109d","field":"actionId"},{"new":"APPEAL members (syllabus and machinery)","field":"funderName"},{"new":"private_sector","field":"funderKind"},{"new":"in_kind","field":"form"},{"new":"58000","field":"pledged"},{"new":"1999-06-01","field":"pledgedOn"},{"new":"58000","field":"paid"},{"new":"1999-06-01","field":"paidOn"}]');
INSERT INTO public.audit_entries VALUES ('8090f8ba-83f7-49a1-9c71-419829b84afd', 'contribution', 'e17cb3ba-6d55-4c5d-8897-a1b21dfa7e8b', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.196056+00', '[{"new":"a2f90da8-046a-4e73-9fab-cbbc6f1f109d","field":"actionId"},{"new":"Japanese machinery company","field":"funderName"},{"new":"private_sector","field":"funderKind"},{"new":"in_kind","field":"form"},{"new":"16000","field":"pledged"},{"new":"1999-06-01","field":"pledgedOn"},{"new":"16000","field":"paid"},{"new":"1999-06-01","field":"paidOn"}]');
INSERT INTO public.audit_entries VALUES ('a0029f8c-b7a3-43a8-9bd5-58c9cc1a22ce', 'contribution', '84cc866d-4597-4a17-b747-bf942e000b7e', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.207522+00', '[{"field":"actionId","new":"a2f90da8-046a-4e73-9fab-cbbc6f1f109d"},{"field":"funderName","new":"GPW and local NGO"},{"field":"funderKind","new":"institutions"},{"field":"form","new":"in_kind"},{"field":"pledged","new":"6000"},{"field":"pledgedOn","new":"1999-06-01"},{"field":"paid","new":"6000"},{"field":"paidOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('b6c2b457-cfd6-4886-a6f8-3ad045b75273', 'result', '383d44e8-c716-4566-a130-50e07e41f6c7', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.217738+00', '[{"field":"indicatorId","new":"f335ff41-6bec-43ae-96c0-2b2409b2d05b"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1999-08-31"},{"field":"value","new":"0"}]');
INSERT INTO public.audit_entries VALUES ('15384483-2715-41e2-a0e7-7beafa8feb34', 'result', '7c02d7f3-3906-4cfc-bba6-a55007c45921', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.22667+00', '[{"field":"indicatorId","new":"f335ff41-6bec-43ae-96c0-2b2409b2d05b"},{"field":"kind","new":"target"},{"field":"observedOn","new":"2000-09-30"},{"field":"value","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('966525e4-f2b8-46c9-99eb-71dbf16dd2ed', 'result', '73382a98-7681-4c07-9bbb-5bf3b6037284', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.23619+00', '[{"field":"indicatorId","new":"f335ff41-6bec-43ae-96c0-2b2409b2d05b"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-09-30"},{"field":"value","new":"110"},{"field":"source","new":"GPW records, 7 batches"}]');
INSERT INTO public.audit_entries VALUES ('22c406d0-e0e3-4e63-96c1-ae8125a81e7a', 'result', '0618d905-41f6-4b0b-aad9-d70b040a27ac', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.245993+00', '[{"field":"indicatorId","new":"50a7a8a0-3d2d-434c-9735-ff103743df46"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1999-08-31"},{"field":"value","new":"0"}]');
INSERT INTO public.audit_entries VALUES ('3f5d4f35-49dc-49c7-aacd-2eb24d2b01b5', 'result', 'b61e5d2c-fcfc-48b2-abbd-b684255e7b00', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.256038+00', '[{"new":"50a7a8a0-3d2d-434c-9735-ff103743df46","field":"indicatorId"},{"new":"target","field":"kind"},{"new":"2000-09-30","field":"observedOn"},{"new":"70","field":"value"}]');
INSERT INTO public.audit_entries VALUES ('22e71a7b-a174-4ce8-8bf4-08d8d3ef1004', 'result', '647ce5f1-0da8-4c37-ac62-32ffbd36e33f', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.266243+00', '[{"field":"indicatorId","new":"50a7a8a0-3d2d-434c-9735-ff103743df46"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-09-30"},{"field":"value","new":"80"},{"field":"source","new":"Found immediate employment in the cluster"}]');
INSERT INTO public.audit_entries VALUES ('50e3a279-4928-4fa7-929f-7d000c395372', 'diagnostic', '5c5b586d-4693-4068-b302-6b0041ccaf24', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.272908+00', '[{"new":"Fez leather cluster diagnostic","field":"title"},{"new":"1","field":"version"},{"new":"draft","field":"status"},{"new":"2000-03-01","field":"startedOn"},{"new":"Tanneries in the old town discharge untreated effluent; relocation is under discussion. Illustrative demo record.","field":"productionSystem"}]');
INSERT INTO public.audit_entries VALUES ('f05b6027-65ea-45f2-8598-0bb6bf624295', 'cluster', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'update', NULL, 'demo loader', '2026-12-01 10:59:58.320264+00', '[{"old":"selection","field":"stage","new":"action_planning"}]');
INSERT INTO public.audit_entries VALUES ('d4043eff-232d-49e0-9ae0-94eb0e7d8fed', 'cluster', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'update', NULL, 'demo loader', '2026-12-01 10:59:58.37148+00', '[{"old":"selection","new":"implementation","field":"stage"}]');
INSERT INTO public.audit_entries VALUES ('7d57a917-d7b9-4140-b307-01ca9a114a57', 'cluster', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'update', NULL, 'demo loader', '2026-12-01 10:59:58.422915+00', '[{"field":"stage","new":"implementation","old":"selection"}]');
INSERT INTO public.audit_entries VALUES ('380689b5-650b-467b-a583-62b6a7607944', 'cluster', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'update', NULL, 'demo loader', '2026-12-01 10:59:58.465361+00', '[{"old":"selection","field":"stage","new":"implementation"}]');
INSERT INTO public.audit_entries VALUES ('4cc37eed-fcc1-4611-8d07-795ab0b6e871', 'cluster', '85718678-6e8d-4ad9-97ca-e4a9088fae29', 'update', NULL, 'demo loader', '2026-12-01 10:59:58.507419+00', '[{"field":"stage","old":"selection","new":"trust_building"}]');
INSERT INTO public.audit_entries VALUES ('e41e535e-189f-4e93-b119-770be2c771dc', 'net_assessment', '8d8d5c71-0374-43ab-a42c-65530413401a', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.517364+00', '[{"new":"1998-04-15","field":"assessedOn"},{"new":"promotion","field":"phase"},{"new":"Network broker (illustrative)","field":"assessor"},{"new":"1","field":"scaleMin"},{"new":"5","field":"scaleMax"},{"new":"2","field":"groupCohesionScore"},{"new":"Fifteen workshops met for the first time through the broker.","field":"groupCohesionEvidence"},{"new":"1","field":"internalOrganizationScore"},{"new":"1","field":"strategicAnalysisScore"},{"new":"1","field":"strategicPlanningScore"},{"new":"1","field":"productionRestructuringScore"},{"new":"1","field":"economicPerformanceScore"},{"new":"1","field":"institutionalConnectionScore"},{"new":"yes","field":"dependsOnBroker"}]');
INSERT INTO public.audit_entries VALUES ('068de24d-e595-4649-9cc9-1cba232db60e', 'phase_decision', '44e34868-d190-453b-a40e-5eeda7b7cb0c', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.566043+00', '[{"field":"decidedOn","new":"1998-05-01"},{"field":"fromPhase","new":"promotion"},{"field":"toPhase","new":"strategic_planning"},{"field":"reason","new":"Fifteen woodworkers committed to working together."},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('ec9299f2-5a8e-48c4-8cdb-c41797866ec9', 'network', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'update', NULL, 'demo loader', '2026-12-01 10:59:58.574847+00', '[{"old":"promotion","field":"phase","new":"strategic_planning"}]');
INSERT INTO public.audit_entries VALUES ('2294994a-c40a-47ff-bdfd-cfc406212c46', 'business_plan', '01d90ca2-99aa-40e0-959d-25237a32cd3d', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.582378+00', '[{"field":"title","new":"Masaya woodworkers'' business plan"},{"field":"version","new":"1"},{"field":"objectives","new":"Cheaper wood and inputs, Reach buyers abroad"},{"field":"jointActivities","new":"Shared input shop, Bulk wood purchasing, Common catalogue, Exports of rocking chairs"},{"field":"budget","new":"18000"},{"field":"currency","new":"USD"},{"field":"periodStart","new":"1998-07-01"},{"field":"periodEnd","new":"2001-06-30"},{"field":"adoptedOn","new":"1998-06-15"}]');
INSERT INTO public.audit_entries VALUES ('61b4c3b2-7181-4244-89f6-c3d0b9592c13', 'phase_decision', 'c5806319-ed45-4f78-a985-b59243ef39b5', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.619828+00', '[{"new":"1998-07-01","field":"decidedOn"},{"new":"strategic_planning","field":"fromPhase"},{"new":"pilot_projects","field":"toPhase"},{"new":"Business plan adopted by the members.","field":"reason"},{"new":"no","field":"override"}]');
INSERT INTO public.audit_entries VALUES ('ce785d14-0d50-4896-a61a-226b461009c0', 'network', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'update', NULL, 'demo loader', '2026-12-01 10:59:58.627186+00', '[{"old":"strategic_planning","field":"phase","new":"pilot_projects"}]');
INSERT INTO public.audit_entries VALUES ('535a01f4-2432-4303-a737-7a916ac1613d', 'joint_project', '5640f283-cb81-4257-a9b8-c85fd792dfc3', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.649206+00', '[{"field":"title","new":"Shared input shop"},{"field":"scale","new":"pilot"},{"field":"type","new":"input_shop"},{"field":"participantIds","new":"dbf41080-bfd7-432f-adf6-707b6bb09d8f, 10fb4b37-550f-48c5-bd2e-05f63491087e, 237e5ac5-c882-4f2c-b100-7d03c6a5f00d, c2f48ef0-94fb-47b9-810b-2f26a9262b30, 34eb2ef6-1f15-4479-a7e5-9cb13f68dd75, ff42e7c3-4ce4-4349-adea-8d7aa65fb3a2, c7cfb3d3-4e3c-4a62-af15-678507bd5814, 3d27a6ca-7756-4d5e-acbb-64fd4991d664, 80572c33-ac33-4c17-947f-ffabaaf42d86, 8c4f1f79-13f2-4bdd-b419-980230a866cf, 14b4bfb5-4c34-4cf7-a4b2-b5ee2291e8c1, 7f0e8474-e54a-40fd-b4e1-428b791d9d1c, 0fcf7be4-5948-4d6e-be06-8a323b20c542, c7766dda-552e-4eed-a8e4-2bd7ee68ec44, 4346c8d6-84d2-429c-96b0-8f2f1c977b0e"},{"field":"startOn","new":"1998-08-01"},{"field":"endOn","new":"1999-03-31"},{"field":"status","new":"completed"},{"field":"results","new":"Glue, varnish and tools bought for all at wholesale prices."}]');
INSERT INTO public.audit_entries VALUES ('1caa6586-0ed6-4370-854d-d4b92d1531b8', 'joint_project', '48e2c582-49b2-4260-879e-22fe168d53c5', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.673616+00', '[{"field":"title","new":"Bulk wood purchasing"},{"field":"scale","new":"pilot"},{"field":"type","new":"bulk_purchasing"},{"field":"participantIds","new":"dbf41080-bfd7-432f-adf6-707b6bb09d8f, 10fb4b37-550f-48c5-bd2e-05f63491087e, 237e5ac5-c882-4f2c-b100-7d03c6a5f00d, c2f48ef0-94fb-47b9-810b-2f26a9262b30, 34eb2ef6-1f15-4479-a7e5-9cb13f68dd75, ff42e7c3-4ce4-4349-adea-8d7aa65fb3a2, c7cfb3d3-4e3c-4a62-af15-678507bd5814, 3d27a6ca-7756-4d5e-acbb-64fd4991d664, 80572c33-ac33-4c17-947f-ffabaaf42d86, 8c4f1f79-13f2-4bdd-b419-980230a866cf, 14b4bfb5-4c34-4cf7-a4b2-b5ee2291e8c1, 7f0e8474-e54a-40fd-b4e1-428b791d9d1c, 0fcf7be4-5948-4d6e-be06-8a323b20c542, c7766dda-552e-4eed-a8e4-2bd7ee68ec44, 4346c8d6-84d2-429c-96b0-8f2f1c977b0e"},{"field":"startOn","new":"1998-10-01"},{"field":"endOn","new":"1999-06-30"},{"field":"status","new":"completed"},{"field":"results","new":"Wood bought by the truckload for the group."}]');
INSERT INTO public.audit_entries VALUES ('15e2be5a-e4a9-403e-a575-f66930b70830', 'net_assessment', 'f6c9e595-9071-42c3-969e-27c8fd42fc61', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.68246+00', '[{"field":"assessedOn","new":"1998-12-10"},{"field":"phase","new":"pilot_projects"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"3"},{"field":"groupCohesionEvidence","new":"The input shop runs; some members buy outside it."},{"field":"internalOrganizationScore","new":"2"},{"field":"strategicAnalysisScore","new":"2"},{"field":"strategicPlanningScore","new":"3"},{"field":"productionRestructuringScore","new":"2"},{"field":"economicPerformanceScore","new":"2"},{"field":"institutionalConnectionScore","new":"2"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('4454a098-3fbc-4da7-9e83-06fb5d572993', 'network_rules', 'e6d566db-a65b-438e-bdd7-323cc09e105b', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.693008+00', '[{"field":"title","new":"Rules of the Masaya woodworkers"},{"field":"version","new":"1"},{"field":"text","new":"Members buy through the shop, keep the common prices and quality; a member who sells the group''s orders on his own account is expelled by the assembly."},{"field":"adoptedOn","new":"1999-08-01"}]');
INSERT INTO public.audit_entries VALUES ('c4c72ab3-2a48-4b12-836a-477b3143d61e', 'phase_decision', 'adec21a1-774c-4dab-a0fa-ff1b71cc6673', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.717215+00', '[{"field":"decidedOn","new":"1999-09-01"},{"field":"fromPhase","new":"pilot_projects"},{"field":"toPhase","new":"strategic_projects"},{"field":"reason","new":"Pilot projects completed and rules adopted."},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('20122a78-41cc-40ff-ac3c-4e16f85de3f4', 'network', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'update', NULL, 'demo loader', '2026-12-01 10:59:58.723224+00', '[{"old":"pilot_projects","new":"strategic_projects","field":"phase"}]');
INSERT INTO public.audit_entries VALUES ('5ccb94ba-e20d-43c4-a551-c93fe08d83cc', 'joint_project', '631c0216-62e0-4f78-aa50-6c0260339df0', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.739377+00', '[{"new":"Common catalogue","field":"title"},{"new":"strategic","field":"scale"},{"new":"catalogue_or_brand","field":"type"},{"new":"dbf41080-bfd7-432f-adf6-707b6bb09d8f, 10fb4b37-550f-48c5-bd2e-05f63491087e, 237e5ac5-c882-4f2c-b100-7d03c6a5f00d, c2f48ef0-94fb-47b9-810b-2f26a9262b30, 34eb2ef6-1f15-4479-a7e5-9cb13f68dd75, ff42e7c3-4ce4-4349-adea-8d7aa65fb3a2, c7cfb3d3-4e3c-4a62-af15-678507bd5814, 3d27a6ca-7756-4d5e-acbb-64fd4991d664, 80572c33-ac33-4c17-947f-ffabaaf42d86, 8c4f1f79-13f2-4bdd-b419-980230a866cf, 14b4bfb5-4c34-4cf7-a4b2-b5ee2291e8c1, 7f0e8474-e54a-40fd-b4e1-428b791d9d1c, 0fcf7be4-5948-4d6e-be06-8a323b20c542, c7766dda-552e-4eed-a8e4-2bd7ee68ec44, 4346c8d6-84d2-429c-96b0-8f2f1c977b0e","field":"participantIds"},{"new":"1999-10-01","field":"startOn"},{"new":"2000-05-31","field":"endOn"},{"new":"completed","field":"status"}]');
INSERT INTO public.audit_entries VALUES ('58b203fd-a045-4708-99a7-64830d877384', 'joint_project', '13b3ba6b-0d9a-4e10-9e7f-c7c7cc8bf3f1', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.752598+00', '[{"field":"title","new":"Exports of three rocking-chair models to the United Kingdom"},{"field":"scale","new":"strategic"},{"field":"type","new":"joint_export"},{"field":"participantIds","new":"dbf41080-bfd7-432f-adf6-707b6bb09d8f, 10fb4b37-550f-48c5-bd2e-05f63491087e, 237e5ac5-c882-4f2c-b100-7d03c6a5f00d, c2f48ef0-94fb-47b9-810b-2f26a9262b30, 34eb2ef6-1f15-4479-a7e5-9cb13f68dd75, ff42e7c3-4ce4-4349-adea-8d7aa65fb3a2, c7cfb3d3-4e3c-4a62-af15-678507bd5814, 3d27a6ca-7756-4d5e-acbb-64fd4991d664, 80572c33-ac33-4c17-947f-ffabaaf42d86, 8c4f1f79-13f2-4bdd-b419-980230a866cf, 14b4bfb5-4c34-4cf7-a4b2-b5ee2291e8c1, 7f0e8474-e54a-40fd-b4e1-428b791d9d1c"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-11-30"},{"field":"status","new":"completed"},{"field":"results","new":"Three models of rocking chairs exported to the UK."}]');
INSERT INTO public.audit_entries VALUES ('3c6bdde8-b981-4712-8219-7cffc2428959', 'joint_project', 'f647eeba-80e8-483f-8bef-92d69ed4cd30', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.76271+00', '[{"new":"Shared workplace","field":"title"},{"new":"strategic","field":"scale"},{"new":"shared_workshop","field":"type"},{"new":"2001-06-01","field":"startOn"},{"new":"planned","field":"status"}]');
INSERT INTO public.audit_entries VALUES ('ed81fcd1-9974-43e2-b49a-70eea097b505', 'project_contribution', '23d0a004-4798-44a4-be23-4b16b8c5fba9', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.769435+00', '[{"field":"jointProjectId","new":"5640f283-cb81-4257-a9b8-c85fd792dfc3"},{"field":"funderName","new":"Members"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"cash"},{"field":"pledged","new":"2500"},{"field":"pledgedOn","new":"1998-08-01"},{"field":"paid","new":"2500"},{"field":"paidOn","new":"1998-09-01"}]');
INSERT INTO public.audit_entries VALUES ('fde930d5-7c95-4013-83d2-6f622ff3c3d7', 'project_contribution', '69b84685-ac4b-4e40-a791-1f6ec51c8860', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.777856+00', '[{"new":"5640f283-cb81-4257-a9b8-c85fd792dfc3","field":"jointProjectId"},{"new":"UNIDO project","field":"funderName"},{"new":"project","field":"funderKind"},{"new":"cash","field":"form"},{"new":"1500","field":"pledged"},{"new":"1998-08-01","field":"pledgedOn"},{"new":"1500","field":"paid"},{"new":"1998-09-01","field":"paidOn"}]');
INSERT INTO public.audit_entries VALUES ('5d7e4c77-455c-4bbf-9115-0f5e0a131419', 'project_contribution', '4ff8a83f-a4a7-4899-a714-130ad94d7bef', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.784459+00', '[{"field":"jointProjectId","new":"631c0216-62e0-4f78-aa50-6c0260339df0"},{"field":"funderName","new":"Members"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"cash"},{"field":"pledged","new":"1800"},{"field":"pledgedOn","new":"1998-08-01"},{"field":"paid","new":"1800"},{"field":"paidOn","new":"1998-09-01"}]');
INSERT INTO public.audit_entries VALUES ('0fb8c130-f968-4d63-805e-fc89fba00853', 'project_contribution', '6aef18d9-8305-4c7f-9d1b-7e5a6c04a86e', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.79141+00', '[{"field":"jointProjectId","new":"631c0216-62e0-4f78-aa50-6c0260339df0"},{"field":"funderName","new":"UNIDO project"},{"field":"funderKind","new":"project"},{"field":"form","new":"cash"},{"field":"pledged","new":"2200"},{"field":"pledgedOn","new":"1998-08-01"},{"field":"paid","new":"2200"},{"field":"paidOn","new":"1998-09-01"}]');
INSERT INTO public.audit_entries VALUES ('62a9383a-5fe9-44d2-8380-3b364ec9d9c6', 'net_assessment', '02e38594-78dd-41d1-b419-08f8e40a8dcf', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.796352+00', '[{"new":"1999-12-15","field":"assessedOn"},{"new":"strategic_projects","field":"phase"},{"new":"Network broker (illustrative)","field":"assessor"},{"new":"1","field":"scaleMin"},{"new":"5","field":"scaleMax"},{"new":"4","field":"groupCohesionScore"},{"new":"Three members expelled for selling on their own account; the others closed ranks.","field":"groupCohesionEvidence"},{"new":"3","field":"internalOrganizationScore"},{"new":"3","field":"strategicAnalysisScore"},{"new":"3","field":"strategicPlanningScore"},{"new":"3","field":"productionRestructuringScore"},{"new":"3","field":"economicPerformanceScore"},{"new":"2","field":"institutionalConnectionScore"},{"new":"yes","field":"dependsOnBroker"}]');
INSERT INTO public.audit_entries VALUES ('c3ec3f21-18d3-456a-a6f0-742cdcf0cc9a', 'net_assessment', '54e59255-0bc7-4e43-bbae-f7f897ae8585', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.801573+00', '[{"new":"2000-12-10","field":"assessedOn"},{"new":"strategic_projects","field":"phase"},{"new":"Network broker (illustrative)","field":"assessor"},{"new":"1","field":"scaleMin"},{"new":"5","field":"scaleMax"},{"new":"4","field":"groupCohesionScore"},{"new":"Exports delivered; a selling point and a shared workplace are planned.","field":"groupCohesionEvidence"},{"new":"4","field":"internalOrganizationScore"},{"new":"4","field":"strategicAnalysisScore"},{"new":"4","field":"strategicPlanningScore"},{"new":"4","field":"productionRestructuringScore"},{"new":"4","field":"economicPerformanceScore"},{"new":"3","field":"institutionalConnectionScore"},{"new":"yes","field":"dependsOnBroker"}]');
INSERT INTO public.audit_entries VALUES ('8d92fea8-2d77-4d4b-9740-b933207aac94', 'result', '88561347-a618-42bb-96fc-ce9b4ae2a57f', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.811965+00', '[{"field":"indicatorId","new":"bd713812-c022-4372-bfe3-672dfa1073bb"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1998-04-15"},{"field":"value","new":"0"}]');
INSERT INTO public.audit_entries VALUES ('bcb3160d-b995-446a-b8af-3b5dcc18d52c', 'result', '12e1f53e-2a6a-48f5-9683-9e23a701826f', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.81901+00', '[{"field":"indicatorId","new":"bd713812-c022-4372-bfe3-672dfa1073bb"},{"field":"kind","new":"target"},{"field":"observedOn","new":"2001-06-30"},{"field":"value","new":"10"}]');
INSERT INTO public.audit_entries VALUES ('563b568a-7fad-481b-8aeb-28852a513eee', 'result', 'f9e7e8c2-2151-468d-a23e-a7c1c63eb19d', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.826468+00', '[{"new":"bd713812-c022-4372-bfe3-672dfa1073bb","field":"indicatorId"},{"new":"measurement","field":"kind"},{"new":"2000-11-30","field":"observedOn"},{"new":"12","field":"value"}]');
INSERT INTO public.audit_entries VALUES ('e2cbf477-0f60-4076-b7ef-007b77d1a769', 'net_assessment', 'cc02409d-b384-4469-ab25-948c577b5eba', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.834388+00', '[{"field":"assessedOn","new":"1999-09-20"},{"field":"phase","new":"pilot_projects"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"3"},{"field":"groupCohesionEvidence","new":"Common dyeing unit run by a rota of members."},{"field":"internalOrganizationScore","new":"3"},{"field":"strategicAnalysisScore","new":"2"},{"field":"strategicPlanningScore","new":"3"},{"field":"productionRestructuringScore","new":"2"},{"field":"economicPerformanceScore","new":"2"},{"field":"institutionalConnectionScore","new":"3"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('4cbb2265-b3fd-4d46-ae6a-6d17d35b8259', 'network', '4e31ff7c-3b1d-4e69-8f2f-c31914e63e79', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.845439+00', '[{"field":"name","new":"Thiès food processors'' network (illustrative)"},{"field":"kind","new":"horizontal"},{"field":"country","new":"SN"},{"field":"projectId","new":"c0d62d6a-93ab-42f7-bb63-2d9cdfac70bf"},{"field":"phase","new":"strategic_planning"},{"field":"formedOn","new":"2001-03-01"},{"field":"legalForm","new":"association"},{"field":"description","new":"Networks organise the private sector from the base and strengthen its representative associations. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('54afaf0b-4bea-4bb2-a85e-0cd0bb6ee57d', 'net_assessment', 'b7ffe429-4b98-43d9-895b-278c397e007b', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.850225+00', '[{"new":"2002-02-15","field":"assessedOn"},{"new":"strategic_planning","field":"phase"},{"new":"Network broker (illustrative)","field":"assessor"},{"new":"1","field":"scaleMin"},{"new":"5","field":"scaleMax"},{"new":"3","field":"groupCohesionScore"},{"new":"Members meet monthly; plan drafted.","field":"groupCohesionEvidence"},{"new":"2","field":"internalOrganizationScore"},{"new":"2","field":"strategicAnalysisScore"},{"new":"2","field":"strategicPlanningScore"},{"new":"1","field":"productionRestructuringScore"},{"new":"1","field":"economicPerformanceScore"},{"new":"3","field":"institutionalConnectionScore"},{"new":"yes","field":"dependsOnBroker"}]');
INSERT INTO public.audit_entries VALUES ('a64bb770-4cf7-49b6-9879-458fa7151040', 'network', 'dbbecdd4-041b-4691-a97d-415f4edaa10a', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.860571+00', '[{"field":"name","new":"Bulawayo metalworkers'' network (illustrative)"},{"field":"kind","new":"horizontal"},{"field":"country","new":"ZW"},{"field":"projectId","new":"34904f96-a0ea-44da-aefd-beee09a616ba"},{"field":"phase","new":"pilot_projects"},{"field":"formedOn","new":"2001-05-01"},{"field":"legalForm","new":"informal"},{"field":"description","new":"The network organises its members'' demand for business development services so that providers upgrade them. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('4aa4ba65-c301-49f4-ba1a-7ba688704577', 'net_assessment', 'ab6f4083-af78-44e3-9917-618491447fe8', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.865991+00', '[{"new":"2002-02-15","field":"assessedOn"},{"new":"pilot_projects","field":"phase"},{"new":"Network broker (illustrative)","field":"assessor"},{"new":"1","field":"scaleMin"},{"new":"5","field":"scaleMax"},{"new":"4","field":"groupCohesionScore"},{"new":"Joint welding course bought from a local provider.","field":"groupCohesionEvidence"},{"new":"3","field":"internalOrganizationScore"},{"new":"3","field":"strategicAnalysisScore"},{"new":"3","field":"strategicPlanningScore"},{"new":"3","field":"productionRestructuringScore"},{"new":"2","field":"economicPerformanceScore"},{"new":"4","field":"institutionalConnectionScore"},{"new":"yes","field":"dependsOnBroker"}]');
INSERT INTO public.audit_entries VALUES ('cd9f29d6-13c6-4b22-8a33-921c0ef717b5', 'actor', '3f0dc966-ebbb-4eb1-87d0-2c00fd4f925d', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.874557+00', '[{"new":"institution","field":"kind"},{"new":"Senegalese food processors'' association (illustrative)","field":"name"},{"new":"business_association","field":"institutionType"},{"new":"SN","field":"country"}]');
INSERT INTO public.audit_entries VALUES ('ec1db0bb-7a1f-4f13-9da9-32901ac47859', 'actor', '34c69354-a355-4253-8bea-d9600250fca9', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.881948+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Ministry in charge of SMEs, Senegal (illustrative)"},{"field":"institutionType","new":"government_agency"},{"field":"country","new":"SN"}]');
INSERT INTO public.audit_entries VALUES ('73ba0572-84da-4f21-8cbe-ed4d5b4dce76', 'actor', 'bca2f50c-aca5-4d5a-a9d4-ec9046197b59', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.888473+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Business service provider, Bulawayo (illustrative)"},{"field":"institutionType","new":"bds_provider"},{"field":"country","new":"ZW"}]');
INSERT INTO public.audit_entries VALUES ('cc1625ba-95de-4354-b324-5ce3ec2d1d5f', 'network_relation', '8929e0c5-fd14-4aa7-a7c6-a2eb53338a3a', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.896757+00', '[{"field":"type","new":"strengthens_association"},{"field":"actorId","new":"3f0dc966-ebbb-4eb1-87d0-2c00fd4f925d"},{"field":"since","new":"2001-09-01"}]');
INSERT INTO public.audit_entries VALUES ('a9f5fee7-8139-400f-8fdc-454f9fb8cc8b', 'network_relation', '87aec788-754d-43fa-8c01-a5ce72af6fd2', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.906753+00', '[{"field":"type","new":"feeds_policy_dialogue"},{"field":"actorId","new":"34c69354-a355-4253-8bea-d9600250fca9"},{"field":"since","new":"2002-01-15"}]');
INSERT INTO public.audit_entries VALUES ('6d23b2fd-6a13-4238-a88e-021d74956256', 'network_relation', '08687a04-7087-4f5b-8a92-b8493fd4d74f', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.915107+00', '[{"field":"type","new":"organises_service_demand"},{"field":"actorId","new":"bca2f50c-aca5-4d5a-a9d4-ec9046197b59"},{"field":"since","new":"2001-10-01"}]');
INSERT INTO public.audit_entries VALUES ('e5dbc51d-2bcd-497a-bb21-ba4031c45c55', 'network_relation', '77dca87a-707a-4a29-8e68-088e6541193f', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.923428+00', '[{"new":"strengthens_association","field":"type"},{"new":"d179849a-d62e-448c-939f-59c1100b5a3a","field":"actorId"},{"new":"1999-01-01","field":"since"}]');
INSERT INTO public.audit_entries VALUES ('6e3ca95b-9fba-47da-9e02-3e0836b6d54f', 'actor', 'f7bc1629-8f65-4db3-9fdd-dac9aade0035', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.933111+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Peanut grower and sheller (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"peanuts"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('a201a939-6197-4c96-a6c9-39ec248f4189', 'membership', '3ffc2433-70fb-4f29-9934-0b951a6951ec', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.942282+00', '[{"field":"actorId","new":"f7bc1629-8f65-4db3-9fdd-dac9aade0035"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('d4aacc78-5f4d-4f2a-95c1-c4129904becb', 'actor', 'ea1e6647-23fb-40be-abe9-299c2047830a', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.950695+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Plastic jar maker (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"plastic jars"},{"field":"employees","new":"15"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('7f7d9f8e-5ef3-44f6-98c7-0b9ff3d4aa5e', 'membership', 'f8986ac7-5707-4d0a-90c8-547099cf1922', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.960678+00', '[{"new":"ea1e6647-23fb-40be-abe9-299c2047830a","field":"actorId"},{"new":"supplier","field":"role"},{"new":"1999-06-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('29f68593-3d7d-4781-97bf-4e963468e5a9', 'network', 'b53eaad0-c6bd-4b8a-b8f6-81054057e353', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.971483+00', '[{"new":"Footwear supplier network","field":"name"},{"new":"vertical","field":"kind"},{"new":"NI","field":"country"},{"new":"5c8691f5-ff3a-4c74-a382-041d0040aa61","field":"projectId"},{"new":"supplier_evaluation","field":"phase"},{"new":"1999-06-01","field":"formedOn"},{"new":"A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('07e3bf2f-2703-435b-a4b9-c698e082a3ef', 'membership', 'dc8f7541-05da-423f-8b4c-31624939e6eb', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.981277+00', '[{"field":"actorId","new":"93112e47-5d09-4e46-b2b9-75a91405a2da"},{"field":"role","new":"client"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('45f7ce92-c658-4445-a4c7-af134d311546', 'actor', 'd47e86ad-4995-4a0a-912f-b273050f3f85', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.990352+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Shoemaker, Granada (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"leather shoes, sandals"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('a66ffdcc-f39f-452a-934e-b74893a0ffe9', 'membership', 'ac2e703b-c7d4-47d6-b5ae-7105544b455d', 'create', NULL, 'demo loader', '2026-12-01 10:59:58.99926+00', '[{"field":"actorId","new":"d47e86ad-4995-4a0a-912f-b273050f3f85"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('9b97164f-4526-4e06-9581-d288bfbd7d39', 'actor', '960cfca7-0360-4887-bb00-52ea290f53d6', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.007111+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Shoemaker, León (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"leather shoes"},{"field":"employees","new":"15"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('ac72c2bc-de84-4c76-b186-f4a1a2942823', 'membership', 'd5d24012-5a34-430c-97b3-0f8c2254a020', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.016368+00', '[{"field":"actorId","new":"960cfca7-0360-4887-bb00-52ea290f53d6"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('e5d7b531-84fd-470d-b8fc-e8dd2b20ef15', 'actor', '0693dbc4-07aa-4b78-be23-84f424e8495d', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.025203+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Shoemaker, Masaya (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"leather shoes"},{"field":"employees","new":"22"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('dd5da89a-3584-47f5-8138-0c3c091b8320', 'membership', '0763ce7c-5617-4bd4-b1de-e76e42da9c83', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.036705+00', '[{"field":"actorId","new":"0693dbc4-07aa-4b78-be23-84f424e8495d"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('5fceff89-9ce6-4685-9221-ef9235c82c08', 'network', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.051034+00', '[{"new":"Rum supplier network","field":"name"},{"new":"vertical","field":"kind"},{"new":"NI","field":"country"},{"new":"5c8691f5-ff3a-4c74-a382-041d0040aa61","field":"projectId"},{"new":"supplier_evaluation","field":"phase"},{"new":"1999-06-01","field":"formedOn"},{"new":"A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('362a367d-bf1e-4153-8ca8-97fc052cd893', 'membership', '9821ce33-3cce-4c59-8e40-b376167924c4', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.062841+00', '[{"new":"789d429a-c50a-490f-8f2b-6cc97de09fd6","field":"actorId"},{"new":"client","field":"role"},{"new":"1999-06-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('580596bf-1d6b-4d5d-9f9d-74f6d4bdf804', 'actor', 'd1740fe8-7e8d-4f63-9405-45567d95fa07', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.073168+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Label printer (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"labels"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('b7f9f65f-80b9-434c-ae0b-4eac4ad469f9', 'membership', '660c8503-979d-4f49-a053-2d20848a3959', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.083604+00', '[{"field":"actorId","new":"d1740fe8-7e8d-4f63-9405-45567d95fa07"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('3134442f-568c-4573-b951-07da998c917e', 'actor', 'ff6b8502-a227-455d-ac3d-708966afa7b3', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.091829+00', '[{"new":"enterprise","field":"kind"},{"new":"Plastic bottle maker (illustrative)","field":"name"},{"new":"NI","field":"country"},{"new":"plastic bottles","field":"products"},{"new":"15","field":"employees"},{"new":"small","field":"sizeClass"}]');
INSERT INTO public.audit_entries VALUES ('0c5918a0-e08b-4df0-8d28-31ed4a988cf4', 'membership', 'a294355d-7c03-4b44-8cd7-84dca03e0e12', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.101279+00', '[{"new":"ff6b8502-a227-455d-ac3d-708966afa7b3","field":"actorId"},{"new":"supplier","field":"role"},{"new":"1999-06-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('d108ab7f-0909-41d5-9000-7ae1a308a4d6', 'network', 'c4728f23-04af-48b2-9d79-61de99228d89', 'update', NULL, 'demo loader', '2026-12-01 10:59:59.535162+00', '[{"old":"round_tables","new":"detailed_analysis","field":"phase"}]');
INSERT INTO public.audit_entries VALUES ('78973412-bbd7-41b2-abd0-ae9ad2d60926', 'network', '36df1f8e-8cb6-44ec-8edd-df112631f0e2', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.112363+00', '[{"field":"name","new":"Ice cream and yoghurt supplier network"},{"field":"kind","new":"vertical"},{"field":"country","new":"NI"},{"field":"projectId","new":"5c8691f5-ff3a-4c74-a382-041d0040aa61"},{"field":"phase","new":"supplier_evaluation"},{"field":"formedOn","new":"1999-06-01"},{"field":"description","new":"A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('a05a47fb-ecfb-42f0-86bf-8814f1c20b10', 'membership', '5bb2379f-7921-4a69-af17-437e0a6502fe', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.123174+00', '[{"field":"actorId","new":"989b1fd7-e205-4a69-a8bd-329940ff4951"},{"field":"role","new":"client"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('4895f841-68ab-4935-a1e0-e935d67bd6a3', 'actor', '46b48b18-14a6-4a56-bd17-4ca56184036b', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.132896+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Cardboard box maker (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"cardboard boxes"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('78858675-d716-45d6-8c94-94e4af448b26', 'membership', '835e7415-8d08-4801-8ded-4ba300bda1d7', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.144324+00', '[{"field":"actorId","new":"46b48b18-14a6-4a56-bd17-4ca56184036b"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('5cedc572-28d9-4ae6-ab4f-a86a2673291c', 'actor', '316835c4-b1b8-4980-a330-7166847a247b', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.153853+00', '[{"new":"enterprise","field":"kind"},{"new":"Refrigeration service (illustrative)","field":"name"},{"new":"NI","field":"country"},{"new":"refrigeration maintenance","field":"products"},{"new":"15","field":"employees"},{"new":"small","field":"sizeClass"}]');
INSERT INTO public.audit_entries VALUES ('83252a4e-e22e-4856-8b97-a988a1321abf', 'membership', '56136003-69e3-4915-8aae-b814b8f897da', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.164471+00', '[{"field":"actorId","new":"316835c4-b1b8-4980-a330-7166847a247b"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('4f6f37d0-9711-4a28-9169-fcb3b9204422', 'client_profile', '09fdc526-a88a-457c-8f7f-95f0c75bc617', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.179509+00', '[{"field":"clientId","new":"989b1fd7-e205-4a69-a8bd-329940ff4951"},{"field":"qualityWeight","new":"10"},{"field":"deliveryWeight","new":"30"},{"field":"costWeight","new":"10"},{"field":"capacityWeight","new":"10"},{"field":"managementWeight","new":"10"},{"field":"technologyWeight","new":"10"},{"field":"financeWeight","new":"10"},{"field":"hseWeight","new":"10"},{"field":"products","new":"cardboard boxes, refrigeration maintenance"},{"field":"volumes","new":"Monthly orders (illustrative)"},{"field":"localShareBefore","new":"20"},{"field":"localShareNow","new":"45"},{"field":"minQuality","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('52d9cb16-3467-4f6b-81b1-0166d6fad459', 'supplier_evaluation', '070084cb-084d-4e01-b068-1f8ee4bc633e', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.194498+00', '[{"field":"supplierId","new":"46b48b18-14a6-4a56-bd17-4ca56184036b"},{"field":"evaluatedOn","new":"1999-07-10"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('2ce25997-0a69-4373-850e-0d44df1d238c', 'supplier_evaluation', '82e504e9-8cc0-4e70-a5b0-8ee9cdcdb5a9', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.208573+00', '[{"new":"316835c4-b1b8-4980-a330-7166847a247b","field":"supplierId"},{"new":"1999-07-11","field":"evaluatedOn"},{"new":"Linkage broker, CADIN (illustrative)","field":"evaluator"},{"new":"3","field":"qualityScore"},{"new":"3","field":"deliveryScore"},{"new":"Deliveries checked against the client''s records for three months.","field":"deliveryEvidence"},{"new":"3","field":"costScore"},{"new":"3","field":"capacityScore"},{"new":"2","field":"managementScore"},{"new":"3","field":"technologyScore"},{"new":"3","field":"financeScore"},{"new":"3","field":"hseScore"}]');
INSERT INTO public.audit_entries VALUES ('df4c09f3-c4b9-44e0-a7f7-d38ee54d6e8b', 'phase_decision', '889a95dc-2489-400b-92d3-e8e15ddf259e', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.236913+00', '[{"field":"decidedOn","new":"1999-07-30"},{"field":"fromPhase","new":"supplier_evaluation"},{"field":"toPhase","new":"round_tables"},{"field":"reason","new":"Suppliers evaluated"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('ded218cf-0936-40df-9b6c-2dc40cd76546', 'network', '36df1f8e-8cb6-44ec-8edd-df112631f0e2', 'update', NULL, 'demo loader', '2026-12-01 10:59:59.243088+00', '[{"old":"supplier_evaluation","new":"round_tables","field":"phase"}]');
INSERT INTO public.audit_entries VALUES ('b1794083-26f1-415a-86f6-66a43ed2a257', 'round_table', 'de5d6ecd-d36c-4952-b74c-a12ba975e151', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.254469+00', '[{"new":"Round table with the client","field":"title"},{"new":"1999-08-12","field":"heldOn"},{"new":"CADIN, Managua","field":"place"},{"new":"989b1fd7-e205-4a69-a8bd-329940ff4951, 46b48b18-14a6-4a56-bd17-4ca56184036b, 316835c4-b1b8-4980-a330-7166847a247b","field":"actorIds"},{"new":"3","field":"women"},{"new":"9","field":"men"},{"new":"Deliveries on the agreed day, Batches checked before shipping","field":"agreedRequirements"},{"new":"Production planning, Quality control, Stock of materials","field":"improvementAreas"}]');
INSERT INTO public.audit_entries VALUES ('2180c45e-d554-4904-bcc7-00e11238cbf8', 'client_profile', '06fad5fb-ea1e-4fcc-9316-f8a53c013ad4', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.269663+00', '[{"field":"clientId","new":"789d429a-c50a-490f-8f2b-6cc97de09fd6"},{"field":"qualityWeight","new":"10"},{"field":"deliveryWeight","new":"30"},{"field":"costWeight","new":"10"},{"field":"capacityWeight","new":"10"},{"field":"managementWeight","new":"10"},{"field":"technologyWeight","new":"10"},{"field":"financeWeight","new":"10"},{"field":"hseWeight","new":"10"},{"field":"products","new":"labels, plastic bottles"},{"field":"volumes","new":"Monthly orders (illustrative)"},{"field":"localShareBefore","new":"20"},{"field":"localShareNow","new":"45"},{"field":"minQuality","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('6901218c-2b50-4577-b46f-f0a4aa40e5e3', 'supplier_evaluation', '4898318f-08f0-491c-9247-7f62348fc767', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.279833+00', '[{"field":"supplierId","new":"d1740fe8-7e8d-4f63-9405-45567d95fa07"},{"field":"evaluatedOn","new":"1999-07-10"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"certifications","new":"FSC"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('a46ff27c-ee1a-40dc-939d-ed2b12a2e3a0', 'supplier_evaluation', '55a9424f-9f8a-434a-a919-4cce571ea185', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.291511+00', '[{"new":"ff6b8502-a227-455d-ac3d-708966afa7b3","field":"supplierId"},{"new":"1999-07-11","field":"evaluatedOn"},{"new":"Linkage broker, CADIN (illustrative)","field":"evaluator"},{"new":"3","field":"qualityScore"},{"new":"3","field":"deliveryScore"},{"new":"Deliveries checked against the client''s records for three months.","field":"deliveryEvidence"},{"new":"3","field":"costScore"},{"new":"3","field":"capacityScore"},{"new":"2","field":"managementScore"},{"new":"3","field":"technologyScore"},{"new":"3","field":"financeScore"},{"new":"3","field":"hseScore"}]');
INSERT INTO public.audit_entries VALUES ('f2455f55-f64b-4207-ba70-9424eed39538', 'phase_decision', '22afe22b-c2ed-4d71-bebd-d09229849246', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.313468+00', '[{"new":"1999-07-30","field":"decidedOn"},{"new":"supplier_evaluation","field":"fromPhase"},{"new":"round_tables","field":"toPhase"},{"new":"Suppliers evaluated","field":"reason"},{"new":"no","field":"override"}]');
INSERT INTO public.audit_entries VALUES ('34901dc5-ab89-4c02-af93-a512c7b772ed', 'network', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', 'update', NULL, 'demo loader', '2026-12-01 10:59:59.318775+00', '[{"old":"supplier_evaluation","new":"round_tables","field":"phase"}]');
INSERT INTO public.audit_entries VALUES ('fb6be827-40a1-446c-ad7d-e5cab8e06b6b', 'phase_decision', 'ead867fd-fc71-4211-9b0d-e7f1d83ec2d4', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.561693+00', '[{"field":"decidedOn","new":"1999-09-10"},{"field":"fromPhase","new":"detailed_analysis"},{"field":"toPhase","new":"improvement_plan"},{"field":"reason","new":"Areas of improvement identified"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('b843d57c-e85e-4b53-82e8-7d3679c3e0e2', 'round_table', '93ee2b14-d581-4c73-8aeb-6a7e4a5f7335', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.329132+00', '[{"field":"title","new":"Round table with the client"},{"field":"heldOn","new":"1999-08-12"},{"field":"place","new":"CADIN, Managua"},{"field":"actorIds","new":"789d429a-c50a-490f-8f2b-6cc97de09fd6, d1740fe8-7e8d-4f63-9405-45567d95fa07, ff6b8502-a227-455d-ac3d-708966afa7b3"},{"field":"women","new":"3"},{"field":"men","new":"9"},{"field":"agreedRequirements","new":"Deliveries on the agreed day, Batches checked before shipping"},{"field":"improvementAreas","new":"Production planning, Quality control, Stock of materials"}]');
INSERT INTO public.audit_entries VALUES ('a33c7dec-bf95-476e-99a4-f07efbfee463', 'client_profile', 'f5ef4c9e-1b86-4ea8-8dfe-9d86ea421672', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.343444+00', '[{"new":"4081daeb-25a8-4cb1-a793-e793421c4357","field":"clientId"},{"new":"12.5","field":"qualityWeight"},{"new":"12.5","field":"deliveryWeight"},{"new":"12.5","field":"costWeight"},{"new":"12.5","field":"capacityWeight"},{"new":"12.5","field":"managementWeight"},{"new":"12.5","field":"technologyWeight"},{"new":"12.5","field":"financeWeight"},{"new":"12.5","field":"hseWeight"},{"new":"peanuts, plastic jars","field":"products"},{"new":"Monthly orders (illustrative)","field":"volumes"},{"new":"20","field":"localShareBefore"},{"new":"30","field":"localShareNow"},{"new":"3","field":"minQuality"}]');
INSERT INTO public.audit_entries VALUES ('2fdc8525-c056-4eb9-8a01-6ed7fbdc3595', 'supplier_evaluation', '7254ba1d-19cf-4c33-b5c2-f326ce23c7be', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.354373+00', '[{"field":"supplierId","new":"f7bc1629-8f65-4db3-9fdd-dac9aade0035"},{"field":"evaluatedOn","new":"1999-07-10"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('25541dac-2577-48eb-b569-3b8fdd46fa8f', 'supplier_evaluation', '641c6e50-75e5-4733-b084-1d453a5afd48', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.36513+00', '[{"field":"supplierId","new":"ea1e6647-23fb-40be-abe9-299c2047830a"},{"field":"evaluatedOn","new":"1999-07-11"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"3"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('5a13a8c4-97cb-4358-81a0-f4c670c53e9a', 'phase_decision', 'ab0dff12-e1e1-4af0-9e56-0b893f7fd447', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.389975+00', '[{"field":"decidedOn","new":"1999-07-30"},{"field":"fromPhase","new":"supplier_evaluation"},{"field":"toPhase","new":"round_tables"},{"field":"reason","new":"Suppliers evaluated"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('1a214e98-1b06-4bd2-a016-aca2fd996dd5', 'network', 'c4728f23-04af-48b2-9d79-61de99228d89', 'update', NULL, 'demo loader', '2026-12-01 10:59:59.396115+00', '[{"old":"supplier_evaluation","new":"round_tables","field":"phase"}]');
INSERT INTO public.audit_entries VALUES ('e7d53e21-8392-4176-82b2-5a0368b34c82', 'round_table', 'ace1375d-9963-4d47-aa57-31db8f117cda', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.407355+00', '[{"new":"Round table with the client","field":"title"},{"new":"1999-08-12","field":"heldOn"},{"new":"CADIN, Managua","field":"place"},{"new":"4081daeb-25a8-4cb1-a793-e793421c4357, f7bc1629-8f65-4db3-9fdd-dac9aade0035, ea1e6647-23fb-40be-abe9-299c2047830a","field":"actorIds"},{"new":"3","field":"women"},{"new":"9","field":"men"},{"new":"Deliveries on the agreed day, Batches checked before shipping","field":"agreedRequirements"},{"new":"Production planning, Quality control, Stock of materials","field":"improvementAreas"}]');
INSERT INTO public.audit_entries VALUES ('964e8e4b-608b-43f6-bc8c-ba7f53c05287', 'client_profile', 'd04d4392-1726-45a5-bcba-8cd72eaf1b5c', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.423265+00', '[{"field":"clientId","new":"93112e47-5d09-4e46-b2b9-75a91405a2da"},{"field":"qualityWeight","new":"12.5"},{"field":"deliveryWeight","new":"12.5"},{"field":"costWeight","new":"12.5"},{"field":"capacityWeight","new":"12.5"},{"field":"managementWeight","new":"12.5"},{"field":"technologyWeight","new":"12.5"},{"field":"financeWeight","new":"12.5"},{"field":"hseWeight","new":"12.5"},{"field":"products","new":"leather shoes, sandals"},{"field":"volumes","new":"Monthly orders (illustrative)"},{"field":"localShareBefore","new":"20"},{"field":"localShareNow","new":"30"},{"field":"minQuality","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('edb082e6-c160-4523-9b9f-18696855b3b6', 'supplier_evaluation', 'f8a3c556-c86f-4b0f-957f-d91746562744', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.434743+00', '[{"field":"supplierId","new":"d47e86ad-4995-4a0a-912f-b273050f3f85"},{"field":"evaluatedOn","new":"1999-07-10"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('6f2ed177-5f6a-4999-bdf0-36ecdc16df3e', 'supplier_evaluation', 'c4272479-1e22-4f39-8323-6c07fd96215b', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.445831+00', '[{"new":"960cfca7-0360-4887-bb00-52ea290f53d6","field":"supplierId"},{"new":"1999-07-11","field":"evaluatedOn"},{"new":"Linkage broker, CADIN (illustrative)","field":"evaluator"},{"new":"3","field":"qualityScore"},{"new":"3","field":"deliveryScore"},{"new":"Deliveries checked against the client''s records for three months.","field":"deliveryEvidence"},{"new":"3","field":"costScore"},{"new":"3","field":"capacityScore"},{"new":"2","field":"managementScore"},{"new":"3","field":"technologyScore"},{"new":"3","field":"financeScore"},{"new":"3","field":"hseScore"}]');
INSERT INTO public.audit_entries VALUES ('7f76a2f2-87b3-42e3-8ecf-b89ca66166d4', 'supplier_evaluation', '3d83e673-d415-42c4-bc90-35500126ad7c', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.457072+00', '[{"field":"supplierId","new":"0693dbc4-07aa-4b78-be23-84f424e8495d"},{"field":"evaluatedOn","new":"1999-07-12"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('664b3b1b-ba99-4bc8-9553-804ec9ec3402', 'phase_decision', 'cd0fe5cb-1e96-466c-9984-1b25f1c188e2', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.483554+00', '[{"new":"1999-07-30","field":"decidedOn"},{"new":"supplier_evaluation","field":"fromPhase"},{"new":"round_tables","field":"toPhase"},{"new":"Suppliers evaluated","field":"reason"},{"new":"no","field":"override"}]');
INSERT INTO public.audit_entries VALUES ('6f8d9514-390b-4008-8ce0-47bb27b58841', 'network', 'b53eaad0-c6bd-4b8a-b8f6-81054057e353', 'update', NULL, 'demo loader', '2026-12-01 10:59:59.489771+00', '[{"field":"phase","new":"round_tables","old":"supplier_evaluation"}]');
INSERT INTO public.audit_entries VALUES ('49fb7f0a-fadd-494d-9369-6035f1cb3e8e', 'round_table', '4103f50f-fb23-42e1-8571-ad03fba16a9a', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.501816+00', '[{"new":"Round table with the client","field":"title"},{"new":"1999-08-12","field":"heldOn"},{"new":"CADIN, Managua","field":"place"},{"new":"93112e47-5d09-4e46-b2b9-75a91405a2da, d47e86ad-4995-4a0a-912f-b273050f3f85, 960cfca7-0360-4887-bb00-52ea290f53d6, 0693dbc4-07aa-4b78-be23-84f424e8495d","field":"actorIds"},{"new":"3","field":"women"},{"new":"9","field":"men"},{"new":"Deliveries on the agreed day, Batches checked before shipping","field":"agreedRequirements"},{"new":"Production planning, Quality control, Stock of materials","field":"improvementAreas"}]');
INSERT INTO public.audit_entries VALUES ('487e5638-b826-42a2-8251-e8243a48a88b', 'phase_decision', 'bf59bcf7-0432-4239-bf7d-6e33db20d0dd', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.528408+00', '[{"field":"decidedOn","new":"1999-08-20"},{"field":"fromPhase","new":"round_tables"},{"field":"toPhase","new":"detailed_analysis"},{"field":"reason","new":"The client''s requirements agreed"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('cb62efd8-534d-45c4-9f68-f73f93cec89f', 'improvement_plan', '1bfa4131-5ca1-4e0d-a1b4-79bc21b50c49', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.581981+00', '[{"field":"firmId","new":"4081daeb-25a8-4cb1-a793-e793421c4357"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('912c5a27-f792-45fa-99ad-0247d83143ea', 'improvement_action', '5c2862cf-4837-4e02-836b-56571534ace5', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.592237+00', '[{"field":"planId","new":"1bfa4131-5ca1-4e0d-a1b4-79bc21b50c49"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('a449980b-ce1b-4219-80cb-5ca023dce148', 'improvement_action', 'd52d8ae4-532e-447f-a85c-d26658b03574', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.602795+00', '[{"field":"planId","new":"1bfa4131-5ca1-4e0d-a1b4-79bc21b50c49"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"in_progress"}]');
INSERT INTO public.audit_entries VALUES ('56a99077-bda8-4c08-84d1-60e020cc0caf', 'improvement_action', '00895443-f92b-494e-baaf-f93a9add8f97', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.612029+00', '[{"field":"planId","new":"1bfa4131-5ca1-4e0d-a1b4-79bc21b50c49"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('408e172e-2632-40d4-897e-a126750f3538', 'improvement_action', '9d2d181f-ac16-4054-b799-d6a6d6e89927', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.620994+00', '[{"new":"1bfa4131-5ca1-4e0d-a1b4-79bc21b50c49","field":"planId"},{"new":"total_quality","field":"category"},{"new":"Batch checks before shipping","field":"title"},{"new":"Owner of the firm","field":"owner"},{"new":"2000-01-15","field":"startOn"},{"new":"2000-02-28","field":"endOn"},{"new":"planned","field":"status"}]');
INSERT INTO public.audit_entries VALUES ('9fe31241-bfd3-47bf-b2c2-a646f7656d63', 'improvement_action', 'c5cd3e7c-4ab5-4a97-95f0-314136821ab3', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.629509+00', '[{"new":"1bfa4131-5ca1-4e0d-a1b4-79bc21b50c49","field":"planId"},{"new":"investment","field":"category"},{"new":"Small equipment","field":"title"},{"new":"Owner of the firm","field":"owner"},{"new":"2000-03-01","field":"startOn"},{"new":"2000-03-31","field":"endOn"},{"new":"3000","field":"cost"},{"new":"recipient","field":"payer"},{"new":"planned","field":"status"}]');
INSERT INTO public.audit_entries VALUES ('2c9de834-a8a5-4157-aa7d-730e60ce82fa', 'improvement_plan', 'fb6a2c8b-81c1-4ca5-8d96-8d3db265e6eb', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.638719+00', '[{"field":"firmId","new":"f7bc1629-8f65-4db3-9fdd-dac9aade0035"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('0e7162c6-8e03-4168-a431-4f2c90351e22', 'improvement_action', '55cb68f3-9ff5-4cb2-983c-942ce0046890', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.64728+00', '[{"field":"planId","new":"fb6a2c8b-81c1-4ca5-8d96-8d3db265e6eb"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('21731576-b1c7-49ad-a197-3a0fb54b2557', 'improvement_action', '8db2677c-2ea3-4897-be3b-db121173b996', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.655973+00', '[{"field":"planId","new":"fb6a2c8b-81c1-4ca5-8d96-8d3db265e6eb"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"in_progress"}]');
INSERT INTO public.audit_entries VALUES ('ba7ca75e-7912-4bd5-889a-cdc035791108', 'improvement_action', '3fcafcaf-230d-4df1-85fe-4b444a38ef7d', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.664924+00', '[{"field":"planId","new":"fb6a2c8b-81c1-4ca5-8d96-8d3db265e6eb"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('cc8bdab6-3267-4e7c-9097-e355ffd1d5c8', 'improvement_action', '4b49126f-6e18-4c3e-9a3f-ae29922259ee', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.673224+00', '[{"new":"fb6a2c8b-81c1-4ca5-8d96-8d3db265e6eb","field":"planId"},{"new":"total_quality","field":"category"},{"new":"Batch checks before shipping","field":"title"},{"new":"Owner of the firm","field":"owner"},{"new":"2000-01-15","field":"startOn"},{"new":"2000-02-28","field":"endOn"},{"new":"planned","field":"status"}]');
INSERT INTO public.audit_entries VALUES ('b38cb89f-6ad6-401c-b504-d8a4befd288d', 'improvement_action', '3f095643-a70b-47e2-b902-c20e4997bda0', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.681969+00', '[{"field":"planId","new":"fb6a2c8b-81c1-4ca5-8d96-8d3db265e6eb"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('7487fef0-f86a-45b8-8b4a-aedf90d10b71', 'improvement_plan', 'caf4379e-19f9-4fb6-82a0-cbea887a9ab4', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.69123+00', '[{"field":"firmId","new":"ea1e6647-23fb-40be-abe9-299c2047830a"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('a8cc2dc5-c2ec-4b9f-b0c7-a22e3cada51a', 'improvement_action', '9d5c119e-2b9e-47f5-b1fd-9cae0d8a5315', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.698865+00', '[{"field":"planId","new":"caf4379e-19f9-4fb6-82a0-cbea887a9ab4"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('77afa000-d69f-4795-8e7f-6fb1cd509168', 'improvement_action', '31eb877e-f1ac-4896-846e-73b2592fb0e6', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.706785+00', '[{"field":"planId","new":"caf4379e-19f9-4fb6-82a0-cbea887a9ab4"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"in_progress"}]');
INSERT INTO public.audit_entries VALUES ('1f4261c3-79cc-4eb4-a16b-d03010523d7c', 'improvement_action', '8e363c68-7401-4ff3-bfbb-272146c2c799', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.714773+00', '[{"new":"caf4379e-19f9-4fb6-82a0-cbea887a9ab4","field":"planId"},{"new":"inventory","field":"category"},{"new":"Stock of materials reduced to two weeks","field":"title"},{"new":"Owner of the firm","field":"owner"},{"new":"1999-12-01","field":"startOn"},{"new":"2000-01-31","field":"endOn"},{"new":"planned","field":"status"}]');
INSERT INTO public.audit_entries VALUES ('9930f23b-9640-49af-aae2-1f690b421d4f', 'improvement_action', '8429c5f6-afa2-4730-ba4a-464388870759', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.723066+00', '[{"field":"planId","new":"caf4379e-19f9-4fb6-82a0-cbea887a9ab4"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('74e0225a-278f-430f-a94d-f3669519570c', 'improvement_action', 'ccf72aa1-2676-4ae0-93df-dadae5c7c6c0', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.730806+00', '[{"new":"caf4379e-19f9-4fb6-82a0-cbea887a9ab4","field":"planId"},{"new":"investment","field":"category"},{"new":"Small equipment","field":"title"},{"new":"Owner of the firm","field":"owner"},{"new":"2000-03-01","field":"startOn"},{"new":"2000-03-31","field":"endOn"},{"new":"3000","field":"cost"},{"new":"recipient","field":"payer"},{"new":"planned","field":"status"}]');
INSERT INTO public.audit_entries VALUES ('7513bcd4-750a-4faa-9ebf-93c38b377869', 'phase_decision', '44308356-d3a7-40e9-a95b-8b30f96f45bb', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.75234+00', '[{"new":"1999-08-20","field":"decidedOn"},{"new":"round_tables","field":"fromPhase"},{"new":"detailed_analysis","field":"toPhase"},{"new":"The client''s requirements agreed","field":"reason"},{"new":"no","field":"override"}]');
INSERT INTO public.audit_entries VALUES ('d4856c30-9c45-4189-9e93-32f2eb113153', 'network', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', 'update', NULL, 'demo loader', '2026-12-01 10:59:59.757591+00', '[{"field":"phase","old":"round_tables","new":"detailed_analysis"}]');
INSERT INTO public.audit_entries VALUES ('da73ef40-deab-4cba-a384-1309cdc698c9', 'phase_decision', '9bcc31f7-9704-4968-a93a-b2caa7b384b4', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.778752+00', '[{"field":"decidedOn","new":"1999-09-10"},{"field":"fromPhase","new":"detailed_analysis"},{"field":"toPhase","new":"improvement_plan"},{"field":"reason","new":"Areas of improvement identified"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('3adc569b-6ad4-4a68-ba28-d860547eff89', 'network', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', 'update', NULL, 'demo loader', '2026-12-01 10:59:59.784379+00', '[{"old":"detailed_analysis","field":"phase","new":"improvement_plan"}]');
INSERT INTO public.audit_entries VALUES ('d5b2d9c3-e53d-4f69-9e0b-088b6a8b3156', 'improvement_plan', '9dabc517-822f-4fe0-b10a-babf737e09a1', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.793367+00', '[{"field":"firmId","new":"789d429a-c50a-490f-8f2b-6cc97de09fd6"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('74233c63-2ef7-47fd-b5e1-65c9bdf3d297', 'improvement_action', '25f6fe19-a6ce-45a4-8aa5-cb53c86b7dba', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.8017+00', '[{"field":"planId","new":"9dabc517-822f-4fe0-b10a-babf737e09a1"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('df79d7d5-bf93-4c3e-abfe-00340da3592d', 'improvement_action', 'afd02dba-20e5-4af7-bfbe-b75006ff969f', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.80991+00', '[{"field":"planId","new":"9dabc517-822f-4fe0-b10a-babf737e09a1"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('d5d67e32-c361-499b-b21a-32403da0e6b8', 'improvement_action', '0e205a0c-90f3-46a4-91c8-c81f6cba9882', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.81861+00', '[{"new":"9dabc517-822f-4fe0-b10a-babf737e09a1","field":"planId"},{"new":"inventory","field":"category"},{"new":"Stock of materials reduced to two weeks","field":"title"},{"new":"Owner of the firm","field":"owner"},{"new":"1999-12-01","field":"startOn"},{"new":"2000-01-31","field":"endOn"},{"new":"done","field":"status"}]');
INSERT INTO public.audit_entries VALUES ('b0de17ea-3f50-4e4e-b572-2ca77c2da836', 'improvement_action', '3a8ec36b-b636-4d7b-abdf-dec601c6fd08', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.827474+00', '[{"field":"planId","new":"9dabc517-822f-4fe0-b10a-babf737e09a1"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('96b277ae-201a-4de5-8664-c6e62511a9cb', 'improvement_action', '7c76f124-70a2-40cf-b812-f1a3decf118b', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.836105+00', '[{"field":"planId","new":"9dabc517-822f-4fe0-b10a-babf737e09a1"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('89303640-b84a-4920-ad15-f9baaa97772b', 'improvement_plan', '29cdc0cd-a37f-4287-a3b4-33530d8d0f1b', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.8454+00', '[{"field":"firmId","new":"d1740fe8-7e8d-4f63-9405-45567d95fa07"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('baf73415-5480-40f3-9483-33c24da71878', 'improvement_action', '1b892077-09a2-4cec-b3f3-a9a387b424f0', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.854397+00', '[{"field":"planId","new":"29cdc0cd-a37f-4287-a3b4-33530d8d0f1b"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('44788dcc-a736-4862-b155-74349f35d819', 'improvement_action', '2015afdd-cbc3-47b6-af4d-e9f97b0d1e3f', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.862689+00', '[{"new":"29cdc0cd-a37f-4287-a3b4-33530d8d0f1b","field":"planId"},{"new":"process_layout","field":"category"},{"new":"New layout of the workshop","field":"title"},{"new":"Owner of the firm","field":"owner"},{"new":"1999-11-01","field":"startOn"},{"new":"1999-12-15","field":"endOn"},{"new":"done","field":"status"}]');
INSERT INTO public.audit_entries VALUES ('c63e7986-d54a-4058-8006-42991b25d70d', 'improvement_action', '09eb1f62-7536-415a-ba87-c6db7903adc4', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.8714+00', '[{"field":"planId","new":"29cdc0cd-a37f-4287-a3b4-33530d8d0f1b"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('e01a4fc1-3946-4ebb-903f-b7f160dac3d6', 'improvement_action', 'fe3887b7-b594-43fe-b36c-3f3b20b8083b', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.879705+00', '[{"field":"planId","new":"29cdc0cd-a37f-4287-a3b4-33530d8d0f1b"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('b8353d37-cb10-4059-9521-491eaa5fb46c', 'improvement_action', 'f162990d-2e16-42db-9d3b-dbe5198aa38e', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.888598+00', '[{"field":"planId","new":"29cdc0cd-a37f-4287-a3b4-33530d8d0f1b"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('9efe65c0-5d01-43f8-9805-fca4cd22fb05', 'improvement_plan', '9b8d4463-7c33-475d-8353-77064fe711f1', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.897267+00', '[{"new":"ff6b8502-a227-455d-ac3d-708966afa7b3","field":"firmId"},{"new":"1999-10-01","field":"startOn"},{"new":"2000-03-31","field":"endOn"},{"new":"Deliver on time, Halve rejected batches","field":"objectives"}]');
INSERT INTO public.audit_entries VALUES ('b8574547-3978-4c57-adc1-bc3bd58d1fd0', 'improvement_action', '63d41fe7-9610-4bad-af70-c367a828fcac', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.905116+00', '[{"new":"9b8d4463-7c33-475d-8353-77064fe711f1","field":"planId"},{"new":"training","field":"category"},{"new":"Leadership, teamwork and planning course","field":"title"},{"new":"Owner of the firm","field":"owner"},{"new":"1999-10-01","field":"startOn"},{"new":"1999-10-31","field":"endOn"},{"new":"800","field":"cost"},{"new":"donors","field":"payer"},{"new":"done","field":"status"}]');
INSERT INTO public.audit_entries VALUES ('25f51cc9-35ac-4118-b6b9-6b7ee353d420', 'improvement_action', 'b1822f72-c3e3-431e-b0c1-f4f817f336a3', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.913349+00', '[{"field":"planId","new":"9b8d4463-7c33-475d-8353-77064fe711f1"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('e44ce4fc-7992-4601-834e-87731327db14', 'improvement_action', '409a42a3-0ce3-4225-ab1e-18779c26b3cb', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.92086+00', '[{"new":"9b8d4463-7c33-475d-8353-77064fe711f1","field":"planId"},{"new":"inventory","field":"category"},{"new":"Stock of materials reduced to two weeks","field":"title"},{"new":"Owner of the firm","field":"owner"},{"new":"1999-12-01","field":"startOn"},{"new":"2000-01-31","field":"endOn"},{"new":"done","field":"status"}]');
INSERT INTO public.audit_entries VALUES ('f8adf90b-c4d6-4d96-82bb-f5ea4255b972', 'improvement_action', 'a3d77378-e7fd-411c-80d7-8b3797d1f106', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.931046+00', '[{"field":"planId","new":"9b8d4463-7c33-475d-8353-77064fe711f1"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('63206cd8-195d-45f8-bfc2-5bd67b78390e', 'improvement_action', 'a512d75a-f825-41bc-8d14-c68364482a19', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.941207+00', '[{"field":"planId","new":"9b8d4463-7c33-475d-8353-77064fe711f1"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('28d6d6ed-326a-415d-8515-f7d78d2338c3', 'linkage_unit', '8abb056c-283e-4b6b-93f5-154ab87c4ccd', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.951771+00', '[{"field":"name","new":"Vertical Linkages Unit"},{"field":"hostInstitutionId","new":"2ea536c8-dbb8-496a-835d-af11015af318"},{"field":"establishedOn","new":"1999-03-01"},{"field":"package","new":"Supplier evaluation, round tables, detailed analysis and integrated improvement plans for a client and its suppliers."}]');
INSERT INTO public.audit_entries VALUES ('1a9006f9-13f3-4e00-befb-a1d419999f43', 'fee_year', '4f96330c-078d-493c-b465-e32b185d007b', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.959786+00', '[{"new":"1999","field":"year"},{"new":"4","field":"packages"},{"new":"200","field":"fee"},{"new":"1000","field":"unitCost"},{"new":"800","field":"invoiced"},{"new":"800","field":"paid"}]');
INSERT INTO public.audit_entries VALUES ('aab835db-432a-456d-9f38-dbd6f9bf1e96', 'fee_year', '460b5b98-a11a-4aa9-91ab-31884d17d9b3', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.968703+00', '[{"field":"year","new":"2000"},{"field":"packages","new":"6"},{"field":"fee","new":"400"},{"field":"unitCost","new":"1000"},{"field":"invoiced","new":"2400"},{"field":"paid","new":"2000"}]');
INSERT INTO public.audit_entries VALUES ('500abe8e-edf1-45e9-ab96-8363d0027ecd', 'fee_year', '66356727-354c-4f29-a12f-3f8d338bc3c1', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.975045+00', '[{"field":"year","new":"2001"},{"field":"packages","new":"8"},{"field":"fee","new":"700"},{"field":"unitCost","new":"1000"},{"field":"invoiced","new":"5600"},{"field":"paid","new":"5600"}]');
INSERT INTO public.audit_entries VALUES ('d72f1b5d-ba3d-47d1-81ff-3cc168513e3f', 'fee_year', 'b62dfa78-5bbb-4224-829e-33be906cb631', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.980621+00', '[{"field":"year","new":"2002"},{"field":"packages","new":"10"},{"field":"fee","new":"1000"},{"field":"unitCost","new":"1000"},{"field":"invoiced","new":"10000"},{"field":"paid","new":"9000"}]');
INSERT INTO public.audit_entries VALUES ('ed5d504b-2b66-4042-9e8b-38cefdd77cb1', 'result', '4399c50b-91a4-42c8-927d-ec4a3436e209', 'create', NULL, 'demo loader', '2026-12-01 10:59:59.995671+00', '[{"new":"4ba9d0be-72d1-48b0-8768-92ca67721e52","field":"indicatorId"},{"new":"baseline","field":"kind"},{"new":"f7bc1629-8f65-4db3-9fdd-dac9aade0035","field":"actorId"},{"new":"1999-09-30","field":"observedOn"},{"new":"55","field":"value"}]');
INSERT INTO public.audit_entries VALUES ('fd3a1a8e-cf52-45db-b126-2a063c9c81ef', 'result', 'a9420ee7-a470-4301-915f-9ae2edb7f6a7', 'create', NULL, 'demo loader', '2026-12-01 11:00:00.008174+00', '[{"field":"indicatorId","new":"4ba9d0be-72d1-48b0-8768-92ca67721e52"},{"field":"kind","new":"target"},{"field":"actorId","new":"f7bc1629-8f65-4db3-9fdd-dac9aade0035"},{"field":"observedOn","new":"2000-03-31"},{"field":"value","new":"90"}]');
INSERT INTO public.audit_entries VALUES ('40ba6fe6-a8fc-4f76-93bd-9c1581cc9838', 'result', 'da8e140e-4877-4bb4-b0cd-7672791bdd29', 'create', NULL, 'demo loader', '2026-12-01 11:00:00.021033+00', '[{"new":"4ba9d0be-72d1-48b0-8768-92ca67721e52","field":"indicatorId"},{"new":"measurement","field":"kind"},{"new":"f7bc1629-8f65-4db3-9fdd-dac9aade0035","field":"actorId"},{"new":"1999-12-31","field":"observedOn"},{"new":"75","field":"value"}]');
INSERT INTO public.audit_entries VALUES ('f44a0b05-b2e4-48d1-aac2-1408ad3b52a2', 'result', 'd85e6a7c-c60b-48a1-9afc-65c81356805b', 'create', NULL, 'demo loader', '2026-12-01 11:00:00.036404+00', '[{"field":"indicatorId","new":"a86e95cb-65c5-40c5-92d2-044492611f5a"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"f7bc1629-8f65-4db3-9fdd-dac9aade0035"},{"field":"observedOn","new":"1999-09-30"},{"field":"value","new":"12"}]');
INSERT INTO public.audit_entries VALUES ('a005a236-50ff-46aa-8599-a87427acfe6c', 'result', '40aebca5-bfdc-4a55-afd8-671738642fb7', 'create', NULL, 'demo loader', '2026-12-01 11:00:00.047752+00', '[{"new":"a86e95cb-65c5-40c5-92d2-044492611f5a","field":"indicatorId"},{"new":"target","field":"kind"},{"new":"f7bc1629-8f65-4db3-9fdd-dac9aade0035","field":"actorId"},{"new":"2000-03-31","field":"observedOn"},{"new":"5","field":"value"}]');
INSERT INTO public.audit_entries VALUES ('17b4fcb4-d640-444e-9315-80300720379a', 'result', 'b2da0b07-dba3-4a88-bee3-eda81b952433', 'create', NULL, 'demo loader', '2026-12-01 11:00:00.059389+00', '[{"field":"indicatorId","new":"a86e95cb-65c5-40c5-92d2-044492611f5a"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"f7bc1629-8f65-4db3-9fdd-dac9aade0035"},{"field":"observedOn","new":"1999-12-31"},{"field":"value","new":"9"}]');
INSERT INTO public.audit_entries VALUES ('eccf21bf-1954-4946-8b2d-d4bf9681afc0', 'supplier_evaluation', '638a6b68-d31c-4b40-8f7b-b88b19e08588', 'create', NULL, 'demo loader', '2026-12-01 11:00:00.068021+00', '[{"field":"supplierId","new":"d1740fe8-7e8d-4f63-9405-45567d95fa07"},{"field":"evaluatedOn","new":"2000-03-15"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"certifications","new":"FSC"},{"field":"qualityScore","new":"4"},{"field":"deliveryScore","new":"4"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"4"},{"field":"managementScore","new":"3"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"4"}]');
INSERT INTO public.audit_entries VALUES ('20bba5dd-3e6a-470e-870a-5968393caa5b', 'phase_decision', '323e0c62-d0e6-405a-8e56-b44f5235d57f', 'create', NULL, 'demo loader', '2026-12-01 11:00:00.091759+00', '[{"new":"2000-03-20","field":"decidedOn"},{"new":"improvement_plan","field":"fromPhase"},{"new":"partnership_decision","field":"toPhase"},{"new":"Every firm has carried out its plan","field":"reason"},{"new":"no","field":"override"}]');
INSERT INTO public.audit_entries VALUES ('17dfaa13-f754-434c-8d1a-230ce8b36a2d', 'network', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', 'update', NULL, 'demo loader', '2026-12-01 11:00:00.09915+00', '[{"old":"improvement_plan","field":"phase","new":"partnership_decision"}]');
INSERT INTO public.audit_entries VALUES ('bdbccaca-5094-4bf7-9c59-2b6d3ac0dacf', 'partnership_decision', '6ea70ea1-1fc7-4296-bc2a-1220b86593b4', 'create', NULL, 'demo loader', '2026-12-01 11:00:00.111778+00', '[{"new":"789d429a-c50a-490f-8f2b-6cc97de09fd6","field":"clientId"},{"new":"d1740fe8-7e8d-4f63-9405-45567d95fa07","field":"supplierId"},{"new":"2000-04-01","field":"decidedOn"},{"new":"yes","field":"entered"},{"new":"85000","field":"contractValue"},{"new":"2000-05-01","field":"contractStart"},{"new":"2001-04-30","field":"contractEnd"},{"new":"Local bank (illustrative)","field":"lender"},{"new":"12000","field":"loanAmount"},{"new":"The client buys its labels locally instead of importing them.","field":"notes"}]');
INSERT INTO public.audit_entries VALUES ('1b87dc0f-2e01-40de-8af1-b4f76a578f79', 'partnership_decision', '4e4c0dc0-7a84-4700-bc16-43b9be06e879', 'create', NULL, 'demo loader', '2026-12-01 11:00:00.126917+00', '[{"field":"clientId","new":"789d429a-c50a-490f-8f2b-6cc97de09fd6"},{"field":"supplierId","new":"ff6b8502-a227-455d-ac3d-708966afa7b3"},{"field":"decidedOn","new":"2000-04-01"},{"field":"entered","new":"no"},{"field":"notes","new":"Bottle quality not yet at the client''s standard; re-evaluate after the quality system."}]');


--
-- Data for Name: broker_cost_steps; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.broker_cost_steps VALUES ('8776c7a6-f99e-4ebd-8460-bff47062596c', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '1999-09-01', 100, 0, NULL, '2026-12-01 10:59:58.058427+00', '2026-12-01 10:59:58.058427+00');
INSERT INTO public.broker_cost_steps VALUES ('39920148-3651-4d39-8ab8-c36dd9e1df98', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '2000-09-01', 60, 40, NULL, '2026-12-01 10:59:58.064009+00', '2026-12-01 10:59:58.064009+00');
INSERT INTO public.broker_cost_steps VALUES ('4a6eeb66-fee5-4359-8819-86c45427d9b3', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '2002-01-01', 0, 100, NULL, '2026-12-01 10:59:58.069039+00', '2026-12-01 10:59:58.069039+00');


--
-- Data for Name: business_plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.business_plans VALUES ('01d90ca2-99aa-40e0-959d-25237a32cd3d', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 1, 'Masaya woodworkers'' business plan', 'Cheaper wood and inputs
Reach buyers abroad', 'Shared input shop
Bulk wood purchasing
Common catalogue
Exports of rocking chairs', 18000, 'USD', '1998-07-01', '2001-06-30', '1998-06-15', '2026-12-01 10:59:58.582729+00', '2026-12-01 10:59:58.582729+00');


--
-- Data for Name: chain_stages; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.chain_stages VALUES ('17f445c6-77a6-4727-9c53-3142c4e10c26', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'adba2837-e48c-498b-b1a2-fd26a60c2fa8', 1, 'Procurement of produce', NULL, 'Quality of raw material not tested', '2026-12-01 10:59:57.056527+00', '2026-12-01 10:59:57.056527+00', '');
INSERT INTO public.chain_stages VALUES ('7e79c47f-f274-4cb0-af27-1de73eb96390', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'adba2837-e48c-498b-b1a2-fd26a60c2fa8', 2, 'Processing', NULL, 'Traditional practices, little hygiene control', '2026-12-01 10:59:57.068095+00', '2026-12-01 10:59:57.068095+00', '');
INSERT INTO public.chain_stages VALUES ('122c5b4f-3819-4507-9f46-a0a37984fb3d', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'adba2837-e48c-498b-b1a2-fd26a60c2fa8', 3, 'Testing', NULL, 'Existing laboratories unused', '2026-12-01 10:59:57.076895+00', '2026-12-01 10:59:57.076895+00', '');
INSERT INTO public.chain_stages VALUES ('e34313ff-6bbc-453e-9bc9-b8515a821144', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'adba2837-e48c-498b-b1a2-fd26a60c2fa8', 4, 'Marketing', NULL, 'Fear of audits keeps firms small', '2026-12-01 10:59:57.08749+00', '2026-12-01 10:59:57.08749+00', '');
INSERT INTO public.chain_stages VALUES ('fe1b3852-561f-46e0-873c-569ad04764c5', '7391de3a-6d67-4163-a0c0-bcef285d493c', '2cb28331-a917-438e-9e91-a6cfae27ee17', 1, 'Dyeing and hand-block printing', NULL, 'Screen printers copy designs at lower cost', '2026-12-01 10:59:57.561812+00', '2026-12-01 10:59:57.561812+00', '6bf824d6-5550-472c-adc0-059f0b1a5f8c
0f2c87af-636b-4c0f-b9d5-a26b34db3485
aa00e6fe-e64b-4b0e-b32f-5ea81622f42f
66e3adbc-363a-46af-8b11-6ddc9873de84
ccd7a0b3-0bd5-49a9-88f7-6f930f2078da');
INSERT INTO public.chain_stages VALUES ('cd160836-b452-4037-a712-3260edca1b64', '7391de3a-6d67-4163-a0c0-bcef285d493c', '2cb28331-a917-438e-9e91-a6cfae27ee17', 2, 'Finishing and tailoring', NULL, 'Few units finish to export quality', '2026-12-01 10:59:57.577544+00', '2026-12-01 10:59:57.577544+00', '2122ea7b-06b8-4b90-91bf-b1e9c52398f2
8acec83f-4a2c-4830-bb60-1f5d47d683c5
0a6d0c0d-d9ea-4ba8-9582-6d0f27ade9e7');
INSERT INTO public.chain_stages VALUES ('8ba6b92b-c741-43d7-9d66-1d948468a4fb', '7391de3a-6d67-4163-a0c0-bcef285d493c', '2cb28331-a917-438e-9e91-a6cfae27ee17', 3, 'Marketing and export', NULL, 'No direct access to buyers abroad', '2026-12-01 10:59:57.59098+00', '2026-12-01 10:59:57.59098+00', '49bbe99e-7acb-4886-b6be-33d9bd74ac23');
INSERT INTO public.chain_stages VALUES ('4ed0cb2f-07de-4600-8e35-f10d100b96e4', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '9bf27da7-bf63-4a03-8791-8091583a7721', 1, 'Milk production', NULL, 'Irregular supply', '2026-12-01 10:59:57.694245+00', '2026-12-01 10:59:57.694245+00', '');
INSERT INTO public.chain_stages VALUES ('adad25f7-dc6c-41e0-b6e6-b91c36b413be', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '9bf27da7-bf63-4a03-8791-8091583a7721', 2, 'Milk collection', NULL, 'No cooling, milk spoils', '2026-12-01 10:59:57.704021+00', '2026-12-01 10:59:57.704021+00', '');
INSERT INTO public.chain_stages VALUES ('b5060848-d1bb-4dab-b948-1881e7765038', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '9bf27da7-bf63-4a03-8791-8091583a7721', 3, 'Cheese processing', NULL, 'Poor hygiene, low yields, untreated waste water', '2026-12-01 10:59:57.71433+00', '2026-12-01 10:59:57.71433+00', '');
INSERT INTO public.chain_stages VALUES ('421adcdb-74c2-4365-afa8-f94b7d41400e', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '9bf27da7-bf63-4a03-8791-8091583a7721', 4, 'Retail', NULL, 'Few cheese types, no norms', '2026-12-01 10:59:57.725119+00', '2026-12-01 10:59:57.725119+00', '');


--
-- Data for Name: client_profiles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.client_profiles VALUES ('09fdc526-a88a-457c-8f7f-95f0c75bc617', '36df1f8e-8cb6-44ec-8edd-df112631f0e2', '989b1fd7-e205-4a69-a8bd-329940ff4951', 'cardboard boxes
refrigeration maintenance', 'Monthly orders (illustrative)', '', 20, 45, 10, 3, 30, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, '2026-12-01 10:59:59.180385+00', '2026-12-01 10:59:59.180385+00');
INSERT INTO public.client_profiles VALUES ('06fad5fb-ea1e-4fcc-9316-f8a53c013ad4', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '789d429a-c50a-490f-8f2b-6cc97de09fd6', 'labels
plastic bottles', 'Monthly orders (illustrative)', '', 20, 45, 10, 3, 30, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, '2026-12-01 10:59:59.269837+00', '2026-12-01 10:59:59.269837+00');
INSERT INTO public.client_profiles VALUES ('f5ef4c9e-1b86-4ea8-8dfe-9d86ea421672', 'c4728f23-04af-48b2-9d79-61de99228d89', '4081daeb-25a8-4cb1-a793-e793421c4357', 'peanuts
plastic jars', 'Monthly orders (illustrative)', '', 20, 30, 12.5, 3, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, '2026-12-01 10:59:59.343683+00', '2026-12-01 10:59:59.343683+00');
INSERT INTO public.client_profiles VALUES ('d04d4392-1726-45a5-bcba-8cd72eaf1b5c', 'b53eaad0-c6bd-4b8a-b8f6-81054057e353', '93112e47-5d09-4e46-b2b9-75a91405a2da', 'leather shoes
sandals', 'Monthly orders (illustrative)', '', 20, 30, 12.5, 3, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, '2026-12-01 10:59:59.42351+00', '2026-12-01 10:59:59.42351+00');


--
-- Data for Name: cluster_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cluster_events VALUES ('20c66c29-69a4-4481-b668-240a7054ba41', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'bilateral_meeting', 'Interviews with food processors', '1998-03-10', NULL, NULL, NULL, '83d13529-17d9-4722-8e5b-3ff9263c2bce', '', NULL, 6, 'entrepreneurs=6', NULL, '2026-12-01 10:59:57.098947+00', '2026-12-01 10:59:57.098947+00');
INSERT INTO public.cluster_events VALUES ('2e40fad5-170e-4ad3-b460-74c18240e50c', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'bilateral_meeting', 'Meeting with the testing laboratory', '1998-04-02', NULL, NULL, NULL, 'b7c2b389-bdd1-4b1b-ae2e-e5b5b14fe52a', '', NULL, 2, '', NULL, '2026-12-01 10:59:57.111032+00', '2026-12-01 10:59:57.111032+00');
INSERT INTO public.cluster_events VALUES ('d490586b-930c-4ede-be80-53f9ad911459', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'group_meeting', 'Entrepreneurs meet the food administration', '1998-07-20', NULL, NULL, NULL, '83d13529-17d9-4722-8e5b-3ff9263c2bce
9c220a83-16c9-49d6-9481-849eef709bf9
a11e139c-53e7-4d8f-9a33-b4a433b2b7c8
b7c2b389-bdd1-4b1b-ae2e-e5b5b14fe52a', '', 4, 21, 'entrepreneurs=18', 'Entrepreneurs admit they do not know the law; demand for an information point.', '2026-12-01 10:59:57.124478+00', '2026-12-01 10:59:57.124478+00');
INSERT INTO public.cluster_events VALUES ('2ac323f0-aa75-4307-9c05-b7529463b83e', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'validation_meeting', 'Validation of the diagnostic', '1998-09-30', NULL, NULL, NULL, '9c220a83-16c9-49d6-9481-849eef709bf9
a11e139c-53e7-4d8f-9a33-b4a433b2b7c8
b7c2b389-bdd1-4b1b-ae2e-e5b5b14fe52a', '', 5, 30, '', 'Umbrella organisation and technical centre put forward.', '2026-12-01 10:59:57.137236+00', '2026-12-01 10:59:57.137236+00');
INSERT INTO public.cluster_events VALUES ('2d035416-0c1a-4a6d-81ff-5bf1065060f2', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'group_meeting', 'Introductory meeting of block printers', '1997-10-15', NULL, NULL, NULL, '6bf824d6-5550-472c-adc0-059f0b1a5f8c
0f2c87af-636b-4c0f-b9d5-a26b34db3485', '', NULL, 4, 'entrepreneurs=4', 'Most firms declined to attend; those who came were hostile.', '2026-12-01 10:59:57.264328+00', '2026-12-01 10:59:57.264328+00');
INSERT INTO public.cluster_events VALUES ('5a4bcca9-b25f-4458-99dc-fd8455fb8922', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'bilateral_meeting', 'One-to-one interviews with young artisans', '1998-01-20', NULL, NULL, NULL, 'aa00e6fe-e64b-4b0e-b32f-5ea81622f42f
66e3adbc-363a-46af-8b11-6ddc9873de84
ccd7a0b3-0bd5-49a9-88f7-6f930f2078da', '', NULL, 12, 'entrepreneurs=12', NULL, '2026-12-01 10:59:57.275692+00', '2026-12-01 10:59:57.275692+00');
INSERT INTO public.cluster_events VALUES ('7e796013-fb7e-4072-b42e-eca88690f340', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'training', 'Market-orientation training for 23 young artisans', '1998-03-02', NULL, NULL, NULL, 'aa00e6fe-e64b-4b0e-b32f-5ea81622f42f
66e3adbc-363a-46af-8b11-6ddc9873de84
ccd7a0b3-0bd5-49a9-88f7-6f930f2078da
ab1e077d-4d66-4bd8-bd0a-c5d41a70b308
0b4674af-75f6-4368-9f92-31441a1c19a1', '', NULL, 23, 'entrepreneurs=23', 'Average age 21; marketing promotion, quality testing, product development, advertising, distribution.', '2026-12-01 10:59:57.288543+00', '2026-12-01 10:59:57.288543+00');
INSERT INTO public.cluster_events VALUES ('956763ca-b427-4a50-9489-e169e47aaa08', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'study_tour', 'Study tour to Delhi showrooms and Jaipur trading houses', '1998-04-10', NULL, NULL, NULL, 'aa00e6fe-e64b-4b0e-b32f-5ea81622f42f
66e3adbc-363a-46af-8b11-6ddc9873de84
ccd7a0b3-0bd5-49a9-88f7-6f930f2078da', '', NULL, 23, 'entrepreneurs=23', NULL, '2026-12-01 10:59:57.300548+00', '2026-12-01 10:59:57.300548+00');
INSERT INTO public.cluster_events VALUES ('eca5d782-2b02-4728-ac8f-c8480aa6c8ac', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'group_meeting', 'Artisans'' meeting: parents attend', '1998-07-15', NULL, NULL, NULL, '6bf824d6-5550-472c-adc0-059f0b1a5f8c
0f2c87af-636b-4c0f-b9d5-a26b34db3485
aa00e6fe-e64b-4b0e-b32f-5ea81622f42f
66e3adbc-363a-46af-8b11-6ddc9873de84
ccd7a0b3-0bd5-49a9-88f7-6f930f2078da
2122ea7b-06b8-4b90-91bf-b1e9c52398f2
8acec83f-4a2c-4830-bb60-1f5d47d683c5
0a6d0c0d-d9ea-4ba8-9582-6d0f27ade9e7
d179849a-d62e-448c-939f-59c1100b5a3a', '', 6, 38, 'entrepreneurs=40', 'Parents who had declined earlier now take part.', '2026-12-01 10:59:57.316649+00', '2026-12-01 10:59:57.316649+00');
INSERT INTO public.cluster_events VALUES ('53c873ae-fbc8-4013-9ddc-0d5fd7b0ac77', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'trade_fair', 'Joint stand at a national handicrafts fair', '1999-02-05', NULL, NULL, NULL, 'd179849a-d62e-448c-939f-59c1100b5a3a
49bbe99e-7acb-4886-b6be-33d9bd74ac23
2122ea7b-06b8-4b90-91bf-b1e9c52398f2
8acec83f-4a2c-4830-bb60-1f5d47d683c5', '', 3, 9, '', NULL, '2026-12-01 10:59:57.329794+00', '2026-12-01 10:59:57.329794+00');
INSERT INTO public.cluster_events VALUES ('4679da16-53f7-4228-bf83-a0b81a344f96', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'group_meeting', 'Committee for institutional coordination', '1997-09-10', NULL, NULL, NULL, 'ac4462ee-449b-4835-a4c9-f09df650ec34
83df8da4-66cd-4ae7-876f-88cda594d9d4', '', 3, 9, '', NULL, '2026-12-01 10:59:57.838634+00', '2026-12-01 10:59:57.838634+00');
INSERT INTO public.cluster_events VALUES ('796b9a00-f31c-4e9a-98fc-f51e643ca5b7', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'workshop', 'Benchmarking with Latin American and Dutch dairy clusters', '1998-02-12', NULL, NULL, NULL, 'ac4462ee-449b-4835-a4c9-f09df650ec34
83df8da4-66cd-4ae7-876f-88cda594d9d4
ad1b1714-af43-4a1c-a293-dd1561b382f4
4b0ed0f5-41e2-4d21-a936-974260b3e849', '', 8, 27, 'entrepreneurs=20', NULL, '2026-12-01 10:59:57.850395+00', '2026-12-01 10:59:57.850395+00');
INSERT INTO public.cluster_events VALUES ('fa3444f9-373a-4dc2-ad5a-1792e8924b0d', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'training', 'Hygiene and yield training for cheese makers', '1998-06-08', NULL, NULL, NULL, '4b0ed0f5-41e2-4d21-a936-974260b3e849
ad1b1714-af43-4a1c-a293-dd1561b382f4
ac4462ee-449b-4835-a4c9-f09df650ec34', '', 12, 18, 'entrepreneurs=30', NULL, '2026-12-01 10:59:57.861537+00', '2026-12-01 10:59:57.861537+00');
INSERT INTO public.cluster_events VALUES ('5f2a8adf-43a9-419d-8c80-42021f3d82f6', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'group_meeting', 'APPEAL meets the Department of Technical Education', '1998-11-05', NULL, NULL, NULL, 'f574f319-394f-4ab8-9704-eaad4900a591
95e9940a-2003-4db4-bad4-5b2b41df4265', '', 2, 8, '', 'Memorandum of understanding for a training cell at GPW.', '2026-12-01 10:59:58.08457+00', '2026-12-01 10:59:58.08457+00');
INSERT INTO public.cluster_events VALUES ('b2f74ab4-bb86-4626-ba42-93b438f8c938', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'training', 'First training batch at GPW', '1999-09-01', NULL, NULL, NULL, '372d9069-5873-47e0-aad9-d05044a7e0b3
f574f319-394f-4ab8-9704-eaad4900a591
dcb11c03-9990-4019-a0b3-678bdc2f9ee4', '', 20, NULL, '', 'Three months, theory and practice.', '2026-12-01 10:59:58.094974+00', '2026-12-01 10:59:58.094974+00');


--
-- Data for Name: cluster_map_candidates; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cluster_map_candidates VALUES ('ea21758e-c3f0-45ea-bc60-3405dcd8b48f', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'ca4ce412-95c4-4e3d-97ff-f0f7859905e9', 1, 'Knitwear and hosiery', 11583, 436, 140076.80963480964, 2.9165346973707234, true, true, 4983, 0.755);
INSERT INTO public.cluster_map_candidates VALUES ('c4c97f88-d6fe-4a0a-95d8-c2594e18f01c', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'ca4ce412-95c4-4e3d-97ff-f0f7859905e9', 2, 'Auto components and engineering', 13997, 559, 137308.55876259197, 2.4116803827801547, true, true, 1681, 0.13648911984410522);
INSERT INTO public.cluster_map_candidates VALUES ('9508513d-0617-4826-8dba-1af28dcccc07', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '7cb1779c-478c-4428-96f6-042c0cc35405', 1, 'Knitwear and hosiery', 15119, 683, 132798.33877901977, 5.344634125143128, true, true, 5263, 0.533989448051948);
INSERT INTO public.cluster_map_candidates VALUES ('132e6097-3c62-4d7e-b8e8-d153999af061', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'a4aef8a2-1600-4d42-9a83-861f1cfe905f', 1, 'Handicrafts and block printing', 12227, 1266, 141220.29672037295, 5.265404186010355, true, true, 2169, 0.21564923444024656);
INSERT INTO public.cluster_map_candidates VALUES ('58d80e30-7b6e-4df8-a3ee-1a401412582f', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '03047c38-32fb-46fe-90f3-5f7fda0edf0a', 1, 'Brass and metal ware', 12444, 1103, 156367.97516875603, 6.767162971532929, true, true, 205, 0.016749734455429367);
INSERT INTO public.cluster_map_candidates VALUES ('c7d53c3c-e154-41ab-82ee-a0ce0e586e5e', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '5ee46864-25b8-40c5-a321-9c1befe243ee', 1, 'Leather and footwear', 12469, 990, 141068.10072980993, 4.021118442653946, true, true, 2440, 0.24329444610629175);
INSERT INTO public.cluster_map_candidates VALUES ('0ddc64bd-61b5-40bb-a80e-bc72044b806e', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '8ce2d838-7632-4b49-8194-90248f9661a8', 1, 'Leather and footwear', 15090, 906, 133508.27852882704, 4.263470891395141, true, true, 5294, 0.5404246631278072);
INSERT INTO public.cluster_map_candidates VALUES ('f5321d1e-33bb-47ef-ad00-210f33e15842', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '01c196b6-100f-4ebe-a85f-c62005908c1e', 1, 'Auto components and engineering', 13773, 822, 128438.69222391635, 2.493662117188445, true, true, 861, 0.066682156133829);
INSERT INTO public.cluster_map_candidates VALUES ('2fed60c4-3f2c-4863-b3b4-bab13f8264be', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '01c196b6-100f-4ebe-a85f-c62005908c1e', 2, 'Food processing', 10332, 732, 138556.40108401084, 2.446977662722997, true, true, 1463, 0.164956590370955);
INSERT INTO public.cluster_map_candidates VALUES ('e7996758-18ac-48ba-ada8-e0140388470c', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '020e1681-925f-466a-8b5d-50553e51ec18', 1, 'Auto components and engineering', 15930, 763, 160692.35913370998, 3.741879390551676, true, true, 4570, 0.4022887323943662);
INSERT INTO public.cluster_map_candidates VALUES ('2355e327-49ad-41d3-9fcb-7a8befcfc87f', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'ab4c3117-2cb6-4cda-bad1-ade7aec494d1', 1, 'Glass and glassware', 7722, 367, 116798, 9.308440373265874, true, true, 3330, 0.7581967213114754);
INSERT INTO public.cluster_map_candidates VALUES ('c650aa31-44cc-4037-b524-07ba47ecb13f', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '97c4c565-fb7f-4fd7-bbbb-78c0ce388396', 1, 'Textiles and home furnishing', 11697, 597, 122621.74275455246, 3.9080020051054563, true, true, -183, -0.015404040404040404);
INSERT INTO public.cluster_map_candidates VALUES ('c4e4ddf9-f9d5-4649-8b7e-e4ac923e1618', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '929197ad-fdb2-44af-8433-5cde87cfdadc', 1, 'Textiles and home furnishing', 16978, 1732, 161932.5436447167, 4.540280666870503, true, true, 5586, 0.4903441011235955);
INSERT INTO public.cluster_map_candidates VALUES ('f8e30086-5be6-4deb-a51f-508dd022343f', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '63fabd48-a69b-4ef0-a38b-5aa7cd05565f', 1, 'Textiles and home furnishing', 12261, 956, 161678.03327624174, 4.0424406752244, true, true, 1703, 0.1612994885394961);
INSERT INTO public.cluster_map_candidates VALUES ('606c34a4-36b7-4695-bd81-75d688aebbe8', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '9ddc8df2-a3cf-4c91-b255-41a21e5fa10f', 1, 'Food processing', 10087, 854, 120262.0800039655, 4.185642979603476, true, true, -2748, -0.21410206466692638);
INSERT INTO public.cluster_map_candidates VALUES ('0b6d4259-6bd2-4ee4-a96c-cf16a3b0dd00', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '948350f8-6f14-4b98-b0c2-064519875141', 1, 'Food processing', 13920, 1174, 142500.7068965517, 4.73661422539331, true, true, 5409, 0.6355304899541769);
INSERT INTO public.cluster_map_candidates VALUES ('6ff80927-612e-4ff8-9588-3f9ce994932b', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '0c04d216-962e-4b70-b244-e9a0f8d3637f', 1, 'Leather and footwear', 13171, 655, 141257.13188064686, 2.865259552550889, true, true, 2066, 0.1860423232778028);
INSERT INTO public.cluster_map_candidates VALUES ('abc2f06f-063a-4391-b750-4b8ba2f99b02', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '0c04d216-962e-4b70-b244-e9a0f8d3637f', 2, 'Auto components and engineering', 10194, 439, 140424.56189915637, 1.885551724499267, true, true, -631, -0.058290993071593536);
INSERT INTO public.cluster_map_candidates VALUES ('807c857c-35c0-433c-9cee-5ada2980603a', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'dfa027c9-260e-4178-999f-1598c8a1fda8', 1, 'Handicrafts and block printing', 11393, 855, 129503.07855700869, 5.128552275150722, true, true, 3119, 0.37696398356296834);
INSERT INTO public.cluster_map_candidates VALUES ('e7297111-73da-44a8-a2e2-e4893b6bfb39', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '5e14fc48-4005-408d-9154-99ca12e72cdc', 1, 'Glass and glassware', 672, 35, 124124, 1.4781351014820017, true, false, 21, 0.03225806451612903);
INSERT INTO public.cluster_map_candidates VALUES ('1e7308e2-7530-4ca7-abf8-484525b3d94d', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '5e14fc48-4005-408d-9154-99ca12e72cdc', 2, 'Knitwear and hosiery', 1260, 89, 150762.2888888889, 1.139866044865026, true, true, 187, 0.17427772600186392);
INSERT INTO public.cluster_map_candidates VALUES ('93f36f39-2c4e-4776-9d78-a59bc62442e6', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '5e14fc48-4005-408d-9154-99ca12e72cdc', 3, 'Brass and metal ware', 1280, 59, 156038.01015625, 1.5454840305141695, false, true, 177, 0.16047144152311876);
INSERT INTO public.cluster_map_candidates VALUES ('2401a8d3-c2b9-4908-8725-6b65c88e061a', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '5e14fc48-4005-408d-9154-99ca12e72cdc', 4, 'Handicrafts and block printing', 1196, 63, 130214.27090301004, 1.137900263147851, false, false, -65, -0.05154639175257732);
INSERT INTO public.cluster_map_candidates VALUES ('40f83fa4-634a-4a82-a306-0577cf3c25ae', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'e2599acf-8ccf-4159-b4d7-c0644717a633', 1, 'Brass and metal ware', 1225, 136, 143919.6269387755, 1.4513117309338086, true, false, -37, -0.029318541996830427);
INSERT INTO public.cluster_map_candidates VALUES ('9fa2df98-5cde-4545-98f7-920de8cd1229', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'e2599acf-8ccf-4159-b4d7-c0644717a633', 2, 'Knitwear and hosiery', 1307, 83, 144478.40703902065, 1.1601894821751304, true, true, 115, 0.0964765100671141);
INSERT INTO public.cluster_map_candidates VALUES ('1974a5a4-5bd8-4664-9824-e590900b0f82', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'e2599acf-8ccf-4159-b4d7-c0644717a633', 3, 'Food processing', 1277, 62, 164664.44244322632, 1.0146575186629025, true, true, 14, 0.011084718923198733);
INSERT INTO public.cluster_map_candidates VALUES ('adeccdf4-28fe-4ee8-95bb-09c4d75af02b', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'e2599acf-8ccf-4159-b4d7-c0644717a633', 4, 'Glass and glassware', 568, 29, 131839, 1.2259231826531287, false, false, -56, -0.08974358974358974);
INSERT INTO public.cluster_map_candidates VALUES ('dc987004-2fb9-412b-9653-9898ae5bcfb1', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '6a20fc1c-1092-4f73-804b-b6e7cfbb466c', 1, 'Brass and metal ware', 1246, 87, 158760.21829855538, 1.512796572818163, true, true, 41, 0.03402489626556016);
INSERT INTO public.cluster_map_candidates VALUES ('3f5b0d05-b9d7-4bb0-ae55-337f87cfba87', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '6a20fc1c-1092-4f73-804b-b6e7cfbb466c', 2, 'Handicrafts and block printing', 1251, 70, 137749.42605915267, 1.1968459797640052, true, true, -65, -0.04939209726443769);
INSERT INTO public.cluster_map_candidates VALUES ('5a03bb87-4504-4f47-a167-b97bb43c68d1', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '6a20fc1c-1092-4f73-804b-b6e7cfbb466c', 3, 'Food processing', 1238, 106, 146825.8142164782, 1.0080616613489488, true, false, 130, 0.11732851985559567);
INSERT INTO public.cluster_map_candidates VALUES ('731658cc-1c8b-42bb-9a86-11fdf85a8ba8', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '6a20fc1c-1092-4f73-804b-b6e7cfbb466c', 4, 'Glass and glassware', 574, 24, 116087, 1.2695934908418849, false, false, 36, 0.06691449814126393);
INSERT INTO public.cluster_map_candidates VALUES ('71496f20-c4bb-4477-bebb-9acb87c66e67', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '822efa95-1294-4d0d-9497-14b5a15eef56', 1, 'Glass and glassware', 652, 40, 159979, 1.4000815088706628, true, false, 97, 0.17477477477477477);
INSERT INTO public.cluster_map_candidates VALUES ('56106c7e-4997-41d1-986a-53a3a0cdd366', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '822efa95-1294-4d0d-9497-14b5a15eef56', 2, 'Handicrafts and block printing', 1349, 90, 146006.39065974797, 1.2529848925547353, true, true, 47, 0.03609831029185868);
INSERT INTO public.cluster_map_candidates VALUES ('acb23875-f2a0-4d96-92d2-aa2f1bbb09cd', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '822efa95-1294-4d0d-9497-14b5a15eef56', 3, 'Brass and metal ware', 1066, 75, 132372.06566604128, 1.2565293106431208, false, false, -133, -0.11092577147623019);
INSERT INTO public.cluster_map_candidates VALUES ('51c99563-d09e-46c5-a4d0-770bbc13b196', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '822efa95-1294-4d0d-9497-14b5a15eef56', 4, 'Knitwear and hosiery', 1331, 54, 171704.87828700224, 1.1754988103192514, false, true, 123, 0.10182119205298014);
INSERT INTO public.cluster_map_candidates VALUES ('20e67cc9-f862-4892-a1c9-9ded601ef889', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'd9d62cd0-7544-4734-b3ce-ae8a43018b70', 1, 'Handicrafts and block printing', 1258, 112, 153462.94435612083, 1.2395169304034799, true, true, 26, 0.021103896103896104);
INSERT INTO public.cluster_map_candidates VALUES ('6189145b-d1f7-4423-bcd1-b8c3fe5b5f06', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'd9d62cd0-7544-4734-b3ce-ae8a43018b70', 2, 'Glass and glassware', 626, 27, 115107, 1.425994972380477, false, false, -9, -0.014173228346456693);
INSERT INTO public.cluster_map_candidates VALUES ('477ccf86-d97c-4d92-b918-ccb34cb12147', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'd9d62cd0-7544-4734-b3ce-ae8a43018b70', 3, 'Brass and metal ware', 1024, 93, 122177.890625, 1.2804225458487986, false, false, -102, -0.0905861456483126);
INSERT INTO public.cluster_map_candidates VALUES ('615dc6e2-8b3a-4ffe-bd3c-48e309d0faf1', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'd9d62cd0-7544-4734-b3ce-ae8a43018b70', 4, 'Knitwear and hosiery', 1076, 72, 143182.36988847583, 1.0080784871405966, false, false, -46, -0.040998217468805706);
INSERT INTO public.cluster_map_candidates VALUES ('55f6d59c-7067-4183-8674-89498dbb1853', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '194729be-5104-4039-aeff-79ea75f5b44b', 1, 'Knitwear and hosiery', 1335, 85, 162553.37827715356, 1.2494415606945162, true, true, 201, 0.17724867724867724);
INSERT INTO public.cluster_map_candidates VALUES ('c6d869d6-4fcb-44ad-8a0b-d1a0a244b8c2', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '194729be-5104-4039-aeff-79ea75f5b44b', 2, 'Brass and metal ware', 1104, 42, 134723.26992753622, 1.3790341981292686, false, false, -146, -0.1168);
INSERT INTO public.cluster_map_candidates VALUES ('d30d6358-4991-4210-bba0-4510485f1062', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '194729be-5104-4039-aeff-79ea75f5b44b', 3, 'Glass and glassware', 558, 55, 159477, 1.269785802346967, false, false, -72, -0.11428571428571428);
INSERT INTO public.cluster_map_candidates VALUES ('69df20ae-9314-4110-8dfa-ed321e7233e7', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '194729be-5104-4039-aeff-79ea75f5b44b', 4, 'Handicrafts and block printing', 1142, 110, 123128.33450087566, 1.1240626895122465, false, false, -118, -0.09365079365079365);
INSERT INTO public.cluster_map_candidates VALUES ('f1345606-9b3c-4f27-8d6e-9c28b4a6706a', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '8199836d-4222-4339-a415-833cfc128d1b', 1, 'Glass and glassware', 626, 32, 159972, 1.3584756817397254, true, false, 92, 0.17228464419475656);
INSERT INTO public.cluster_map_candidates VALUES ('7e96522c-2a3c-4806-992b-00758a6a9cbe', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '8199836d-4222-4339-a415-833cfc128d1b', 2, 'Brass and metal ware', 1124, 107, 140649.94839857653, 1.3389166473622074, false, false, -130, -0.10366826156299841);
INSERT INTO public.cluster_map_candidates VALUES ('2d843e7e-283c-4cd7-967f-c81e82a08386', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '8199836d-4222-4339-a415-833cfc128d1b', 3, 'Handicrafts and block printing', 1253, 60, 130183.92657621708, 1.1761338978313465, false, false, 13, 0.010483870967741936);
INSERT INTO public.cluster_map_candidates VALUES ('7b7e6fe4-db6c-4104-97c4-79cde3717db0', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', '8199836d-4222-4339-a415-833cfc128d1b', 4, 'Knitwear and hosiery', 1157, 127, 131485.84615384616, 1.0326408674550873, false, false, 38, 0.03395889186773905);
INSERT INTO public.cluster_map_candidates VALUES ('13136eeb-e018-4df4-9680-aa9a370dedd2', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'dc7ccf53-47f8-418a-a662-ddc596181344', 1, 'Brass and metal ware', 1148, 105, 149244.7944250871, 1.362896212500909, true, false, -141, -0.10938712179984485);
INSERT INTO public.cluster_map_candidates VALUES ('d9d5df3b-2cdc-4450-a559-e9c212ec3382', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'dc7ccf53-47f8-418a-a662-ddc596181344', 2, 'Handicrafts and block printing', 1356, 72, 141380.7286135693, 1.268525062520387, true, true, 137, 0.11238720262510254);
INSERT INTO public.cluster_map_candidates VALUES ('45520163-b281-4897-a298-c7cebff5abff', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'dc7ccf53-47f8-418a-a662-ddc596181344', 3, 'Glass and glassware', 636, 28, 142405, 1.3755244592630986, false, false, 88, 0.16058394160583941);
INSERT INTO public.cluster_map_candidates VALUES ('ddd9d465-a855-4991-ad29-3119ea454b31', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'dc7ccf53-47f8-418a-a662-ddc596181344', 4, 'Knitwear and hosiery', 1201, 84, 157497.9417152373, 1.0682985118595463, false, false, -39, -0.031451612903225803);


--
-- Data for Name: cluster_map_regions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cluster_map_regions VALUES ('ca4ce412-95c4-4e3d-97ff-f0f7859905e9', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Ludhiana', 30.9, 75.85, 32490, 2, 2.9165346973707234);
INSERT INTO public.cluster_map_regions VALUES ('7cb1779c-478c-4428-96f6-042c0cc35405', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Tiruppur', 11.11, 77.34, 23142, 1, 5.344634125143128);
INSERT INTO public.cluster_map_regions VALUES ('a4aef8a2-1600-4d42-9a83-861f1cfe905f', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Jaipur', 26.91, 75.79, 19979, 1, 5.265404186010355);
INSERT INTO public.cluster_map_regions VALUES ('03047c38-32fb-46fe-90f3-5f7fda0edf0a', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Moradabad', 28.84, 78.77, 20078, 1, 6.767162971532929);
INSERT INTO public.cluster_map_regions VALUES ('5ee46864-25b8-40c5-a321-9c1befe243ee', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Agra', 27.18, 78.01, 20416, 1, 4.021118442653946);
INSERT INTO public.cluster_map_regions VALUES ('8ce2d838-7632-4b49-8194-90248f9661a8', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Kanpur', 26.45, 80.33, 23303, 1, 4.263470891395141);
INSERT INTO public.cluster_map_regions VALUES ('01c196b6-100f-4ebe-a85f-c62005908c1e', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Pune', 18.52, 73.86, 30919, 2, 2.493662117188445);
INSERT INTO public.cluster_map_regions VALUES ('020e1681-925f-466a-8b5d-50553e51ec18', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Coimbatore', 11.02, 76.96, 23832, 1, 3.741879390551676);
INSERT INTO public.cluster_map_regions VALUES ('ab4c3117-2cb6-4cda-bad1-ade7aec494d1', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Firozabad', 27.15, 78.4, 16501, 1, 9.308440373265874);
INSERT INTO public.cluster_map_regions VALUES ('97c4c565-fb7f-4fd7-bbbb-78c0ce388396', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Surat', 21.17, 72.83, 19615, 1, 3.9080020051054563);
INSERT INTO public.cluster_map_regions VALUES ('929197ad-fdb2-44af-8433-5cde87cfdadc', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Panipat', 29.39, 76.97, 24506, 1, 4.540280666870503);
INSERT INTO public.cluster_map_regions VALUES ('63fabd48-a69b-4ef0-a38b-5aa7cd05565f', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Bhagalpur', 25.24, 86.97, 19877, 1, 4.0424406752244);
INSERT INTO public.cluster_map_regions VALUES ('9ddc8df2-a3cf-4c91-b255-41a21e5fa10f', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Kolhapur', 16.7, 74.24, 17647, 1, 4.185642979603476);
INSERT INTO public.cluster_map_regions VALUES ('948350f8-6f14-4b98-b0c2-064519875141', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Nashik', 20, 73.79, 21520, 1, 4.73661422539331);
INSERT INTO public.cluster_map_regions VALUES ('0c04d216-962e-4b70-b244-e9a0f8d3637f', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Chennai', 13.08, 80.27, 30265, 2, 2.865259552550889);
INSERT INTO public.cluster_map_regions VALUES ('dfa027c9-260e-4178-999f-1598c8a1fda8', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Varanasi', 25.32, 82.97, 19113, 1, 5.128552275150722);
INSERT INTO public.cluster_map_regions VALUES ('5e14fc48-4005-408d-9154-99ca12e72cdc', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Indore', 22.72, 75.86, 9043, 2, 1.4781351014820017);
INSERT INTO public.cluster_map_regions VALUES ('e2599acf-8ccf-4159-b4d7-c0644717a633', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Patna', 25.59, 85.14, 9216, 3, 1.4513117309338086);
INSERT INTO public.cluster_map_regions VALUES ('6a20fc1c-1092-4f73-804b-b6e7cfbb466c', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Lucknow', 26.85, 80.95, 8993, 3, 1.512796572818163);
INSERT INTO public.cluster_map_regions VALUES ('822efa95-1294-4d0d-9497-14b5a15eef56', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Bhopal', 23.26, 77.41, 9263, 2, 1.4000815088706628);
INSERT INTO public.cluster_map_regions VALUES ('d9d62cd0-7544-4734-b3ce-ae8a43018b70', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Nagpur', 21.15, 79.09, 8732, 1, 1.2395169304034799);
INSERT INTO public.cluster_map_regions VALUES ('194729be-5104-4039-aeff-79ea75f5b44b', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Guwahati', 26.14, 91.74, 8741, 1, 1.2494415606945162);
INSERT INTO public.cluster_map_regions VALUES ('8199836d-4222-4339-a415-833cfc128d1b', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Raipur', 21.25, 81.63, 9166, 1, 1.3584756817397254);
INSERT INTO public.cluster_map_regions VALUES ('dc7ccf53-47f8-418a-a662-ddc596181344', '9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'Dehradun', 30.32, 78.03, 9197, 2, 1.362896212500909);


--
-- Data for Name: cluster_maps; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cluster_maps VALUES ('9286577c-ee6e-4fd0-a8ce-845425c4adf1', 'India: districts, 2013 and 2023 (illustrative)', 'IN', NULL, 2013, 2023, 864, 24, 18, 10, 34, '2026-12-01 11:00:00.143986+00');


--
-- Data for Name: clusters; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.clusters VALUES ('65d36eb5-8738-4cde-a272-fc804ad1a1c7', 'Tirupur hosiery', 'IN', 'Tirupur, Tamil Nadu', 11.11, 77.34, 'Cotton hosiery', 'cotton hosiery', 7000, NULL, 650000000, NULL, 'selection', 'Over 7,000 SMEs exported over 650 million US dollars of cotton hosiery in 1999, over 80% of Indian exports of such goods. A reference cluster, not a project site.', '2026-12-01 10:59:56.520426+00', '2026-12-01 10:59:56.520426+00');
INSERT INTO public.clusters VALUES ('d648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'Pune food processing', 'IN', 'Pune, Maharashtra', 18.52, 73.86, 'Food processing', 'processed foods', NULL, NULL, NULL, 'a58a6168-2ac5-4ffd-a2e4-6f0e80d7eb79', 'action_planning', 'Entrepreneurs saw the Food Adulteration Act as the obstacle; institutions saw low regard for product safety. Dialogue led to an information point, an umbrella organisation and a technical centre.', '2026-12-01 10:59:56.411839+00', '2026-12-01 10:59:58.320526+00');
INSERT INTO public.clusters VALUES ('7391de3a-6d67-4163-a0c0-bcef285d493c', 'Bagru and Sanganer block printing', 'IN', 'Bagru and Sanganer, Jaipur, Rajasthan', 26.81, 75.55, 'Textile hand-block printing', 'hand-block printed textiles', 350, 10000, NULL, 'a58a6168-2ac5-4ffd-a2e4-6f0e80d7eb79', 'implementation', 'About 350 small firms employ almost 10,000 workers. A cooperation attempt failed twenty years before the 1997 diagnostic; trust was rebuilt through the artisans'' sons.', '2026-12-01 10:59:56.428534+00', '2026-12-01 10:59:58.371765+00');
INSERT INTO public.clusters VALUES ('94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'Boaco and Chontales milk and cheese', 'NI', 'Boaco and Chontales', 12.47, -85.66, 'Dairy', 'milk
cheese', NULL, NULL, NULL, '5c8691f5-ff3a-4c74-a382-041d0040aa61', 'implementation', 'Action plan results: technical norms, five new products, yields +25%, waste-water pollution down up to 70%, a cooperative, Alianza Láctea, CANISLAC.', '2026-12-01 10:59:56.459134+00', '2026-12-01 10:59:58.423216+00');
INSERT INTO public.clusters VALUES ('92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'Ludhiana knitwear', 'IN', 'Ludhiana, Punjab', 30.9, 75.85, 'Woollen knitwear', 'woollen knitwear', 10000, NULL, NULL, 'a58a6168-2ac5-4ffd-a2e4-6f0e80d7eb79', 'implementation', 'Over 10,000 small and medium firms, nearly 90% of the national market for woollen knitwear. Costs shared: project 20%, private sector 74%, other institutions 6%.', '2026-12-01 10:59:56.44355+00', '2026-12-01 10:59:58.465688+00');
INSERT INTO public.clusters VALUES ('85718678-6e8d-4ad9-97ca-e4a9088fae29', 'Fez leather', 'MA', 'Fez', 34.03, -5, 'Leather', 'finished leather
leather goods', NULL, NULL, NULL, 'cb486ccf-5c19-4331-836d-589a83a344e1', 'trust_building', 'Restructuring including relocation of units for environmental reasons; cooperation with the Santa Croce leather cluster in Italy.', '2026-12-01 10:59:56.508983+00', '2026-12-01 10:59:58.507755+00');


--
-- Data for Name: contributions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.contributions VALUES ('f7247811-b50a-4eee-ab85-11388643554a', '7391de3a-6d67-4163-a0c0-bcef285d493c', '2fd9e635-ef1f-4d09-bdea-490ee6436d76', 'CALICO members', NULL, 'private_sector', 'cash', 8000, '1999-01-15', 8000, '1999-01-15', '2026-12-01 10:59:57.653564+00', '2026-12-01 10:59:57.653564+00');
INSERT INTO public.contributions VALUES ('89847e3b-a82e-4a96-9796-fe9b49eb37c7', '7391de3a-6d67-4163-a0c0-bcef285d493c', '2fd9e635-ef1f-4d09-bdea-490ee6436d76', 'UNIDO project', NULL, 'project', 'cash', 4000, '1999-01-15', 4000, '1999-01-15', '2026-12-01 10:59:57.664575+00', '2026-12-01 10:59:57.664575+00');
INSERT INTO public.contributions VALUES ('f89a2531-9f62-4b34-afd9-09801ec852a0', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '8dc2d754-afc0-47a0-b933-048fd1f55a87', 'Inter-American Development Bank', NULL, 'project', 'cash', 30000, '1998-06-01', 30000, '1998-06-01', '2026-12-01 10:59:57.979148+00', '2026-12-01 10:59:57.979148+00');
INSERT INTO public.contributions VALUES ('a7f68193-02ba-4200-b938-6af43af6aca8', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'ad35087e-5a18-4c6c-a233-e68ff1639f87', 'Ministry of Health', NULL, 'government', 'cash', 10000, '1998-03-15', 6000, '1998-03-15', '2026-12-01 10:59:57.989274+00', '2026-12-01 10:59:57.989274+00');
INSERT INTO public.contributions VALUES ('c707cffd-6c2f-41c0-ba06-1af32d6d0ce1', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'ad35087e-5a18-4c6c-a233-e68ff1639f87', 'Cheese makers', NULL, 'private_sector', 'in_kind', 5000, '1998-03-15', 5000, '1998-03-15', '2026-12-01 10:59:57.998584+00', '2026-12-01 10:59:57.998584+00');
INSERT INTO public.contributions VALUES ('aa7e94af-9961-4d4a-a6d8-b43e38d43051', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'a2f90da8-046a-4e73-9fab-cbbc6f1f109d', 'UNIDO project', NULL, 'project', 'cash', 20000, '1999-06-01', 20000, '1999-06-01', '2026-12-01 10:59:58.174339+00', '2026-12-01 10:59:58.174339+00');
INSERT INTO public.contributions VALUES ('e69d70a0-45db-4482-a500-a91dd3be86c4', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'a2f90da8-046a-4e73-9fab-cbbc6f1f109d', 'APPEAL members (syllabus and machinery)', NULL, 'private_sector', 'in_kind', 58000, '1999-06-01', 58000, '1999-06-01', '2026-12-01 10:59:58.184234+00', '2026-12-01 10:59:58.184234+00');
INSERT INTO public.contributions VALUES ('e17cb3ba-6d55-4c5d-8897-a1b21dfa7e8b', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'a2f90da8-046a-4e73-9fab-cbbc6f1f109d', 'Japanese machinery company', NULL, 'private_sector', 'in_kind', 16000, '1999-06-01', 16000, '1999-06-01', '2026-12-01 10:59:58.19631+00', '2026-12-01 10:59:58.19631+00');
INSERT INTO public.contributions VALUES ('84cc866d-4597-4a17-b747-bf942e000b7e', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'a2f90da8-046a-4e73-9fab-cbbc6f1f109d', 'GPW and local NGO', NULL, 'institutions', 'in_kind', 6000, '1999-06-01', 6000, '1999-06-01', '2026-12-01 10:59:58.207797+00', '2026-12-01 10:59:58.207797+00');


--
-- Data for Name: countries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.countries VALUES ('797eb6d9-b0e8-4927-a20d-bc7afac5a14a', 'AD', 'AND', 'Andorra', 'Andorra', 'Andorre', '2026-12-01 10:59:54.869849+00', '2026-12-01 10:59:54.869849+00');
INSERT INTO public.countries VALUES ('f0c7d0ac-712a-4070-ad35-ba1eb16827f0', 'AE', 'ARE', 'United Arab Emirates', 'Emiratos Árabes Unidos', 'Émirats arabes unis', '2026-12-01 10:59:54.872732+00', '2026-12-01 10:59:54.872732+00');
INSERT INTO public.countries VALUES ('57e995c0-c596-49d3-bf3f-cbe8c56057b5', 'AF', 'AFG', 'Afghanistan', 'Afganistán', 'Afghanistan', '2026-12-01 10:59:54.874659+00', '2026-12-01 10:59:54.874659+00');
INSERT INTO public.countries VALUES ('d4377f57-2481-4ad3-98b4-cb4a8884c731', 'AG', 'ATG', 'Antigua and Barbuda', 'Antigua y Barbuda', 'Antigua-et-Barbuda', '2026-12-01 10:59:54.876388+00', '2026-12-01 10:59:54.876388+00');
INSERT INTO public.countries VALUES ('d6de0a2b-f635-477e-adeb-8a7bca26393b', 'AI', 'AIA', 'Anguilla', 'Anguila', 'Anguilla', '2026-12-01 10:59:54.878349+00', '2026-12-01 10:59:54.878349+00');
INSERT INTO public.countries VALUES ('66712960-8958-4188-950a-8cab39c9ee48', 'AL', 'ALB', 'Albania', 'Albania', 'Albanie', '2026-12-01 10:59:54.880603+00', '2026-12-01 10:59:54.880603+00');
INSERT INTO public.countries VALUES ('2e86581b-c42b-46eb-a57b-a84da29688e3', 'AM', 'ARM', 'Armenia', 'Armenia', 'Arménie', '2026-12-01 10:59:54.8826+00', '2026-12-01 10:59:54.8826+00');
INSERT INTO public.countries VALUES ('feb9c2a4-e43c-4c06-970f-4e0b2b8f55e2', 'AO', 'AGO', 'Angola', 'Angola', 'Angola', '2026-12-01 10:59:54.884342+00', '2026-12-01 10:59:54.884342+00');
INSERT INTO public.countries VALUES ('ef073cef-6aa2-48fe-bd23-8a1f78f9ae7a', 'AQ', 'ATA', 'Antarctica', 'Antártida', 'Antarctique', '2026-12-01 10:59:54.886431+00', '2026-12-01 10:59:54.886431+00');
INSERT INTO public.countries VALUES ('34af3fb3-2e84-4b04-bb18-90cbc5b0c969', 'AR', 'ARG', 'Argentina', 'Argentina', 'Argentine', '2026-12-01 10:59:54.8885+00', '2026-12-01 10:59:54.8885+00');
INSERT INTO public.countries VALUES ('a70eb667-c3fb-4fec-bfb5-11d8fd7304db', 'AS', 'ASM', 'American Samoa', 'Samoa Estadounidense', 'Samoa américaines', '2026-12-01 10:59:54.890596+00', '2026-12-01 10:59:54.890596+00');
INSERT INTO public.countries VALUES ('c69a0fb7-e92f-48ad-af20-b2f4798ddf2b', 'AT', 'AUT', 'Austria', 'Austria', 'Autriche', '2026-12-01 10:59:54.892345+00', '2026-12-01 10:59:54.892345+00');
INSERT INTO public.countries VALUES ('04854ced-b507-46a1-9dd5-b4971187f11a', 'AU', 'AUS', 'Australia', 'Australia', 'Australie', '2026-12-01 10:59:54.89404+00', '2026-12-01 10:59:54.89404+00');
INSERT INTO public.countries VALUES ('ea1911ef-26c9-45ad-9c66-020a5a7e4425', 'AW', 'ABW', 'Aruba', 'Aruba', 'Aruba', '2026-12-01 10:59:54.895756+00', '2026-12-01 10:59:54.895756+00');
INSERT INTO public.countries VALUES ('7796b5c4-c8a5-4f1b-b577-471d014e6d29', 'AX', 'ALA', 'Åland', 'Åland', 'Åland', '2026-12-01 10:59:54.897182+00', '2026-12-01 10:59:54.897182+00');
INSERT INTO public.countries VALUES ('3c6f7285-4342-426a-b611-10c7214504d0', 'AZ', 'AZE', 'Azerbaijan', 'Azerbaiyán', 'Azerbaïdjan', '2026-12-01 10:59:54.898923+00', '2026-12-01 10:59:54.898923+00');
INSERT INTO public.countries VALUES ('d2a9c1eb-3924-47a8-93c3-d1a990f6808c', 'BA', 'BIH', 'Bosnia and Herzegovina', 'Bosnia y Herzegovina', 'Bosnie-Herzégovine', '2026-12-01 10:59:54.900428+00', '2026-12-01 10:59:54.900428+00');
INSERT INTO public.countries VALUES ('cab8ebde-dd30-4d89-ad58-4d47614a0b51', 'BB', 'BRB', 'Barbados', 'Barbados', 'Barbade', '2026-12-01 10:59:54.901918+00', '2026-12-01 10:59:54.901918+00');
INSERT INTO public.countries VALUES ('14151084-4b87-4f7c-ad83-bc4d8b30cce5', 'BD', 'BGD', 'Bangladesh', 'Bangladés', 'Bangladesh', '2026-12-01 10:59:54.90376+00', '2026-12-01 10:59:54.90376+00');
INSERT INTO public.countries VALUES ('d066d99c-8e74-489a-9d20-02515b82a053', 'BE', 'BEL', 'Belgium', 'Bélgica', 'Belgique', '2026-12-01 10:59:54.905635+00', '2026-12-01 10:59:54.905635+00');
INSERT INTO public.countries VALUES ('609be0c6-64e5-44ed-97d7-2fd4a68fa166', 'BF', 'BFA', 'Burkina Faso', 'Burkina Faso', 'Burkina Faso', '2026-12-01 10:59:54.907375+00', '2026-12-01 10:59:54.907375+00');
INSERT INTO public.countries VALUES ('9f8c4717-e2ba-4280-9f5b-86c2defdbe3d', 'BG', 'BGR', 'Bulgaria', 'Bulgaria', 'Bulgarie', '2026-12-01 10:59:54.909043+00', '2026-12-01 10:59:54.909043+00');
INSERT INTO public.countries VALUES ('3a367b67-43e0-460e-a30e-c7b1db03d805', 'BH', 'BHR', 'Bahrain', 'Baréin', 'Bahreïn', '2026-12-01 10:59:54.910705+00', '2026-12-01 10:59:54.910705+00');
INSERT INTO public.countries VALUES ('d7711257-a57b-4eb0-8935-c632d105038c', 'BI', 'BDI', 'Burundi', 'Burundi', 'Burundi', '2026-12-01 10:59:54.912272+00', '2026-12-01 10:59:54.912272+00');
INSERT INTO public.countries VALUES ('c0206b0c-86d2-4155-a7f1-546c90b94b6c', 'BJ', 'BEN', 'Benin', 'Benín', 'Bénin', '2026-12-01 10:59:54.913882+00', '2026-12-01 10:59:54.913882+00');
INSERT INTO public.countries VALUES ('aa2beb7b-69a2-4bb5-8be7-12042744c303', 'BL', 'BLM', 'Saint Barthélemy', 'San Bartolomé', 'Saint-Barthélemy', '2026-12-01 10:59:54.91548+00', '2026-12-01 10:59:54.91548+00');
INSERT INTO public.countries VALUES ('8c7e6381-bd08-4080-ad92-94e54f8d332c', 'BM', 'BMU', 'Bermuda', 'Bermudas', 'Bermudes', '2026-12-01 10:59:54.91704+00', '2026-12-01 10:59:54.91704+00');
INSERT INTO public.countries VALUES ('7a91f12f-fe26-412f-bbff-d2689f314a63', 'BN', 'BRN', 'Brunei', 'Brunéi', 'Brunei', '2026-12-01 10:59:54.918412+00', '2026-12-01 10:59:54.918412+00');
INSERT INTO public.countries VALUES ('8c22b75b-367b-4537-a7ea-9b1a675ce537', 'BO', 'BOL', 'Bolivia', 'Bolivia', 'Bolivie', '2026-12-01 10:59:54.920176+00', '2026-12-01 10:59:54.920176+00');
INSERT INTO public.countries VALUES ('25945526-669c-45af-b755-9785d22f94bc', 'BR', 'BRA', 'Brazil', 'Brasil', 'Brésil', '2026-12-01 10:59:54.921968+00', '2026-12-01 10:59:54.921968+00');
INSERT INTO public.countries VALUES ('2d34a16b-258f-40e7-a312-8f3df9c70cea', 'BS', 'BHS', 'The Bahamas', 'Bahamas', 'Bahamas', '2026-12-01 10:59:54.923924+00', '2026-12-01 10:59:54.923924+00');
INSERT INTO public.countries VALUES ('1f0e9bc1-76c7-422a-9d0a-12e8e9bf6514', 'BT', 'BTN', 'Bhutan', 'Bután', 'Bhoutan', '2026-12-01 10:59:54.925843+00', '2026-12-01 10:59:54.925843+00');
INSERT INTO public.countries VALUES ('5337ea0e-a176-467f-9253-4be3ade4592c', 'BW', 'BWA', 'Botswana', 'Botsuana', 'Botswana', '2026-12-01 10:59:54.92781+00', '2026-12-01 10:59:54.92781+00');
INSERT INTO public.countries VALUES ('2efcaa2b-7b59-44dd-8439-dd2682e68d23', 'BY', 'BLR', 'Belarus', 'Bielorrusia', 'Biélorussie', '2026-12-01 10:59:54.929675+00', '2026-12-01 10:59:54.929675+00');
INSERT INTO public.countries VALUES ('95bedca0-a721-40fe-ac52-95bb1998c3e6', 'BZ', 'BLZ', 'Belize', 'Belice', 'Belize', '2026-12-01 10:59:54.931601+00', '2026-12-01 10:59:54.931601+00');
INSERT INTO public.countries VALUES ('161e773a-9e59-483d-bfa8-3a5282ebc495', 'CA', 'CAN', 'Canada', 'Canadá', 'Canada', '2026-12-01 10:59:54.933403+00', '2026-12-01 10:59:54.933403+00');
INSERT INTO public.countries VALUES ('932a8cea-136e-4761-9f48-a40d5b773e02', 'CD', 'COD', 'Democratic Republic of the Congo', 'República Democrática del Congo', 'République démocratique du Congo', '2026-12-01 10:59:54.935517+00', '2026-12-01 10:59:54.935517+00');
INSERT INTO public.countries VALUES ('ac95e4ee-3734-42a6-810a-6b494dc13145', 'CF', 'CAF', 'Central African Republic', 'República Centroafricana', 'République centrafricaine', '2026-12-01 10:59:54.937279+00', '2026-12-01 10:59:54.937279+00');
INSERT INTO public.countries VALUES ('7463792c-573f-4bec-8041-b9be5964257d', 'CG', 'COG', 'Republic of the Congo', 'República del Congo', 'République du Congo', '2026-12-01 10:59:54.938996+00', '2026-12-01 10:59:54.938996+00');
INSERT INTO public.countries VALUES ('2679b916-fa7e-4a19-bb48-4e3f25a408a7', 'CH', 'CHE', 'Switzerland', 'Suiza', 'Suisse', '2026-12-01 10:59:54.941165+00', '2026-12-01 10:59:54.941165+00');
INSERT INTO public.countries VALUES ('0590c3d9-3a6e-4b10-8428-6ae9626af717', 'CI', 'CIV', 'Ivory Coast', 'Costa de Marfil', 'Côte d''Ivoire', '2026-12-01 10:59:54.943338+00', '2026-12-01 10:59:54.943338+00');
INSERT INTO public.countries VALUES ('840fff8b-162a-4888-b670-a623e48170b9', 'CK', 'COK', 'Cook Islands', 'Islas Cook', 'Îles Cook', '2026-12-01 10:59:54.945434+00', '2026-12-01 10:59:54.945434+00');
INSERT INTO public.countries VALUES ('834b30fb-df13-434f-bcf6-20c203d57950', 'CL', 'CHL', 'Chile', 'Chile', 'Chili', '2026-12-01 10:59:54.947515+00', '2026-12-01 10:59:54.947515+00');
INSERT INTO public.countries VALUES ('2208db3e-09de-4e5c-85da-7f85ba2c7dc0', 'CM', 'CMR', 'Cameroon', 'Camerún', 'Cameroun', '2026-12-01 10:59:54.949543+00', '2026-12-01 10:59:54.949543+00');
INSERT INTO public.countries VALUES ('f5bd1bc9-2b6c-4c2f-bd23-a09bafa2b71a', 'CN', 'CHN', 'People''s Republic of China', 'China', 'République populaire de Chine', '2026-12-01 10:59:54.951719+00', '2026-12-01 10:59:54.951719+00');
INSERT INTO public.countries VALUES ('24e520f1-3216-4351-904c-37c84b9d6245', 'CO', 'COL', 'Colombia', 'Colombia', 'Colombie', '2026-12-01 10:59:54.953734+00', '2026-12-01 10:59:54.953734+00');
INSERT INTO public.countries VALUES ('d1486c58-87d3-42bb-bd1e-e019e5bfb1f8', 'CR', 'CRI', 'Costa Rica', 'Costa Rica', 'Costa Rica', '2026-12-01 10:59:54.95577+00', '2026-12-01 10:59:54.95577+00');
INSERT INTO public.countries VALUES ('d909090a-beef-4b8f-93ff-4721c2f4b162', 'CU', 'CUB', 'Cuba', 'Cuba', 'Cuba', '2026-12-01 10:59:54.957766+00', '2026-12-01 10:59:54.957766+00');
INSERT INTO public.countries VALUES ('91cf993b-b9a0-4567-a774-02bb1f523463', 'CV', 'CPV', 'Cape Verde', 'Cabo Verde', 'Cap-Vert', '2026-12-01 10:59:54.959802+00', '2026-12-01 10:59:54.959802+00');
INSERT INTO public.countries VALUES ('c1d0b5cf-475c-4341-bec2-bd200b94dd41', 'CW', 'CUW', 'Curaçao', 'Curazao', 'Curaçao', '2026-12-01 10:59:54.961853+00', '2026-12-01 10:59:54.961853+00');
INSERT INTO public.countries VALUES ('f6788933-96f8-466f-a3ce-651e707ddc6f', 'CY', 'CYP', 'Cyprus', 'Chipre', 'Chypre', '2026-12-01 10:59:54.963947+00', '2026-12-01 10:59:54.963947+00');
INSERT INTO public.countries VALUES ('bfb929fc-b457-44fc-83e1-1e1c1710192e', 'CZ', 'CZE', 'Czech Republic', 'República Checa', 'Tchéquie', '2026-12-01 10:59:54.965866+00', '2026-12-01 10:59:54.965866+00');
INSERT INTO public.countries VALUES ('78d3dcd2-0644-45e1-afcc-8422b9df5a3b', 'DE', 'DEU', 'Germany', 'Alemania', 'Allemagne', '2026-12-01 10:59:54.967991+00', '2026-12-01 10:59:54.967991+00');
INSERT INTO public.countries VALUES ('66e3d5e7-76fb-4595-a079-836239e6ff05', 'DJ', 'DJI', 'Djibouti', 'Yibuti', 'Djibouti', '2026-12-01 10:59:54.970085+00', '2026-12-01 10:59:54.970085+00');
INSERT INTO public.countries VALUES ('51c375eb-8fd0-447e-afaa-cc457e79aaff', 'DK', 'DNK', 'Denmark', 'Dinamarca', 'Danemark', '2026-12-01 10:59:54.972192+00', '2026-12-01 10:59:54.972192+00');
INSERT INTO public.countries VALUES ('e15c3fdd-238b-4b57-887d-e8f17227ba46', 'DM', 'DMA', 'Dominica', 'Dominica', 'Dominique', '2026-12-01 10:59:54.974141+00', '2026-12-01 10:59:54.974141+00');
INSERT INTO public.countries VALUES ('11a1f0eb-a0cb-40e9-9acc-9fca123103db', 'DO', 'DOM', 'Dominican Republic', 'República Dominicana', 'République dominicaine', '2026-12-01 10:59:54.975861+00', '2026-12-01 10:59:54.975861+00');
INSERT INTO public.countries VALUES ('0130b1c8-9dc2-45b6-9f40-fc15345f10a2', 'DZ', 'DZA', 'Algeria', 'Argelia', 'Algérie', '2026-12-01 10:59:54.977984+00', '2026-12-01 10:59:54.977984+00');
INSERT INTO public.countries VALUES ('97dea068-599e-4e81-8409-8b8a2b891298', 'EC', 'ECU', 'Ecuador', 'Ecuador', 'Équateur', '2026-12-01 10:59:54.980102+00', '2026-12-01 10:59:54.980102+00');
INSERT INTO public.countries VALUES ('da885874-ae23-4fbd-8e74-e6ad08381f1e', 'EE', 'EST', 'Estonia', 'Estonia', 'Estonie', '2026-12-01 10:59:54.98204+00', '2026-12-01 10:59:54.98204+00');
INSERT INTO public.countries VALUES ('5605e7a4-4c82-4ab1-a181-6ef51bb041a3', 'EG', 'EGY', 'Egypt', 'Egipto', 'Égypte', '2026-12-01 10:59:54.984013+00', '2026-12-01 10:59:54.984013+00');
INSERT INTO public.countries VALUES ('1e35d348-e223-4afe-9c38-bd82e1acebfe', 'EH', 'ESH', 'Western Sahara', 'Sahara Occidental', 'Sahara occidental', '2026-12-01 10:59:54.985672+00', '2026-12-01 10:59:54.985672+00');
INSERT INTO public.countries VALUES ('3da3bf2b-69e6-42ac-b933-d469d044bb1b', 'ER', 'ERI', 'Eritrea', 'Eritrea', 'Érythrée', '2026-12-01 10:59:54.987435+00', '2026-12-01 10:59:54.987435+00');
INSERT INTO public.countries VALUES ('87ecda5f-5b50-4e70-a7db-336a989bde99', 'ES', 'ESP', 'Spain', 'España', 'Espagne', '2026-12-01 10:59:54.989485+00', '2026-12-01 10:59:54.989485+00');
INSERT INTO public.countries VALUES ('1748d071-30b5-45ab-b1b5-a88dcf558f29', 'ET', 'ETH', 'Ethiopia', 'Etiopía', 'Éthiopie', '2026-12-01 10:59:54.991515+00', '2026-12-01 10:59:54.991515+00');
INSERT INTO public.countries VALUES ('2235984c-07d1-41cc-a556-85eb91d4e7db', 'FI', 'FIN', 'Finland', 'Finlandia', 'Finlande', '2026-12-01 10:59:54.993686+00', '2026-12-01 10:59:54.993686+00');
INSERT INTO public.countries VALUES ('8792a670-7aed-4e7b-b025-94221c054be6', 'FJ', 'FJI', 'Fiji', 'Fiyi', 'Fidji', '2026-12-01 10:59:54.995987+00', '2026-12-01 10:59:54.995987+00');
INSERT INTO public.countries VALUES ('3520dbdd-c7c1-4519-923e-944af202d37f', 'FK', 'FLK', 'Falkland Islands', 'Islas Malvinas', 'îles Malouines', '2026-12-01 10:59:54.99824+00', '2026-12-01 10:59:54.99824+00');
INSERT INTO public.countries VALUES ('89338d5f-328a-42ad-93a8-de684445c2ba', 'FM', 'FSM', 'Federated States of Micronesia', 'Estados Federados de Micronesia', 'États fédérés de Micronésie', '2026-12-01 10:59:55.000441+00', '2026-12-01 10:59:55.000441+00');
INSERT INTO public.countries VALUES ('e833bb7b-7821-427f-9a7e-11819c884392', 'FO', 'FRO', 'Faroe Islands', 'Islas Feroe', 'îles Féroé', '2026-12-01 10:59:55.002607+00', '2026-12-01 10:59:55.002607+00');
INSERT INTO public.countries VALUES ('b4722dd1-d6a4-4dd7-ab6b-80393810a371', 'FR', 'FRA', 'France', 'Francia', 'France', '2026-12-01 10:59:55.004667+00', '2026-12-01 10:59:55.004667+00');
INSERT INTO public.countries VALUES ('b52e04de-d036-4701-ba35-78343a2a4379', 'GA', 'GAB', 'Gabon', 'Gabón', 'Gabon', '2026-12-01 10:59:55.00702+00', '2026-12-01 10:59:55.00702+00');
INSERT INTO public.countries VALUES ('691828ce-945d-4eb4-b88f-8a34e0edbbb4', 'GB', 'GBR', 'United Kingdom', 'Reino Unido', 'Royaume-Uni', '2026-12-01 10:59:55.009278+00', '2026-12-01 10:59:55.009278+00');
INSERT INTO public.countries VALUES ('0aa345b9-c9ac-4f8a-a34d-647574e5966e', 'GD', 'GRD', 'Grenada', 'Granada', 'Grenade', '2026-12-01 10:59:55.011802+00', '2026-12-01 10:59:55.011802+00');
INSERT INTO public.countries VALUES ('a05c2d14-047e-41d5-8e46-e7c3b09ba1ef', 'GE', 'GEO', 'Georgia', 'Georgia', 'Géorgie', '2026-12-01 10:59:55.014164+00', '2026-12-01 10:59:55.014164+00');
INSERT INTO public.countries VALUES ('c0431cf6-1c64-4f30-a6c3-50a9636448b3', 'GG', 'GGY', 'Guernsey', 'Guernsey', 'Guernesey', '2026-12-01 10:59:55.016646+00', '2026-12-01 10:59:55.016646+00');
INSERT INTO public.countries VALUES ('5f98fa82-3ae9-4283-a16c-ec307cfc5280', 'GH', 'GHA', 'Ghana', 'Ghana', 'Ghana', '2026-12-01 10:59:55.018916+00', '2026-12-01 10:59:55.018916+00');
INSERT INTO public.countries VALUES ('125fd3d2-b2db-4403-90fd-69fe25d40d2e', 'GI', 'GIB', 'Gibraltar', 'Gibraltar', 'Gibraltar', '2026-12-01 10:59:55.02112+00', '2026-12-01 10:59:55.02112+00');
INSERT INTO public.countries VALUES ('2a8fc94d-7689-4e45-b065-188d020537fc', 'GL', 'GRL', 'Greenland', 'Groenlandia', 'Groenland', '2026-12-01 10:59:55.023456+00', '2026-12-01 10:59:55.023456+00');
INSERT INTO public.countries VALUES ('b2dbf190-9211-414e-870c-213e6edd7a6c', 'GM', 'GMB', 'The Gambia', 'Gambia', 'Gambie', '2026-12-01 10:59:55.026247+00', '2026-12-01 10:59:55.026247+00');
INSERT INTO public.countries VALUES ('fac5e9e8-652a-45d2-ac80-85735e2b224d', 'GN', 'GIN', 'Guinea', 'Guinea', 'Guinée', '2026-12-01 10:59:55.028635+00', '2026-12-01 10:59:55.028635+00');
INSERT INTO public.countries VALUES ('9ff63d94-fb7b-41c9-8f5d-2c922b2a6437', 'GQ', 'GNQ', 'Equatorial Guinea', 'Guinea Ecuatorial', 'Guinée équatoriale', '2026-12-01 10:59:55.030926+00', '2026-12-01 10:59:55.030926+00');
INSERT INTO public.countries VALUES ('af364df0-b5b3-4934-a26d-03340695fe27', 'GR', 'GRC', 'Greece', 'Grecia', 'Grèce', '2026-12-01 10:59:55.033032+00', '2026-12-01 10:59:55.033032+00');
INSERT INTO public.countries VALUES ('931fc843-0dd3-427c-ae89-4ffa64589cb6', 'GS', 'SGS', 'South Georgia and the South Sandwich Islands', 'Islas Georgias del Sur y Sandwich del Sur', 'Géorgie du Sud-et-les Îles Sandwich du Sud', '2026-12-01 10:59:55.035376+00', '2026-12-01 10:59:55.035376+00');
INSERT INTO public.countries VALUES ('9aabbc92-25d2-43a2-a3ce-aeac50788af8', 'GT', 'GTM', 'Guatemala', 'Guatemala', 'Guatemala', '2026-12-01 10:59:55.03768+00', '2026-12-01 10:59:55.03768+00');
INSERT INTO public.countries VALUES ('24aae1e3-f600-4e39-aa08-38245daa7f56', 'GU', 'GUM', 'Guam', 'Guam', 'Guam', '2026-12-01 10:59:55.040039+00', '2026-12-01 10:59:55.040039+00');
INSERT INTO public.countries VALUES ('db97757a-bbad-432e-a6aa-c968d12230f7', 'GW', 'GNB', 'Guinea-Bissau', 'Guinea-Bisáu', 'Guinée-Bissau', '2026-12-01 10:59:55.042267+00', '2026-12-01 10:59:55.042267+00');
INSERT INTO public.countries VALUES ('add2c0a8-280c-400f-ba85-99783b1f8d20', 'GY', 'GUY', 'Guyana', 'Guyana', 'Guyana', '2026-12-01 10:59:55.044448+00', '2026-12-01 10:59:55.044448+00');
INSERT INTO public.countries VALUES ('0cf877c9-e273-4b31-9d47-4dacd8774cc7', 'HK', 'HKG', 'Hong Kong', 'Hong Kong', 'Hong Kong', '2026-12-01 10:59:55.046854+00', '2026-12-01 10:59:55.046854+00');
INSERT INTO public.countries VALUES ('d768d3b4-f193-423b-954a-c13588c56835', 'HM', 'HMD', 'Heard Island and McDonald Islands', 'Islas Heard y McDonald', 'îles Heard-et-MacDonald', '2026-12-01 10:59:55.049194+00', '2026-12-01 10:59:55.049194+00');
INSERT INTO public.countries VALUES ('c40d5d95-03a0-47ab-949b-625985010741', 'HN', 'HND', 'Honduras', 'Honduras', 'Honduras', '2026-12-01 10:59:55.051652+00', '2026-12-01 10:59:55.051652+00');
INSERT INTO public.countries VALUES ('225a5381-3139-4708-aece-816b143a6264', 'HR', 'HRV', 'Croatia', 'Croacia', 'Croatie', '2026-12-01 10:59:55.053833+00', '2026-12-01 10:59:55.053833+00');
INSERT INTO public.countries VALUES ('9074786e-1f77-4c76-b675-5a99dc0858a1', 'HT', 'HTI', 'Haiti', 'Haití', 'Haïti', '2026-12-01 10:59:55.05619+00', '2026-12-01 10:59:55.05619+00');
INSERT INTO public.countries VALUES ('407646b9-6de0-4523-863e-5affe123973c', 'HU', 'HUN', 'Hungary', 'Hungría', 'Hongrie', '2026-12-01 10:59:55.058739+00', '2026-12-01 10:59:55.058739+00');
INSERT INTO public.countries VALUES ('9faf9ff6-4218-4f7b-90dc-27654beca0c1', 'ID', 'IDN', 'Indonesia', 'Indonesia', 'Indonésie', '2026-12-01 10:59:55.061195+00', '2026-12-01 10:59:55.061195+00');
INSERT INTO public.countries VALUES ('b027afee-3b21-4d62-bd8a-08c46f5c18a7', 'IE', 'IRL', 'Ireland', 'Irlanda', 'Irlande', '2026-12-01 10:59:55.064686+00', '2026-12-01 10:59:55.064686+00');
INSERT INTO public.countries VALUES ('568958ac-1045-4aac-beff-f353fff0d1b4', 'IL', 'ISR', 'Israel', 'Israel', 'Israël', '2026-12-01 10:59:55.068085+00', '2026-12-01 10:59:55.068085+00');
INSERT INTO public.countries VALUES ('d48143cc-9482-45ec-b9c3-66e0b354290a', 'IM', 'IMN', 'Isle of Man', 'Isla de Man', 'île de Man', '2026-12-01 10:59:55.070959+00', '2026-12-01 10:59:55.070959+00');
INSERT INTO public.countries VALUES ('a53bf86d-6c71-4c42-8207-8f0585f2c52d', 'IN', 'IND', 'India', 'India', 'Inde', '2026-12-01 10:59:55.074548+00', '2026-12-01 10:59:55.074548+00');
INSERT INTO public.countries VALUES ('91a0ab85-0b7a-4955-a876-f77490b7b26e', 'IO', 'IOT', 'British Indian Ocean Territory', 'Territorio Británico del Océano Índico', 'Territoire britannique de l’océan Indien', '2026-12-01 10:59:55.07702+00', '2026-12-01 10:59:55.07702+00');
INSERT INTO public.countries VALUES ('7841467d-6d01-4689-8bb1-a843094ee506', 'IQ', 'IRQ', 'Iraq', 'Irak', 'Irak', '2026-12-01 10:59:55.079739+00', '2026-12-01 10:59:55.079739+00');
INSERT INTO public.countries VALUES ('4ca3642a-ac06-439a-9796-ed6e1ddd8311', 'IR', 'IRN', 'Iran', 'Irán', 'Iran', '2026-12-01 10:59:55.082219+00', '2026-12-01 10:59:55.082219+00');
INSERT INTO public.countries VALUES ('6185ebe3-591f-45e4-a7a2-d652b8847852', 'IS', 'ISL', 'Iceland', 'Islandia', 'Islande', '2026-12-01 10:59:55.085211+00', '2026-12-01 10:59:55.085211+00');
INSERT INTO public.countries VALUES ('7982aab3-ee91-4f60-880b-dc1832c398c6', 'IT', 'ITA', 'Italy', 'Italia', 'Italie', '2026-12-01 10:59:55.087785+00', '2026-12-01 10:59:55.087785+00');
INSERT INTO public.countries VALUES ('02c7e4ad-8dfc-4f14-b863-38de43d0f57a', 'JE', 'JEY', 'Jersey', 'Jersey', 'Jersey', '2026-12-01 10:59:55.090214+00', '2026-12-01 10:59:55.090214+00');
INSERT INTO public.countries VALUES ('465b9426-eeec-4702-983f-46ff2705f3d7', 'JM', 'JAM', 'Jamaica', 'Jamaica', 'Jamaïque', '2026-12-01 10:59:55.093113+00', '2026-12-01 10:59:55.093113+00');
INSERT INTO public.countries VALUES ('2c21aa9d-2630-419c-be73-eb63f5d35f93', 'JO', 'JOR', 'Jordan', 'Jordania', 'Jordanie', '2026-12-01 10:59:55.095705+00', '2026-12-01 10:59:55.095705+00');
INSERT INTO public.countries VALUES ('dcfe8619-cf80-492d-a1a4-da4e4f7bef95', 'JP', 'JPN', 'Japan', 'Japón', 'Japon', '2026-12-01 10:59:55.101092+00', '2026-12-01 10:59:55.101092+00');
INSERT INTO public.countries VALUES ('e6e31daf-2ceb-4e35-9a54-29ef9d57e0d6', 'KE', 'KEN', 'Kenya', 'Kenia', 'Kenya', '2026-12-01 10:59:55.103946+00', '2026-12-01 10:59:55.103946+00');
INSERT INTO public.countries VALUES ('113b3f6c-68fc-436e-a09a-def09a20500b', 'KG', 'KGZ', 'Kyrgyzstan', 'Kirguistán', 'Kirghizistan', '2026-12-01 10:59:55.10704+00', '2026-12-01 10:59:55.10704+00');
INSERT INTO public.countries VALUES ('c515d2e3-62c9-4b1f-b692-e60a3cd5fa7c', 'KH', 'KHM', 'Cambodia', 'Camboya', 'Cambodge', '2026-12-01 10:59:55.121797+00', '2026-12-01 10:59:55.121797+00');
INSERT INTO public.countries VALUES ('a3fdc403-ca92-44bb-985b-cb315df05192', 'KI', 'KIR', 'Kiribati', 'Kiribati', 'Kiribati', '2026-12-01 10:59:55.145173+00', '2026-12-01 10:59:55.145173+00');
INSERT INTO public.countries VALUES ('4b2e79ed-fe63-417b-993e-f4453190770f', 'KM', 'COM', 'Comoros', 'Comoras', 'Comores', '2026-12-01 10:59:55.15241+00', '2026-12-01 10:59:55.15241+00');
INSERT INTO public.countries VALUES ('b96af36c-bcb9-4cc5-b067-b79f45ea901c', 'KN', 'KNA', 'Saint Kitts and Nevis', 'San Cristóbal y Nieves', 'Saint-Christophe-et-Niévès', '2026-12-01 10:59:55.160874+00', '2026-12-01 10:59:55.160874+00');
INSERT INTO public.countries VALUES ('632f037e-490e-4f93-88b3-fb781a91d904', 'KP', 'PRK', 'North Korea', 'Corea del Norte', 'Corée du Nord', '2026-12-01 10:59:55.167846+00', '2026-12-01 10:59:55.167846+00');
INSERT INTO public.countries VALUES ('573a7e15-9df3-4a80-b0f4-ade42211aa57', 'KR', 'KOR', 'South Korea', 'Corea del Sur', 'Corée du Sud', '2026-12-01 10:59:55.174747+00', '2026-12-01 10:59:55.174747+00');
INSERT INTO public.countries VALUES ('211bb6f7-ae96-454f-a936-158def1a65d8', 'KW', 'KWT', 'Kuwait', 'Kuwait', 'Koweït', '2026-12-01 10:59:55.18296+00', '2026-12-01 10:59:55.18296+00');
INSERT INTO public.countries VALUES ('6d2d1799-56f7-4265-a90b-3cb2f66922f7', 'KY', 'CYM', 'Cayman Islands', 'Islas Caimán', 'îles Caïmans', '2026-12-01 10:59:55.186055+00', '2026-12-01 10:59:55.186055+00');
INSERT INTO public.countries VALUES ('902af184-b67b-4c95-88b4-5fc8aceb26fc', 'KZ', 'KAZ', 'Kazakhstan', 'Kazajistán', 'Kazakhstan', '2026-12-01 10:59:55.18869+00', '2026-12-01 10:59:55.18869+00');
INSERT INTO public.countries VALUES ('ca13c3b7-a818-4c66-b9fd-75e47103e4cd', 'LA', 'LAO', 'Laos', 'Laos', 'Laos', '2026-12-01 10:59:55.191178+00', '2026-12-01 10:59:55.191178+00');
INSERT INTO public.countries VALUES ('e359c3cf-628c-452f-983a-bec75730708c', 'LB', 'LBN', 'Lebanon', 'Líbano', 'Liban', '2026-12-01 10:59:55.193598+00', '2026-12-01 10:59:55.193598+00');
INSERT INTO public.countries VALUES ('029cb614-32ce-4c11-8584-8a5fe234f309', 'LC', 'LCA', 'Saint Lucia', 'Santa Lucía', 'Sainte-Lucie', '2026-12-01 10:59:55.195931+00', '2026-12-01 10:59:55.195931+00');
INSERT INTO public.countries VALUES ('00d3c1ac-609c-4b4a-9c5e-8ec026d85a9c', 'LI', 'LIE', 'Liechtenstein', 'Liechtenstein', 'Liechtenstein', '2026-12-01 10:59:55.19833+00', '2026-12-01 10:59:55.19833+00');
INSERT INTO public.countries VALUES ('03467bfc-6fd6-4dc8-84c6-449edf3f6d87', 'LK', 'LKA', 'Sri Lanka', 'Sri Lanka', 'Sri Lanka', '2026-12-01 10:59:55.200943+00', '2026-12-01 10:59:55.200943+00');
INSERT INTO public.countries VALUES ('c5027b22-b765-4994-a57a-c12b94bbd43f', 'LR', 'LBR', 'Liberia', 'Liberia', 'Liberia', '2026-12-01 10:59:55.203646+00', '2026-12-01 10:59:55.203646+00');
INSERT INTO public.countries VALUES ('67def0d8-744e-4d04-89a8-ce3f3bf009b2', 'LS', 'LSO', 'Lesotho', 'Lesoto', 'Lesotho', '2026-12-01 10:59:55.207734+00', '2026-12-01 10:59:55.207734+00');
INSERT INTO public.countries VALUES ('6cd93701-2552-453a-b852-9da0d3fcabd0', 'LT', 'LTU', 'Lithuania', 'Lituania', 'Lituanie', '2026-12-01 10:59:55.210418+00', '2026-12-01 10:59:55.210418+00');
INSERT INTO public.countries VALUES ('24ab4447-c169-44a6-8fce-27f43131bfd9', 'LU', 'LUX', 'Luxembourg', 'Luxemburgo', 'Luxembourg', '2026-12-01 10:59:55.213178+00', '2026-12-01 10:59:55.213178+00');
INSERT INTO public.countries VALUES ('2109cd5f-8e0c-4184-b9d5-c77cd5e4b9e5', 'LV', 'LVA', 'Latvia', 'Letonia', 'Lettonie', '2026-12-01 10:59:55.215505+00', '2026-12-01 10:59:55.215505+00');
INSERT INTO public.countries VALUES ('95c7f92d-cbb0-46c0-b118-90a1ed681700', 'LY', 'LBY', 'Libya', 'Libia', 'Libye', '2026-12-01 10:59:55.217638+00', '2026-12-01 10:59:55.217638+00');
INSERT INTO public.countries VALUES ('637410ec-d3db-4729-95e1-63f2816cb585', 'MA', 'MAR', 'Morocco', 'Marruecos', 'Maroc', '2026-12-01 10:59:55.222176+00', '2026-12-01 10:59:55.222176+00');
INSERT INTO public.countries VALUES ('577d0926-b0c7-4dfd-98f3-a3a56a3ccae4', 'MC', 'MCO', 'Monaco', 'Mónaco', 'Monaco', '2026-12-01 10:59:55.224687+00', '2026-12-01 10:59:55.224687+00');
INSERT INTO public.countries VALUES ('e7d65b66-e706-4233-ba49-c4498aa29246', 'MD', 'MDA', 'Moldova', 'Moldavia', 'Moldavie', '2026-12-01 10:59:55.23306+00', '2026-12-01 10:59:55.23306+00');
INSERT INTO public.countries VALUES ('d6eb281e-3ad3-4522-a0a4-222c5e9dec92', 'ME', 'MNE', 'Montenegro', 'Montenegro', 'Monténégro', '2026-12-01 10:59:55.239889+00', '2026-12-01 10:59:55.239889+00');
INSERT INTO public.countries VALUES ('def22b80-1c7f-45d2-a235-f764c743eb9b', 'MF', 'MAF', 'Saint Martin', 'San Martín', 'Saint-Martin', '2026-12-01 10:59:55.245988+00', '2026-12-01 10:59:55.245988+00');
INSERT INTO public.countries VALUES ('f01a717f-1bc2-49ec-b48d-2964390a68b9', 'MG', 'MDG', 'Madagascar', 'Madagascar', 'Madagascar', '2026-12-01 10:59:55.253061+00', '2026-12-01 10:59:55.253061+00');
INSERT INTO public.countries VALUES ('4ffcc879-0c81-41f8-91a6-d0a23f788e41', 'MH', 'MHL', 'Marshall Islands', 'Islas Marshall', 'Îles Marshall', '2026-12-01 10:59:55.25925+00', '2026-12-01 10:59:55.25925+00');
INSERT INTO public.countries VALUES ('c45bf390-6cb8-4871-b666-346266cca3c3', 'MK', 'MKD', 'North Macedonia', 'Macedonia del Norte', 'Macédoine du Nord', '2026-12-01 10:59:55.266785+00', '2026-12-01 10:59:55.266785+00');
INSERT INTO public.countries VALUES ('bb3bd9a5-59eb-43be-a547-2045e8324361', 'ML', 'MLI', 'Mali', 'Malí', 'Mali', '2026-12-01 10:59:55.27054+00', '2026-12-01 10:59:55.27054+00');
INSERT INTO public.countries VALUES ('9129500a-c600-4090-9074-baf3eae3ba8a', 'MM', 'MMR', 'Myanmar', 'Birmania', 'Birmanie', '2026-12-01 10:59:55.27596+00', '2026-12-01 10:59:55.27596+00');
INSERT INTO public.countries VALUES ('660cc92b-722f-42da-a9aa-ed46cfa2de67', 'MN', 'MNG', 'Mongolia', 'Mongolia', 'Mongolie', '2026-12-01 10:59:55.283776+00', '2026-12-01 10:59:55.283776+00');
INSERT INTO public.countries VALUES ('6d6c38d5-ccaf-48ba-b2ee-6ec948482a35', 'MO', 'MAC', 'Macau', 'Macao', 'Macao', '2026-12-01 10:59:55.289618+00', '2026-12-01 10:59:55.289618+00');
INSERT INTO public.countries VALUES ('c0102b3e-2388-416f-87bb-83fbbcad415f', 'MP', 'MNP', 'Northern Mariana Islands', 'Islas Marianas del Norte', 'îles Mariannes du Nord', '2026-12-01 10:59:55.295614+00', '2026-12-01 10:59:55.295614+00');
INSERT INTO public.countries VALUES ('c06c5432-26a1-4bb5-a35f-04d5c7576be3', 'MR', 'MRT', 'Mauritania', 'Mauritania', 'Mauritanie', '2026-12-01 10:59:55.298602+00', '2026-12-01 10:59:55.298602+00');
INSERT INTO public.countries VALUES ('ec77ca65-8214-4333-aa6e-21fd5f201096', 'MS', 'MSR', 'Montserrat', 'Montserrat', 'Montserrat', '2026-12-01 10:59:55.302535+00', '2026-12-01 10:59:55.302535+00');
INSERT INTO public.countries VALUES ('6f5ad60c-bfb2-4cb1-bb6c-e7ad8fb1f9d5', 'MT', 'MLT', 'Malta', 'Malta', 'Malte', '2026-12-01 10:59:55.305157+00', '2026-12-01 10:59:55.305157+00');
INSERT INTO public.countries VALUES ('1b286ca6-1dba-4e45-b7e6-c025249b8f20', 'MU', 'MUS', 'Mauritius', 'Mauricio', 'Maurice', '2026-12-01 10:59:55.309646+00', '2026-12-01 10:59:55.309646+00');
INSERT INTO public.countries VALUES ('196bb647-b63f-415b-af3c-49f6bf705e13', 'MV', 'MDV', 'Maldives', 'Maldivas', 'Maldives', '2026-12-01 10:59:55.311965+00', '2026-12-01 10:59:55.311965+00');
INSERT INTO public.countries VALUES ('f33f1d07-d816-42c5-abd3-637370f167ad', 'MW', 'MWI', 'Malawi', 'Malaui', 'Malawi', '2026-12-01 10:59:55.314172+00', '2026-12-01 10:59:55.314172+00');
INSERT INTO public.countries VALUES ('24786b7e-4edf-44e1-aebb-25a3b6ef135b', 'MX', 'MEX', 'Mexico', 'México', 'Mexique', '2026-12-01 10:59:55.317444+00', '2026-12-01 10:59:55.317444+00');
INSERT INTO public.countries VALUES ('50b3c959-18a6-47b9-adfc-3f21872165d2', 'MY', 'MYS', 'Malaysia', 'Malasia', 'Malaisie', '2026-12-01 10:59:55.321907+00', '2026-12-01 10:59:55.321907+00');
INSERT INTO public.countries VALUES ('122423d4-0bc9-44b8-af52-6187c7b70657', 'MZ', 'MOZ', 'Mozambique', 'Mozambique', 'Mozambique', '2026-12-01 10:59:55.326455+00', '2026-12-01 10:59:55.326455+00');
INSERT INTO public.countries VALUES ('36788474-553d-4b48-add3-3d2a74c1f206', 'NA', 'NAM', 'Namibia', 'Namibia', 'Namibie', '2026-12-01 10:59:55.329605+00', '2026-12-01 10:59:55.329605+00');
INSERT INTO public.countries VALUES ('5bf4a095-f35d-413c-8d55-fc4da9d46adc', 'NC', 'NCL', 'New Caledonia', 'Nueva Caledonia', 'Nouvelle-Calédonie', '2026-12-01 10:59:55.33202+00', '2026-12-01 10:59:55.33202+00');
INSERT INTO public.countries VALUES ('04a8ff29-c8b6-40af-89c2-f243b8572762', 'NE', 'NER', 'Niger', 'Níger', 'Niger', '2026-12-01 10:59:55.334773+00', '2026-12-01 10:59:55.334773+00');
INSERT INTO public.countries VALUES ('0ba01794-1811-45cd-9b10-12cc8eebf4f5', 'NF', 'NFK', 'Norfolk Island', 'Isla Norfolk', 'Île Norfolk', '2026-12-01 10:59:55.3395+00', '2026-12-01 10:59:55.3395+00');
INSERT INTO public.countries VALUES ('9208fe01-28e1-4d3e-8d22-beb671096038', 'NG', 'NGA', 'Nigeria', 'Nigeria', 'Nigeria', '2026-12-01 10:59:55.342658+00', '2026-12-01 10:59:55.342658+00');
INSERT INTO public.countries VALUES ('9ff2951f-2113-429a-a677-7c206dd6bb72', 'NI', 'NIC', 'Nicaragua', 'Nicaragua', 'Nicaragua', '2026-12-01 10:59:55.345151+00', '2026-12-01 10:59:55.345151+00');
INSERT INTO public.countries VALUES ('27445a83-190e-4899-9df6-96278610028d', 'NL', 'NLD', 'Netherlands', 'Países Bajos', 'Pays-Bas', '2026-12-01 10:59:55.351065+00', '2026-12-01 10:59:55.351065+00');
INSERT INTO public.countries VALUES ('0850552c-413d-40be-b315-7567fbb6883d', 'NO', 'NOR', 'Norway', 'Noruega', 'Norvège', '2026-12-01 10:59:55.35386+00', '2026-12-01 10:59:55.35386+00');
INSERT INTO public.countries VALUES ('55a53f0a-d602-455b-af0d-1f81fa19815b', 'NP', 'NPL', 'Nepal', 'Nepal', 'Népal', '2026-12-01 10:59:55.35712+00', '2026-12-01 10:59:55.35712+00');
INSERT INTO public.countries VALUES ('2b42839d-19b1-41d0-91f2-6eb8b7f1703b', 'NR', 'NRU', 'Nauru', 'Nauru', 'Nauru', '2026-12-01 10:59:55.360763+00', '2026-12-01 10:59:55.360763+00');
INSERT INTO public.countries VALUES ('6d224311-63ba-4c48-84a2-cb704359253e', 'NU', 'NIU', 'Niue', 'Niue', 'Niue', '2026-12-01 10:59:55.36397+00', '2026-12-01 10:59:55.36397+00');
INSERT INTO public.countries VALUES ('9359d917-06c5-4cbe-ad08-ad3f05a5957a', 'NZ', 'NZL', 'New Zealand', 'Nueva Zelanda', 'Nouvelle-Zélande', '2026-12-01 10:59:55.366926+00', '2026-12-01 10:59:55.366926+00');
INSERT INTO public.countries VALUES ('6c83c0e6-a370-4a14-8b8b-5de38f796e6e', 'OM', 'OMN', 'Oman', 'Omán', 'Oman', '2026-12-01 10:59:55.371049+00', '2026-12-01 10:59:55.371049+00');
INSERT INTO public.countries VALUES ('e90d185c-886d-465e-9414-0407cdfc3877', 'PA', 'PAN', 'Panama', 'Panamá', 'Panama', '2026-12-01 10:59:55.374707+00', '2026-12-01 10:59:55.374707+00');
INSERT INTO public.countries VALUES ('7816e2d8-938f-414b-ad3c-f103fa62e1b8', 'PE', 'PER', 'Peru', 'Perú', 'Pérou', '2026-12-01 10:59:55.379252+00', '2026-12-01 10:59:55.379252+00');
INSERT INTO public.countries VALUES ('fb93146f-1da8-47f8-b446-998d6c24723d', 'PF', 'PYF', 'French Polynesia', 'Polinesia Francesa', 'Polynésie française', '2026-12-01 10:59:55.385457+00', '2026-12-01 10:59:55.385457+00');
INSERT INTO public.countries VALUES ('5b315d9d-5c23-40ad-bae9-6cf2be1ab7b6', 'PG', 'PNG', 'Papua New Guinea', 'Papúa Nueva Guinea', 'Papouasie-Nouvelle-Guinée', '2026-12-01 10:59:55.388343+00', '2026-12-01 10:59:55.388343+00');
INSERT INTO public.countries VALUES ('1384ba4b-b54d-465f-b6e2-566b17d7b30e', 'PH', 'PHL', 'Philippines', 'Filipinas', 'Philippines', '2026-12-01 10:59:55.391981+00', '2026-12-01 10:59:55.391981+00');
INSERT INTO public.countries VALUES ('8409086a-5b4a-4371-9580-4ffc114de5a8', 'PK', 'PAK', 'Pakistan', 'Pakistán', 'Pakistan', '2026-12-01 10:59:55.395665+00', '2026-12-01 10:59:55.395665+00');
INSERT INTO public.countries VALUES ('629598c1-4d6d-481c-84ab-41346c467bb3', 'PL', 'POL', 'Poland', 'Polonia', 'Pologne', '2026-12-01 10:59:55.401663+00', '2026-12-01 10:59:55.401663+00');
INSERT INTO public.countries VALUES ('59bebfb4-8cda-422d-a352-9a165cf6b45f', 'PM', 'SPM', 'Saint Pierre and Miquelon', 'San Pedro y Miquelón', 'Saint-Pierre-et-Miquelon', '2026-12-01 10:59:55.406494+00', '2026-12-01 10:59:55.406494+00');
INSERT INTO public.countries VALUES ('2cfd7003-d69b-4066-bc35-7c1ae9830ee6', 'PN', 'PCN', 'Pitcairn Islands', 'Islas Pitcairn', 'Iles Pitcairn', '2026-12-01 10:59:55.411236+00', '2026-12-01 10:59:55.411236+00');
INSERT INTO public.countries VALUES ('eae8ba96-c57e-45eb-9c9a-5a33185ec259', 'PR', 'PRI', 'Puerto Rico', 'Puerto Rico', 'Porto Rico', '2026-12-01 10:59:55.413992+00', '2026-12-01 10:59:55.413992+00');
INSERT INTO public.countries VALUES ('2b96bec5-853e-4990-84de-f2796d8c3b03', 'PS', 'PSE', 'Palestine', 'Palestina', 'Palestine', '2026-12-01 10:59:55.420529+00', '2026-12-01 10:59:55.420529+00');
INSERT INTO public.countries VALUES ('1487e752-4581-4e15-b821-db833497eebf', 'PT', 'PRT', 'Portugal', 'Portugal', 'Portugal', '2026-12-01 10:59:55.428033+00', '2026-12-01 10:59:55.428033+00');
INSERT INTO public.countries VALUES ('ae693fc6-c24b-41f0-8143-7ea528731e50', 'PW', 'PLW', 'Palau', 'Palaos', 'Palaos', '2026-12-01 10:59:55.435013+00', '2026-12-01 10:59:55.435013+00');
INSERT INTO public.countries VALUES ('56758bf3-5354-4dcc-ade5-c07e4a541ced', 'PY', 'PRY', 'Paraguay', 'Paraguay', 'Paraguay', '2026-12-01 10:59:55.440122+00', '2026-12-01 10:59:55.440122+00');
INSERT INTO public.countries VALUES ('316a3e68-6a0d-4f13-ad7e-9f2b9bc9e268', 'QA', 'QAT', 'Qatar', 'Catar', 'Qatar', '2026-12-01 10:59:55.442868+00', '2026-12-01 10:59:55.442868+00');
INSERT INTO public.countries VALUES ('5e882ec1-b10f-42eb-b8bf-24bde134b438', 'RO', 'ROU', 'Romania', 'Rumania', 'Roumanie', '2026-12-01 10:59:55.446418+00', '2026-12-01 10:59:55.446418+00');
INSERT INTO public.countries VALUES ('85e7e71f-e4aa-45f8-b4d4-7cbdb75dedc1', 'RS', 'SRB', 'Serbia', 'Serbia', 'Serbie', '2026-12-01 10:59:55.449085+00', '2026-12-01 10:59:55.449085+00');
INSERT INTO public.countries VALUES ('f021944b-804d-4d9e-88f5-43b42605e490', 'RU', 'RUS', 'Russia', 'Rusia', 'Russie', '2026-12-01 10:59:55.453204+00', '2026-12-01 10:59:55.453204+00');
INSERT INTO public.countries VALUES ('7f6d6314-230b-4612-a8a6-76e4ac24a4b7', 'RW', 'RWA', 'Rwanda', 'Ruanda', 'Rwanda', '2026-12-01 10:59:55.455771+00', '2026-12-01 10:59:55.455771+00');
INSERT INTO public.countries VALUES ('a624b9ce-f91d-4cee-88fa-10ef408f2d13', 'SA', 'SAU', 'Saudi Arabia', 'Arabia Saudita', 'Arabie saoudite', '2026-12-01 10:59:55.458396+00', '2026-12-01 10:59:55.458396+00');
INSERT INTO public.countries VALUES ('399112a3-eef0-4ec6-8a0e-3212716801e4', 'SB', 'SLB', 'Solomon Islands', 'Islas Salomón', 'Îles Salomon', '2026-12-01 10:59:55.462521+00', '2026-12-01 10:59:55.462521+00');
INSERT INTO public.countries VALUES ('60899abf-53b9-4142-a940-d6c5137f884b', 'SC', 'SYC', 'Seychelles', 'Seychelles', 'Seychelles', '2026-12-01 10:59:55.467441+00', '2026-12-01 10:59:55.467441+00');
INSERT INTO public.countries VALUES ('6cb24d9f-8c1f-4425-9834-c49d30eb4684', 'SD', 'SDN', 'Sudan', 'Sudán', 'Soudan', '2026-12-01 10:59:55.471804+00', '2026-12-01 10:59:55.471804+00');
INSERT INTO public.countries VALUES ('b8975597-1456-4e24-9ee7-cafadc0fcf11', 'SE', 'SWE', 'Sweden', 'Suecia', 'Suède', '2026-12-01 10:59:55.475929+00', '2026-12-01 10:59:55.475929+00');
INSERT INTO public.countries VALUES ('518ed568-91a0-4bb8-b550-7cb09cae046d', 'SG', 'SGP', 'Singapore', 'Singapur', 'Singapour', '2026-12-01 10:59:55.480003+00', '2026-12-01 10:59:55.480003+00');
INSERT INTO public.countries VALUES ('08e10f39-b7bc-4ed0-84e0-35e9a61991c1', 'SH', 'SHN', 'Saint Helena', 'Isla Santa Elena', 'Sainte-Hélène', '2026-12-01 10:59:55.482878+00', '2026-12-01 10:59:55.482878+00');
INSERT INTO public.countries VALUES ('38bc6f3c-34f1-4f44-a438-25354b3a7467', 'SI', 'SVN', 'Slovenia', 'Eslovenia', 'Slovénie', '2026-12-01 10:59:55.486763+00', '2026-12-01 10:59:55.486763+00');
INSERT INTO public.countries VALUES ('636badb6-a68b-406c-80b0-fff1464b5e60', 'SK', 'SVK', 'Slovakia', 'Eslovaquia', 'Slovaquie', '2026-12-01 10:59:55.495889+00', '2026-12-01 10:59:55.495889+00');
INSERT INTO public.countries VALUES ('41bea9ba-eb12-4930-92d5-f00069362aa2', 'SL', 'SLE', 'Sierra Leone', 'Sierra Leona', 'Sierra Leone', '2026-12-01 10:59:55.501939+00', '2026-12-01 10:59:55.501939+00');
INSERT INTO public.countries VALUES ('8ebca24d-e3c7-4fa1-8efe-88ad3aa49ac5', 'SM', 'SMR', 'San Marino', 'San Marino', 'Saint-Marin', '2026-12-01 10:59:55.505076+00', '2026-12-01 10:59:55.505076+00');
INSERT INTO public.countries VALUES ('2017510e-d428-477e-bd8d-1685a828ec8c', 'SN', 'SEN', 'Senegal', 'Senegal', 'Sénégal', '2026-12-01 10:59:55.512824+00', '2026-12-01 10:59:55.512824+00');
INSERT INTO public.countries VALUES ('85e0ea74-b8f0-4620-a8f0-fa3c53d1b186', 'SO', 'SOM', 'Somalia', 'Somalia', 'Somalie', '2026-12-01 10:59:55.520408+00', '2026-12-01 10:59:55.520408+00');
INSERT INTO public.countries VALUES ('fc6ed6ec-86d2-4f31-99e5-acfae7517ad3', 'SR', 'SUR', 'Suriname', 'Surinam', 'Suriname', '2026-12-01 10:59:55.525405+00', '2026-12-01 10:59:55.525405+00');
INSERT INTO public.countries VALUES ('ad94b4e5-bcec-4135-9a61-7a3ec139e8b3', 'SS', 'SSD', 'South Sudan', 'Sudán del Sur', 'Soudan du Sud', '2026-12-01 10:59:55.530951+00', '2026-12-01 10:59:55.530951+00');
INSERT INTO public.countries VALUES ('4cf495b9-ea91-4748-a65b-c3d63951616c', 'ST', 'STP', 'São Tomé and Príncipe', 'Santo Tomé y Príncipe', 'Sao Tomé-et-Principe', '2026-12-01 10:59:55.534161+00', '2026-12-01 10:59:55.534161+00');
INSERT INTO public.countries VALUES ('77c4cfec-c771-4518-af83-21812c51a110', 'SV', 'SLV', 'El Salvador', 'El Salvador', 'Salvador', '2026-12-01 10:59:55.536895+00', '2026-12-01 10:59:55.536895+00');
INSERT INTO public.countries VALUES ('5dc8e611-5007-4034-b084-356d3afb3c50', 'SX', 'SXM', 'Sint Maarten', 'San Martín', 'Saint-Martin', '2026-12-01 10:59:55.541707+00', '2026-12-01 10:59:55.541707+00');
INSERT INTO public.countries VALUES ('03295f5f-a0e0-4837-a394-9bd37700920f', 'SY', 'SYR', 'Syria', 'Siria', 'Syrie', '2026-12-01 10:59:55.545702+00', '2026-12-01 10:59:55.545702+00');
INSERT INTO public.countries VALUES ('7daa7127-123a-48dc-ba6b-8abf26b12955', 'SZ', 'SWZ', 'Eswatini', 'Suazilandia', 'Eswatini', '2026-12-01 10:59:55.553808+00', '2026-12-01 10:59:55.553808+00');
INSERT INTO public.countries VALUES ('221d07d9-f55d-4cc9-9bdf-e580a35e1c8c', 'TC', 'TCA', 'Turks and Caicos Islands', 'Islas Turcas y Caicos', 'îles Turques-et-Caïques', '2026-12-01 10:59:55.558122+00', '2026-12-01 10:59:55.558122+00');
INSERT INTO public.countries VALUES ('e2ab1692-7a85-4300-bc4b-e7c8aa28ef68', 'TD', 'TCD', 'Chad', 'Chad', 'Tchad', '2026-12-01 10:59:55.562866+00', '2026-12-01 10:59:55.562866+00');
INSERT INTO public.countries VALUES ('f8a882cd-4d0b-4942-a6ec-d67633dfba83', 'TF', 'ATF', 'French Southern and Antarctic Lands', 'Tierras Australes y Antárticas Francesas', 'Terres australes et antarctiques françaises', '2026-12-01 10:59:55.568019+00', '2026-12-01 10:59:55.568019+00');
INSERT INTO public.countries VALUES ('aa4bf64c-7148-47aa-b5f5-6695b200f9e6', 'TG', 'TGO', 'Togo', 'Togo', 'Togo', '2026-12-01 10:59:55.573607+00', '2026-12-01 10:59:55.573607+00');
INSERT INTO public.countries VALUES ('ceffa955-b1d8-4fd7-b429-b420d3ddbff8', 'TH', 'THA', 'Thailand', 'Tailandia', 'Thaïlande', '2026-12-01 10:59:55.576875+00', '2026-12-01 10:59:55.576875+00');
INSERT INTO public.countries VALUES ('e429b6c3-804d-44eb-8a2a-30efffbf2a66', 'TJ', 'TJK', 'Tajikistan', 'Tayikistán', 'Tadjikistan', '2026-12-01 10:59:55.581685+00', '2026-12-01 10:59:55.581685+00');
INSERT INTO public.countries VALUES ('1e1433e2-dc7b-4adb-bce6-18b1d6fa0b7f', 'TL', 'TLS', 'East Timor', 'Timor Oriental', 'Timor oriental', '2026-12-01 10:59:55.585263+00', '2026-12-01 10:59:55.585263+00');
INSERT INTO public.countries VALUES ('32db14b3-9197-4f39-9548-19dd5d9cb445', 'TM', 'TKM', 'Turkmenistan', 'Turkmenistán', 'Turkménistan', '2026-12-01 10:59:55.588246+00', '2026-12-01 10:59:55.588246+00');
INSERT INTO public.countries VALUES ('ed72023d-7407-421c-81f2-2346eb34de6d', 'TN', 'TUN', 'Tunisia', 'Túnez', 'Tunisie', '2026-12-01 10:59:55.591573+00', '2026-12-01 10:59:55.591573+00');
INSERT INTO public.countries VALUES ('b6811b48-04f2-4291-996c-684d0525ae98', 'TO', 'TON', 'Tonga', 'Tonga', 'Tonga', '2026-12-01 10:59:55.594565+00', '2026-12-01 10:59:55.594565+00');
INSERT INTO public.countries VALUES ('5f1fda0d-3118-4027-81bf-a5d29de3123c', 'TR', 'TUR', 'Turkey', 'Turquía', 'Turquie', '2026-12-01 10:59:55.59768+00', '2026-12-01 10:59:55.59768+00');
INSERT INTO public.countries VALUES ('8f29dc49-00d5-454a-acb7-27558d8c5788', 'TT', 'TTO', 'Trinidad and Tobago', 'Trinidad y Tobago', 'Trinité-et-Tobago', '2026-12-01 10:59:55.600846+00', '2026-12-01 10:59:55.600846+00');
INSERT INTO public.countries VALUES ('5326c327-7f1d-49e3-87d7-1cd6c76c60fb', 'TV', 'TUV', 'Tuvalu', 'Tuvalu', 'Tuvalu', '2026-12-01 10:59:55.603675+00', '2026-12-01 10:59:55.603675+00');
INSERT INTO public.countries VALUES ('1fcd6325-8c51-4875-81fc-5e6e48811471', 'TW', 'TWN', 'Taiwan', 'República de China', 'Taïwan', '2026-12-01 10:59:55.606784+00', '2026-12-01 10:59:55.606784+00');
INSERT INTO public.countries VALUES ('ed37f0f9-01a3-4c8e-9f9f-eb3f688eedf8', 'TZ', 'TZA', 'Tanzania', 'Tanzania', 'Tanzanie', '2026-12-01 10:59:55.609442+00', '2026-12-01 10:59:55.609442+00');
INSERT INTO public.countries VALUES ('59502039-117c-478d-b7a4-7262c35a2dd6', 'UA', 'UKR', 'Ukraine', 'Ucrania', 'Ukraine', '2026-12-01 10:59:55.612391+00', '2026-12-01 10:59:55.612391+00');
INSERT INTO public.countries VALUES ('2ceb90d7-5369-4cfe-9ddd-723264c90255', 'UG', 'UGA', 'Uganda', 'Uganda', 'Ouganda', '2026-12-01 10:59:55.616313+00', '2026-12-01 10:59:55.616313+00');
INSERT INTO public.countries VALUES ('a9a1ddd6-b069-439c-af09-ab61aa20ec3e', 'UM', 'UMI', 'United States Minor Outlying Islands', 'Islas ultramarinas de Estados Unidos', 'Îles mineures éloignées des États-Unis', '2026-12-01 10:59:55.619095+00', '2026-12-01 10:59:55.619095+00');
INSERT INTO public.countries VALUES ('bf505695-268d-4a4e-9fd0-e6b36b6b2d3e', 'US', 'USA', 'United States of America', 'Estados Unidos', 'États-Unis', '2026-12-01 10:59:55.622045+00', '2026-12-01 10:59:55.622045+00');
INSERT INTO public.countries VALUES ('fbe2e37e-8571-45ec-bd5d-b9e4306c894d', 'UY', 'URY', 'Uruguay', 'Uruguay', 'Uruguay', '2026-12-01 10:59:55.626432+00', '2026-12-01 10:59:55.626432+00');
INSERT INTO public.countries VALUES ('ad397a01-12ba-4f83-ad85-374a36f410f0', 'UZ', 'UZB', 'Uzbekistan', 'Uzbekistán', 'Ouzbékistan', '2026-12-01 10:59:55.632183+00', '2026-12-01 10:59:55.632183+00');
INSERT INTO public.countries VALUES ('2858a4ac-e9e7-420c-bbde-5dcad37c96c8', 'VA', 'VAT', 'Vatican City', 'Ciudad del Vaticano', 'Cité du Vatican', '2026-12-01 10:59:55.635191+00', '2026-12-01 10:59:55.635191+00');
INSERT INTO public.countries VALUES ('39f7bd66-d779-4182-b6ad-30d8f50e86dc', 'VC', 'VCT', 'Saint Vincent and the Grenadines', 'San Vicente y las Granadinas', 'Saint-Vincent-et-les-Grenadines', '2026-12-01 10:59:55.63873+00', '2026-12-01 10:59:55.63873+00');
INSERT INTO public.countries VALUES ('4fffb3f5-f249-41b0-ac12-8127bd112396', 'VE', 'VEN', 'Venezuela', 'Venezuela', 'Venezuela', '2026-12-01 10:59:55.641434+00', '2026-12-01 10:59:55.641434+00');
INSERT INTO public.countries VALUES ('90ed43f7-1bd2-4736-9985-2ede79319836', 'VG', 'VGB', 'British Virgin Islands', 'Islas Vírgenes Británicas', 'îles Vierges britanniques', '2026-12-01 10:59:55.644264+00', '2026-12-01 10:59:55.644264+00');
INSERT INTO public.countries VALUES ('a3843e11-b711-4718-b8aa-e38c6451dc16', 'VI', 'VIR', 'United States Virgin Islands', 'Islas Vírgenes de los Estados Unidos', 'îles Vierges des États-Unis', '2026-12-01 10:59:55.646928+00', '2026-12-01 10:59:55.646928+00');
INSERT INTO public.countries VALUES ('7e8364c6-e9a3-4e04-b106-772252cb5803', 'VN', 'VNM', 'Vietnam', 'Vietnam', 'Viêt Nam', '2026-12-01 10:59:55.649422+00', '2026-12-01 10:59:55.649422+00');
INSERT INTO public.countries VALUES ('7d5e951a-59ee-4e79-83dd-702245f6209f', 'VU', 'VUT', 'Vanuatu', 'Vanuatu', 'Vanuatu', '2026-12-01 10:59:55.652976+00', '2026-12-01 10:59:55.652976+00');
INSERT INTO public.countries VALUES ('71992ac6-0e26-474f-902f-5b8c1658dfc7', 'WF', 'WLF', 'Wallis and Futuna', 'Wallis y Futuna', 'Wallis-et-Futuna', '2026-12-01 10:59:55.65539+00', '2026-12-01 10:59:55.65539+00');
INSERT INTO public.countries VALUES ('ff6abbd3-418a-4be5-b18b-7042faadb942', 'WS', 'WSM', 'Samoa', 'Samoa', 'Samoa', '2026-12-01 10:59:55.657785+00', '2026-12-01 10:59:55.657785+00');
INSERT INTO public.countries VALUES ('661e3299-7f2d-42ce-b522-28a01f50f359', 'XK', NULL, 'Kosovo', 'Kosovo', 'Kosovo', '2026-12-01 10:59:55.660221+00', '2026-12-01 10:59:55.660221+00');
INSERT INTO public.countries VALUES ('9012a7ae-1bd7-416b-883d-87a85d299df6', 'YE', 'YEM', 'Yemen', 'Yemen', 'Yémen', '2026-12-01 10:59:55.662536+00', '2026-12-01 10:59:55.662536+00');
INSERT INTO public.countries VALUES ('79319692-4e9e-450c-9c28-5a4692f12184', 'ZA', 'ZAF', 'South Africa', 'Sudáfrica', 'Afrique du Sud', '2026-12-01 10:59:55.6652+00', '2026-12-01 10:59:55.6652+00');
INSERT INTO public.countries VALUES ('eef3351a-2989-4757-89a0-fe38f613cd65', 'ZM', 'ZMB', 'Zambia', 'Zambia', 'Zambie', '2026-12-01 10:59:55.668119+00', '2026-12-01 10:59:55.668119+00');
INSERT INTO public.countries VALUES ('a21b4465-04dd-40d5-8df8-1fa4681007db', 'ZW', 'ZWE', 'Zimbabwe', 'Zimbabue', 'Zimbabwe', '2026-12-01 10:59:55.671608+00', '2026-12-01 10:59:55.671608+00');


--
-- Data for Name: diagnostics; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.diagnostics VALUES ('adba2837-e48c-498b-b1a2-fd26a60c2fa8', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 1, 'validated', 'Pune food processing cluster diagnostic', '1998-01-15', 'Small food processors (pickles, spices, snacks) buying from local farmers and selling through traders.', NULL, 'Representation fragmented among many small associations; no dialogue with the federal food regulator.', NULL, NULL, '', 'Little use of existing testing facilities
Fragmented associations', 'Growing demand for packaged foods', 'Audits under the Food Adulteration Act', 'The groups see the same problem differently; dialogue must come first.', '1998-09-30', 'Validation meeting with entrepreneurs, the testing laboratory and the food administration', '2ac323f0-aa75-4307-9c05-b7529463b83e', '2026-12-01 10:59:56.960824+00', '2026-12-01 10:59:57.148316+00');
INSERT INTO public.diagnostics VALUES ('2cb28331-a917-438e-9e91-a6cfae27ee17', '7391de3a-6d67-4163-a0c0-bcef285d493c', 1, 'validated', 'Jaipur block printing cluster diagnostic', '1997-02-01', 'About 350 small firms in hand-block and screen printing employing almost 10,000 workers; screen printers copy designs and use synthetic dyes.', NULL, NULL, 'Twenty years of bitter competition among block printers.', 'An attempt to cooperate failed some twenty years before; no move since.', 'Long tradition of hand-block printing
Natural dyes', '', 'Worldwide appreciation for ethnic design and eco-friendly dyes', 'Screen printers copying designs at lower cost', 'Unexploited capacity to target profitable national and world markets; marketing skills lacking.', '1997-08-20', 'Validation meeting with artisans, CALICO and support agencies', NULL, '2026-12-01 10:59:57.206815+00', '2026-12-01 10:59:57.206815+00');
INSERT INTO public.diagnostics VALUES ('9bf27da7-bf63-4a03-8791-8091583a7721', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 1, 'validated', 'Boaco and Chontales milk and cheese diagnostic', '1997-05-01', 'Milk producers, collectors, processing cooperatives, testing laboratories and cheese retailers.', NULL, 'Many institutions (INPYME, INCAE, ministries, IDR) without coordination.', NULL, NULL, '', '', '', '', 'Bottlenecks at every stage of the chain; quality and hygiene limit access to markets.', '1997-11-20', 'Committee for institutional coordination', NULL, '2026-12-01 10:59:57.682991+00', '2026-12-01 10:59:57.682991+00');
INSERT INTO public.diagnostics VALUES ('03be3389-919a-4a80-be40-be78877fdde2', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 1, 'validated', 'Ludhiana knitwear cluster diagnostic', '1997-04-01', 'Over 10,000 small and medium firms, nearly 90 % of the national market for woollen knitwear.', NULL, NULL, NULL, NULL, '', 'Workers'' skills
Finishing technology
Few skilled women workers', 'Higher segments of the domestic market
Exports', 'Liberalisation and cheaper goods from Nepal and China', NULL, '1997-10-10', 'Cluster stakeholders'' meeting', NULL, '2026-12-01 10:59:58.07438+00', '2026-12-01 10:59:58.07438+00');
INSERT INTO public.diagnostics VALUES ('5c5b586d-4693-4068-b302-6b0041ccaf24', '85718678-6e8d-4ad9-97ca-e4a9088fae29', 1, 'draft', 'Fez leather cluster diagnostic', '2000-03-01', 'Tanneries in the old town discharge untreated effluent; relocation is under discussion. Illustrative demo record.', NULL, NULL, NULL, NULL, '', '', '', '', NULL, NULL, NULL, NULL, '2026-12-01 10:59:58.273143+00', '2026-12-01 10:59:58.273143+00');


--
-- Data for Name: handover_plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.handover_plans VALUES ('a0e01c18-51ff-4c03-8fa6-a8f596999565', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'ab1e077d-4d66-4bd8-bd0a-c5d41a70b308', '2000-01-15', '2002-01-01', NULL, 'CALICO and COTEX with IIRD as cluster development agent.', NULL, '2026-12-01 10:59:57.674904+00', '2026-12-01 10:59:57.674904+00');
INSERT INTO public.handover_plans VALUES ('442b0899-ad44-4b32-be5e-efc0984d40b1', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '475cdbf3-68ba-468b-866d-46086dea4362', '1999-09-01', '2002-01-01', 'Field worker of the foundation (illustrative)', 'Alianza Láctea progressively leads the cluster''s governance.', NULL, '2026-12-01 10:59:58.032442+00', '2026-12-01 10:59:58.032442+00');


--
-- Data for Name: improvement_actions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.improvement_actions VALUES ('5c2862cf-4837-4e02-836b-56571534ace5', 'c4728f23-04af-48b2-9d79-61de99228d89', '1bfa4131-5ca1-4e0d-a1b4-79bc21b50c49', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-01 10:59:59.592464+00', '2026-12-01 10:59:59.592464+00');
INSERT INTO public.improvement_actions VALUES ('d52d8ae4-532e-447f-a85c-d26658b03574', 'c4728f23-04af-48b2-9d79-61de99228d89', '1bfa4131-5ca1-4e0d-a1b4-79bc21b50c49', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'in_progress', '2026-12-01 10:59:59.603021+00', '2026-12-01 10:59:59.603021+00');
INSERT INTO public.improvement_actions VALUES ('00895443-f92b-494e-baaf-f93a9add8f97', 'c4728f23-04af-48b2-9d79-61de99228d89', '1bfa4131-5ca1-4e0d-a1b4-79bc21b50c49', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'planned', '2026-12-01 10:59:59.612251+00', '2026-12-01 10:59:59.612251+00');
INSERT INTO public.improvement_actions VALUES ('9d2d181f-ac16-4054-b799-d6a6d6e89927', 'c4728f23-04af-48b2-9d79-61de99228d89', '1bfa4131-5ca1-4e0d-a1b4-79bc21b50c49', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'planned', '2026-12-01 10:59:59.621195+00', '2026-12-01 10:59:59.621195+00');
INSERT INTO public.improvement_actions VALUES ('c5cd3e7c-4ab5-4a97-95f0-314136821ab3', 'c4728f23-04af-48b2-9d79-61de99228d89', '1bfa4131-5ca1-4e0d-a1b4-79bc21b50c49', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-01 10:59:59.629737+00', '2026-12-01 10:59:59.629737+00');
INSERT INTO public.improvement_actions VALUES ('55cb68f3-9ff5-4cb2-983c-942ce0046890', 'c4728f23-04af-48b2-9d79-61de99228d89', 'fb6a2c8b-81c1-4ca5-8d96-8d3db265e6eb', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-01 10:59:59.647471+00', '2026-12-01 10:59:59.647471+00');
INSERT INTO public.improvement_actions VALUES ('8db2677c-2ea3-4897-be3b-db121173b996', 'c4728f23-04af-48b2-9d79-61de99228d89', 'fb6a2c8b-81c1-4ca5-8d96-8d3db265e6eb', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'in_progress', '2026-12-01 10:59:59.656178+00', '2026-12-01 10:59:59.656178+00');
INSERT INTO public.improvement_actions VALUES ('3fcafcaf-230d-4df1-85fe-4b444a38ef7d', 'c4728f23-04af-48b2-9d79-61de99228d89', 'fb6a2c8b-81c1-4ca5-8d96-8d3db265e6eb', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'planned', '2026-12-01 10:59:59.665086+00', '2026-12-01 10:59:59.665086+00');
INSERT INTO public.improvement_actions VALUES ('4b49126f-6e18-4c3e-9a3f-ae29922259ee', 'c4728f23-04af-48b2-9d79-61de99228d89', 'fb6a2c8b-81c1-4ca5-8d96-8d3db265e6eb', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'planned', '2026-12-01 10:59:59.673427+00', '2026-12-01 10:59:59.673427+00');
INSERT INTO public.improvement_actions VALUES ('3f095643-a70b-47e2-b902-c20e4997bda0', 'c4728f23-04af-48b2-9d79-61de99228d89', 'fb6a2c8b-81c1-4ca5-8d96-8d3db265e6eb', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-01 10:59:59.682163+00', '2026-12-01 10:59:59.682163+00');
INSERT INTO public.improvement_actions VALUES ('9d5c119e-2b9e-47f5-b1fd-9cae0d8a5315', 'c4728f23-04af-48b2-9d79-61de99228d89', 'caf4379e-19f9-4fb6-82a0-cbea887a9ab4', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-01 10:59:59.699049+00', '2026-12-01 10:59:59.699049+00');
INSERT INTO public.improvement_actions VALUES ('31eb877e-f1ac-4896-846e-73b2592fb0e6', 'c4728f23-04af-48b2-9d79-61de99228d89', 'caf4379e-19f9-4fb6-82a0-cbea887a9ab4', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'in_progress', '2026-12-01 10:59:59.706953+00', '2026-12-01 10:59:59.706953+00');
INSERT INTO public.improvement_actions VALUES ('8e363c68-7401-4ff3-bfbb-272146c2c799', 'c4728f23-04af-48b2-9d79-61de99228d89', 'caf4379e-19f9-4fb6-82a0-cbea887a9ab4', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'planned', '2026-12-01 10:59:59.714952+00', '2026-12-01 10:59:59.714952+00');
INSERT INTO public.improvement_actions VALUES ('8429c5f6-afa2-4730-ba4a-464388870759', 'c4728f23-04af-48b2-9d79-61de99228d89', 'caf4379e-19f9-4fb6-82a0-cbea887a9ab4', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'planned', '2026-12-01 10:59:59.723238+00', '2026-12-01 10:59:59.723238+00');
INSERT INTO public.improvement_actions VALUES ('ccf72aa1-2676-4ae0-93df-dadae5c7c6c0', 'c4728f23-04af-48b2-9d79-61de99228d89', 'caf4379e-19f9-4fb6-82a0-cbea887a9ab4', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-01 10:59:59.730984+00', '2026-12-01 10:59:59.730984+00');
INSERT INTO public.improvement_actions VALUES ('25f6fe19-a6ce-45a4-8aa5-cb53c86b7dba', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '9dabc517-822f-4fe0-b10a-babf737e09a1', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-01 10:59:59.801893+00', '2026-12-01 10:59:59.801893+00');
INSERT INTO public.improvement_actions VALUES ('afd02dba-20e5-4af7-bfbe-b75006ff969f', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '9dabc517-822f-4fe0-b10a-babf737e09a1', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'done', '2026-12-01 10:59:59.810101+00', '2026-12-01 10:59:59.810101+00');
INSERT INTO public.improvement_actions VALUES ('0e205a0c-90f3-46a4-91c8-c81f6cba9882', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '9dabc517-822f-4fe0-b10a-babf737e09a1', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'done', '2026-12-01 10:59:59.818827+00', '2026-12-01 10:59:59.818827+00');
INSERT INTO public.improvement_actions VALUES ('3a8ec36b-b636-4d7b-abdf-dec601c6fd08', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '9dabc517-822f-4fe0-b10a-babf737e09a1', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'done', '2026-12-01 10:59:59.827682+00', '2026-12-01 10:59:59.827682+00');
INSERT INTO public.improvement_actions VALUES ('7c76f124-70a2-40cf-b812-f1a3decf118b', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '9dabc517-822f-4fe0-b10a-babf737e09a1', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-01 10:59:59.836277+00', '2026-12-01 10:59:59.836277+00');
INSERT INTO public.improvement_actions VALUES ('1b892077-09a2-4cec-b3f3-a9a387b424f0', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '29cdc0cd-a37f-4287-a3b4-33530d8d0f1b', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-01 10:59:59.854563+00', '2026-12-01 10:59:59.854563+00');
INSERT INTO public.improvement_actions VALUES ('2015afdd-cbc3-47b6-af4d-e9f97b0d1e3f', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '29cdc0cd-a37f-4287-a3b4-33530d8d0f1b', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'done', '2026-12-01 10:59:59.862881+00', '2026-12-01 10:59:59.862881+00');
INSERT INTO public.improvement_actions VALUES ('09eb1f62-7536-415a-ba87-c6db7903adc4', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '29cdc0cd-a37f-4287-a3b4-33530d8d0f1b', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'done', '2026-12-01 10:59:59.871587+00', '2026-12-01 10:59:59.871587+00');
INSERT INTO public.improvement_actions VALUES ('fe3887b7-b594-43fe-b36c-3f3b20b8083b', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '29cdc0cd-a37f-4287-a3b4-33530d8d0f1b', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'done', '2026-12-01 10:59:59.879909+00', '2026-12-01 10:59:59.879909+00');
INSERT INTO public.improvement_actions VALUES ('f162990d-2e16-42db-9d3b-dbe5198aa38e', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '29cdc0cd-a37f-4287-a3b4-33530d8d0f1b', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-01 10:59:59.888782+00', '2026-12-01 10:59:59.888782+00');
INSERT INTO public.improvement_actions VALUES ('63d41fe7-9610-4bad-af70-c367a828fcac', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '9b8d4463-7c33-475d-8353-77064fe711f1', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-01 10:59:59.905304+00', '2026-12-01 10:59:59.905304+00');
INSERT INTO public.improvement_actions VALUES ('b1822f72-c3e3-431e-b0c1-f4f817f336a3', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '9b8d4463-7c33-475d-8353-77064fe711f1', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'done', '2026-12-01 10:59:59.913512+00', '2026-12-01 10:59:59.913512+00');
INSERT INTO public.improvement_actions VALUES ('409a42a3-0ce3-4225-ab1e-18779c26b3cb', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '9b8d4463-7c33-475d-8353-77064fe711f1', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'done', '2026-12-01 10:59:59.921085+00', '2026-12-01 10:59:59.921085+00');
INSERT INTO public.improvement_actions VALUES ('a3d77378-e7fd-411c-80d7-8b3797d1f106', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '9b8d4463-7c33-475d-8353-77064fe711f1', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'done', '2026-12-01 10:59:59.931268+00', '2026-12-01 10:59:59.931268+00');
INSERT INTO public.improvement_actions VALUES ('a512d75a-f825-41bc-8d14-c68364482a19', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '9b8d4463-7c33-475d-8353-77064fe711f1', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-01 10:59:59.941422+00', '2026-12-01 10:59:59.941422+00');


--
-- Data for Name: improvement_plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.improvement_plans VALUES ('1bfa4131-5ca1-4e0d-a1b4-79bc21b50c49', 'c4728f23-04af-48b2-9d79-61de99228d89', '4081daeb-25a8-4cb1-a793-e793421c4357', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-01 10:59:59.582248+00', '2026-12-01 10:59:59.582248+00');
INSERT INTO public.improvement_plans VALUES ('fb6a2c8b-81c1-4ca5-8d96-8d3db265e6eb', 'c4728f23-04af-48b2-9d79-61de99228d89', 'f7bc1629-8f65-4db3-9fdd-dac9aade0035', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-01 10:59:59.638907+00', '2026-12-01 10:59:59.638907+00');
INSERT INTO public.improvement_plans VALUES ('caf4379e-19f9-4fb6-82a0-cbea887a9ab4', 'c4728f23-04af-48b2-9d79-61de99228d89', 'ea1e6647-23fb-40be-abe9-299c2047830a', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-01 10:59:59.691385+00', '2026-12-01 10:59:59.691385+00');
INSERT INTO public.improvement_plans VALUES ('9dabc517-822f-4fe0-b10a-babf737e09a1', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '789d429a-c50a-490f-8f2b-6cc97de09fd6', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-01 10:59:59.79357+00', '2026-12-01 10:59:59.79357+00');
INSERT INTO public.improvement_plans VALUES ('29cdc0cd-a37f-4287-a3b4-33530d8d0f1b', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', 'd1740fe8-7e8d-4f63-9405-45567d95fa07', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-01 10:59:59.845593+00', '2026-12-01 10:59:59.845593+00');
INSERT INTO public.improvement_plans VALUES ('9b8d4463-7c33-475d-8353-77064fe711f1', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', 'ff6b8502-a227-455d-ac3d-708966afa7b3', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-01 10:59:59.897438+00', '2026-12-01 10:59:59.897438+00');


--
-- Data for Name: indicators; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.indicators VALUES ('e5469b83-d02c-4c6d-acf4-1b8eb8badf4f', 'Average milk-to-cheese yield', 'kg cheese per 100 l milk', 'quantity', 'firm', 'higher', 'none', 'Cheese obtained from 100 litres of milk, averaged over the firm''s production.', 'Boaco/Chontales: average increase of yields equivalent to 25 %', '2026-12-01 10:59:55.695146+00', '2026-12-01 10:59:55.695146+00');
INSERT INTO public.indicators VALUES ('0a0ca6f2-6db8-41f6-826c-066d66c7838e', 'Waste-water pollution load', 'kg BOD per day', 'quantity', 'cluster', 'lower', 'none', 'Organic load of residual water discharged by the cluster''s processors.', 'Boaco/Chontales: pollution of residual water reduced by up to 70 %', '2026-12-01 10:59:55.705878+00', '2026-12-01 10:59:55.705878+00');
INSERT INTO public.indicators VALUES ('3adf19f3-7ee8-4e52-9f21-3f7877f6c99a', 'New products launched', 'products', 'count', 'cluster', 'higher', 'none', 'New product types brought to market since the baseline.', 'Boaco/Chontales: five new types of cheese launched', '2026-12-01 10:59:55.71254+00', '2026-12-01 10:59:55.71254+00');
INSERT INTO public.indicators VALUES ('725e1b74-ccb8-4981-b703-7ef24ec82479', 'People trained', 'people', 'count', 'project', 'higher', 'sex', 'People who completed a training course of the programme.', 'Ludhiana: more than 110 women trained in 7 batches', '2026-12-01 10:59:55.719226+00', '2026-12-01 10:59:55.719226+00');
INSERT INTO public.indicators VALUES ('50a7a8a0-3d2d-434c-9735-ff103743df46', 'Trainees employed', '%', 'percent', 'cluster', 'higher', 'none', 'Share of trainees who found employment in the cluster after the course.', 'Ludhiana: 80 % found immediate employment in the cluster', '2026-12-01 10:59:55.725908+00', '2026-12-01 10:59:55.725908+00');
INSERT INTO public.indicators VALUES ('f335ff41-6bec-43ae-96c0-2b2409b2d05b', 'Women trained', 'women', 'count', 'cluster', 'higher', 'age_group', 'Women who completed a training course for the cluster''s firms.', 'Ludhiana: more than 110 women trained at the Government Polytechnic for Women', '2026-12-01 10:59:55.732227+00', '2026-12-01 10:59:55.732227+00');
INSERT INTO public.indicators VALUES ('794f4304-8325-4389-8085-41b4ef46448b', 'Association membership', 'members', 'count', 'network', 'higher', 'none', 'Firms or artisans who are paying members of the association or network.', 'Jaipur: CALICO membership rose from 26 artisans to 120', '2026-12-01 10:59:55.738415+00', '2026-12-01 10:59:55.738415+00');
INSERT INTO public.indicators VALUES ('6e1c1ca2-e036-4a1f-bb06-c0c7d58c2386', 'Exports', 'USD per year', 'amount', 'cluster', 'higher', 'none', 'Value of the cluster''s exports in a year.', 'Tirupur: over 650 million US dollars of cotton hosiery exported in 1999', '2026-12-01 10:59:55.745053+00', '2026-12-01 10:59:55.745053+00');
INSERT INTO public.indicators VALUES ('bd713812-c022-4372-bfe3-672dfa1073bb', 'Firms exporting', 'firms', 'count', 'network', 'higher', 'none', 'Member firms that exported in the year.', 'Masaya: rocking chairs exported to the United Kingdom', '2026-12-01 10:59:55.759832+00', '2026-12-01 10:59:55.759832+00');
INSERT INTO public.indicators VALUES ('9fae4df6-2c49-40ec-9da5-921f40133c46', 'Employment', 'workers', 'count', 'firm', 'higher', 'sex', 'People working in the firm.', 'Jaipur: almost 10,000 workers in about 350 firms', '2026-12-01 10:59:55.767343+00', '2026-12-01 10:59:55.767343+00');
INSERT INTO public.indicators VALUES ('66f7bf9d-63e9-47c1-9e78-1f76d39f720c', 'Cycle time', 'days', 'quantity', 'firm', 'lower', 'none', 'Days from the order to the finished product.', 'Nicaragua supplier development: process and layout changes to cut cycle time', '2026-12-01 10:59:55.774413+00', '2026-12-01 10:59:55.774413+00');
INSERT INTO public.indicators VALUES ('64ec8c4f-1e3b-475a-9b95-bd78dc5d3be4', 'Inventory days', 'days', 'quantity', 'firm', 'lower', 'none', 'Days of production the stock of materials and products covers.', 'Nicaragua supplier development: inventory reduction', '2026-12-01 10:59:55.78192+00', '2026-12-01 10:59:55.78192+00');
INSERT INTO public.indicators VALUES ('a86e95cb-65c5-40c5-92d2-044492611f5a', 'Defect rate', '%', 'percent', 'firm', 'lower', 'none', 'Share of units rejected by quality control or by the client.', 'Nicaragua supplier development: total quality systems', '2026-12-01 10:59:55.790676+00', '2026-12-01 10:59:55.790676+00');
INSERT INTO public.indicators VALUES ('4ba9d0be-72d1-48b0-8768-92ca67721e52', 'On-time delivery', '%', 'percent', 'firm', 'higher', 'none', 'Share of deliveries on the agreed day.', 'Nicaragua supplier development: delivery reliability', '2026-12-01 10:59:55.80005+00', '2026-12-01 10:59:55.80005+00');
INSERT INTO public.indicators VALUES ('bc1e2e0c-a3ee-4d20-aee3-615bf7d617ff', 'Unit cost', 'USD', 'amount', 'firm', 'lower', 'none', 'Cost of producing one unit of the main product.', 'Nicaragua supplier development: process changes to cut cost', '2026-12-01 10:59:55.809253+00', '2026-12-01 10:59:55.809253+00');


--
-- Data for Name: joint_projects; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.joint_projects VALUES ('5640f283-cb81-4257-a9b8-c85fd792dfc3', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'Shared input shop', 'pilot', 'input_shop', 'dbf41080-bfd7-432f-adf6-707b6bb09d8f
10fb4b37-550f-48c5-bd2e-05f63491087e
237e5ac5-c882-4f2c-b100-7d03c6a5f00d
c2f48ef0-94fb-47b9-810b-2f26a9262b30
34eb2ef6-1f15-4479-a7e5-9cb13f68dd75
ff42e7c3-4ce4-4349-adea-8d7aa65fb3a2
c7cfb3d3-4e3c-4a62-af15-678507bd5814
3d27a6ca-7756-4d5e-acbb-64fd4991d664
80572c33-ac33-4c17-947f-ffabaaf42d86
8c4f1f79-13f2-4bdd-b419-980230a866cf
14b4bfb5-4c34-4cf7-a4b2-b5ee2291e8c1
7f0e8474-e54a-40fd-b4e1-428b791d9d1c
0fcf7be4-5948-4d6e-be06-8a323b20c542
c7766dda-552e-4eed-a8e4-2bd7ee68ec44
4346c8d6-84d2-429c-96b0-8f2f1c977b0e', '1998-08-01', '1999-03-31', 'completed', NULL, 'Glue, varnish and tools bought for all at wholesale prices.', '2026-12-01 10:59:58.649553+00', '2026-12-01 10:59:58.649553+00');
INSERT INTO public.joint_projects VALUES ('48e2c582-49b2-4260-879e-22fe168d53c5', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'Bulk wood purchasing', 'pilot', 'bulk_purchasing', 'dbf41080-bfd7-432f-adf6-707b6bb09d8f
10fb4b37-550f-48c5-bd2e-05f63491087e
237e5ac5-c882-4f2c-b100-7d03c6a5f00d
c2f48ef0-94fb-47b9-810b-2f26a9262b30
34eb2ef6-1f15-4479-a7e5-9cb13f68dd75
ff42e7c3-4ce4-4349-adea-8d7aa65fb3a2
c7cfb3d3-4e3c-4a62-af15-678507bd5814
3d27a6ca-7756-4d5e-acbb-64fd4991d664
80572c33-ac33-4c17-947f-ffabaaf42d86
8c4f1f79-13f2-4bdd-b419-980230a866cf
14b4bfb5-4c34-4cf7-a4b2-b5ee2291e8c1
7f0e8474-e54a-40fd-b4e1-428b791d9d1c
0fcf7be4-5948-4d6e-be06-8a323b20c542
c7766dda-552e-4eed-a8e4-2bd7ee68ec44
4346c8d6-84d2-429c-96b0-8f2f1c977b0e', '1998-10-01', '1999-06-30', 'completed', NULL, 'Wood bought by the truckload for the group.', '2026-12-01 10:59:58.673935+00', '2026-12-01 10:59:58.673935+00');
INSERT INTO public.joint_projects VALUES ('631c0216-62e0-4f78-aa50-6c0260339df0', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'Common catalogue', 'strategic', 'catalogue_or_brand', 'dbf41080-bfd7-432f-adf6-707b6bb09d8f
10fb4b37-550f-48c5-bd2e-05f63491087e
237e5ac5-c882-4f2c-b100-7d03c6a5f00d
c2f48ef0-94fb-47b9-810b-2f26a9262b30
34eb2ef6-1f15-4479-a7e5-9cb13f68dd75
ff42e7c3-4ce4-4349-adea-8d7aa65fb3a2
c7cfb3d3-4e3c-4a62-af15-678507bd5814
3d27a6ca-7756-4d5e-acbb-64fd4991d664
80572c33-ac33-4c17-947f-ffabaaf42d86
8c4f1f79-13f2-4bdd-b419-980230a866cf
14b4bfb5-4c34-4cf7-a4b2-b5ee2291e8c1
7f0e8474-e54a-40fd-b4e1-428b791d9d1c
0fcf7be4-5948-4d6e-be06-8a323b20c542
c7766dda-552e-4eed-a8e4-2bd7ee68ec44
4346c8d6-84d2-429c-96b0-8f2f1c977b0e', '1999-10-01', '2000-05-31', 'completed', NULL, NULL, '2026-12-01 10:59:58.739598+00', '2026-12-01 10:59:58.739598+00');
INSERT INTO public.joint_projects VALUES ('13b3ba6b-0d9a-4e10-9e7f-c7c7cc8bf3f1', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'Exports of three rocking-chair models to the United Kingdom', 'strategic', 'joint_export', 'dbf41080-bfd7-432f-adf6-707b6bb09d8f
10fb4b37-550f-48c5-bd2e-05f63491087e
237e5ac5-c882-4f2c-b100-7d03c6a5f00d
c2f48ef0-94fb-47b9-810b-2f26a9262b30
34eb2ef6-1f15-4479-a7e5-9cb13f68dd75
ff42e7c3-4ce4-4349-adea-8d7aa65fb3a2
c7cfb3d3-4e3c-4a62-af15-678507bd5814
3d27a6ca-7756-4d5e-acbb-64fd4991d664
80572c33-ac33-4c17-947f-ffabaaf42d86
8c4f1f79-13f2-4bdd-b419-980230a866cf
14b4bfb5-4c34-4cf7-a4b2-b5ee2291e8c1
7f0e8474-e54a-40fd-b4e1-428b791d9d1c', '2000-03-01', '2000-11-30', 'completed', NULL, 'Three models of rocking chairs exported to the UK.', '2026-12-01 10:59:58.752844+00', '2026-12-01 10:59:58.752844+00');
INSERT INTO public.joint_projects VALUES ('a6261c02-bea1-4914-aa8e-0986b0546f7b', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'Wood selling point', 'strategic', 'selling_point', '', '2001-06-01', NULL, 'planned', NULL, NULL, '2026-12-01 10:59:58.758174+00', '2026-12-01 10:59:58.758174+00');
INSERT INTO public.joint_projects VALUES ('f647eeba-80e8-483f-8bef-92d69ed4cd30', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'Shared workplace', 'strategic', 'shared_workshop', '', '2001-06-01', NULL, 'planned', NULL, NULL, '2026-12-01 10:59:58.76288+00', '2026-12-01 10:59:58.76288+00');


--
-- Data for Name: linkage_fee_years; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.linkage_fee_years VALUES ('4f96330c-078d-493c-b465-e32b185d007b', '5c8691f5-ff3a-4c74-a382-041d0040aa61', 1999, 4, 200, 1000, 800, 800, '2026-12-01 10:59:59.96039+00', '2026-12-01 10:59:59.96039+00');
INSERT INTO public.linkage_fee_years VALUES ('460b5b98-a11a-4aa9-91ab-31884d17d9b3', '5c8691f5-ff3a-4c74-a382-041d0040aa61', 2000, 6, 400, 1000, 2400, 2000, '2026-12-01 10:59:59.968811+00', '2026-12-01 10:59:59.968811+00');
INSERT INTO public.linkage_fee_years VALUES ('66356727-354c-4f29-a12f-3f8d338bc3c1', '5c8691f5-ff3a-4c74-a382-041d0040aa61', 2001, 8, 700, 1000, 5600, 5600, '2026-12-01 10:59:59.975129+00', '2026-12-01 10:59:59.975129+00');
INSERT INTO public.linkage_fee_years VALUES ('b62dfa78-5bbb-4224-829e-33be906cb631', '5c8691f5-ff3a-4c74-a382-041d0040aa61', 2002, 10, 1000, 1000, 10000, 9000, '2026-12-01 10:59:59.980719+00', '2026-12-01 10:59:59.980719+00');


--
-- Data for Name: linkage_units; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.linkage_units VALUES ('8abb056c-283e-4b6b-93f5-154ab87c4ccd', '5c8691f5-ff3a-4c74-a382-041d0040aa61', 'Vertical Linkages Unit', '2ea536c8-dbb8-496a-835d-af11015af318', '1999-03-01', 'Supplier evaluation, round tables, detailed analysis and integrated improvement plans for a client and its suppliers.', '2026-12-01 10:59:59.952342+00', '2026-12-01 10:59:59.952342+00');


--
-- Data for Name: linkages; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.linkages VALUES ('5b859500-d320-4919-b291-089601b70300', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', '9c220a83-16c9-49d6-9481-849eef709bf9', 'cooperates_with', 'a11e139c-53e7-4d8f-9a33-b4a433b2b7c8', 'missing', '1998-02-01', NULL, '2026-12-01 10:59:57.159997+00', '2026-12-01 10:59:57.159997+00');
INSERT INTO public.linkages VALUES ('f14ddbd4-9617-4c02-bc12-e6a7b4af63c2', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'b7c2b389-bdd1-4b1b-ae2e-e5b5b14fe52a', 'service_provider_to', '83d13529-17d9-4722-8e5b-3ff9263c2bce', 'to_strengthen', '1998-02-01', NULL, '2026-12-01 10:59:57.174455+00', '2026-12-01 10:59:57.174455+00');
INSERT INTO public.linkages VALUES ('624beba9-ac1f-43cc-aacc-2cfe60cf04c7', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', '83d13529-17d9-4722-8e5b-3ff9263c2bce', 'member_of', '9c220a83-16c9-49d6-9481-849eef709bf9', 'existing', '1998-02-01', NULL, '2026-12-01 10:59:57.187358+00', '2026-12-01 10:59:57.187358+00');
INSERT INTO public.linkages VALUES ('1b6ec657-e5f8-48c4-966e-60097c1beb68', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', '9c220a83-16c9-49d6-9481-849eef709bf9', 'cooperates_with', 'a11e139c-53e7-4d8f-9a33-b4a433b2b7c8', 'to_strengthen', '1998-09-30', NULL, '2026-12-01 10:59:57.200557+00', '2026-12-01 10:59:57.200557+00');
INSERT INTO public.linkages VALUES ('c775f0c7-37eb-455b-9c27-e2f75d028cd2', '7391de3a-6d67-4163-a0c0-bcef285d493c', '6bf824d6-5550-472c-adc0-059f0b1a5f8c', 'in_conflict_with', '0f2c87af-636b-4c0f-b9d5-a26b34db3485', 'existing', '1997-05-01', NULL, '2026-12-01 10:59:57.34476+00', '2026-12-01 10:59:57.34476+00');
INSERT INTO public.linkages VALUES ('55384453-9a32-42e8-8dba-4b49a938766e', '7391de3a-6d67-4163-a0c0-bcef285d493c', '6bf824d6-5550-472c-adc0-059f0b1a5f8c', 'member_of', 'd179849a-d62e-448c-939f-59c1100b5a3a', 'missing', '1997-05-01', NULL, '2026-12-01 10:59:57.358202+00', '2026-12-01 10:59:57.358202+00');
INSERT INTO public.linkages VALUES ('6a74285b-12ca-4cc0-849c-24f11f761933', '7391de3a-6d67-4163-a0c0-bcef285d493c', '0b4674af-75f6-4368-9f92-31441a1c19a1', 'service_provider_to', 'aa00e6fe-e64b-4b0e-b32f-5ea81622f42f', 'missing', '1997-05-01', NULL, '2026-12-01 10:59:57.372595+00', '2026-12-01 10:59:57.372595+00');
INSERT INTO public.linkages VALUES ('92ae99e2-d811-407b-bf13-b7ab4183d56e', '7391de3a-6d67-4163-a0c0-bcef285d493c', '6bf824d6-5550-472c-adc0-059f0b1a5f8c', 'member_of', 'd179849a-d62e-448c-939f-59c1100b5a3a', 'existing', '2000-06-01', NULL, '2026-12-01 10:59:57.387566+00', '2026-12-01 10:59:57.387566+00');
INSERT INTO public.linkages VALUES ('69f56254-8403-4188-aeb0-cc53133678e4', '7391de3a-6d67-4163-a0c0-bcef285d493c', '0b4674af-75f6-4368-9f92-31441a1c19a1', 'service_provider_to', 'aa00e6fe-e64b-4b0e-b32f-5ea81622f42f', 'existing', '2000-06-01', NULL, '2026-12-01 10:59:57.402621+00', '2026-12-01 10:59:57.402621+00');
INSERT INTO public.linkages VALUES ('e1c65aec-befb-44c9-8c5d-7b6a157948b8', '7391de3a-6d67-4163-a0c0-bcef285d493c', '6bf824d6-5550-472c-adc0-059f0b1a5f8c', 'cooperates_with', '0f2c87af-636b-4c0f-b9d5-a26b34db3485', 'to_strengthen', '2000-06-01', NULL, '2026-12-01 10:59:57.417298+00', '2026-12-01 10:59:57.417298+00');
INSERT INTO public.linkages VALUES ('b0b1b8e6-6801-43fe-a13c-b8390f9e8e0c', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'aa00e6fe-e64b-4b0e-b32f-5ea81622f42f', 'supplier_of', '2122ea7b-06b8-4b90-91bf-b1e9c52398f2', 'existing', '2000-06-01', NULL, '2026-12-01 10:59:57.430804+00', '2026-12-01 10:59:57.430804+00');
INSERT INTO public.linkages VALUES ('13d7cd14-285c-47f9-a8e2-3fa4e0e4c5dd', '7391de3a-6d67-4163-a0c0-bcef285d493c', '66e3adbc-363a-46af-8b11-6ddc9873de84', 'supplier_of', '2122ea7b-06b8-4b90-91bf-b1e9c52398f2', 'existing', '2000-06-01', NULL, '2026-12-01 10:59:57.444247+00', '2026-12-01 10:59:57.444247+00');
INSERT INTO public.linkages VALUES ('683e1963-6ee4-49b5-ab11-c41646ad030a', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'ccd7a0b3-0bd5-49a9-88f7-6f930f2078da', 'supplier_of', '8acec83f-4a2c-4830-bb60-1f5d47d683c5', 'existing', '2000-06-01', NULL, '2026-12-01 10:59:57.455981+00', '2026-12-01 10:59:57.455981+00');
INSERT INTO public.linkages VALUES ('e22a8c36-9b84-4716-9d4e-22ed1b8265c9', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'aa00e6fe-e64b-4b0e-b32f-5ea81622f42f', 'cooperates_with', '66e3adbc-363a-46af-8b11-6ddc9873de84', 'existing', '2000-06-01', NULL, '2026-12-01 10:59:57.469531+00', '2026-12-01 10:59:57.469531+00');
INSERT INTO public.linkages VALUES ('21a31713-0237-4138-89d2-c9e7a0df93e7', '7391de3a-6d67-4163-a0c0-bcef285d493c', '2122ea7b-06b8-4b90-91bf-b1e9c52398f2', 'supplier_of', '49bbe99e-7acb-4886-b6be-33d9bd74ac23', 'existing', '2000-06-01', NULL, '2026-12-01 10:59:57.484347+00', '2026-12-01 10:59:57.484347+00');
INSERT INTO public.linkages VALUES ('ae720e66-ce0c-4122-a7b1-8e55a7cc72e8', '7391de3a-6d67-4163-a0c0-bcef285d493c', '8acec83f-4a2c-4830-bb60-1f5d47d683c5', 'supplier_of', '49bbe99e-7acb-4886-b6be-33d9bd74ac23', 'existing', '2000-06-01', NULL, '2026-12-01 10:59:57.499746+00', '2026-12-01 10:59:57.499746+00');
INSERT INTO public.linkages VALUES ('fa8c9f1b-cf7d-499a-b613-733284fed143', '7391de3a-6d67-4163-a0c0-bcef285d493c', '0a6d0c0d-d9ea-4ba8-9582-6d0f27ade9e7', 'cooperates_with', '2122ea7b-06b8-4b90-91bf-b1e9c52398f2', 'existing', '2000-06-01', NULL, '2026-12-01 10:59:57.51439+00', '2026-12-01 10:59:57.51439+00');
INSERT INTO public.linkages VALUES ('b2bd4d75-737c-4c26-aed4-5985babfe2c8', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'c6338865-563e-4f4c-badd-b8f2b210b4f6', 'service_provider_to', '2122ea7b-06b8-4b90-91bf-b1e9c52398f2', 'existing', '2000-06-01', NULL, '2026-12-01 10:59:57.528719+00', '2026-12-01 10:59:57.528719+00');
INSERT INTO public.linkages VALUES ('0ac4fb01-493e-45c6-8e08-697e3df2055e', '7391de3a-6d67-4163-a0c0-bcef285d493c', '0f2c87af-636b-4c0f-b9d5-a26b34db3485', 'member_of', 'd179849a-d62e-448c-939f-59c1100b5a3a', 'existing', '2000-06-01', NULL, '2026-12-01 10:59:57.544907+00', '2026-12-01 10:59:57.544907+00');
INSERT INTO public.linkages VALUES ('49789a67-7ddf-427e-bca5-147cf5b73268', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '4b0ed0f5-41e2-4d21-a936-974260b3e849', 'buyer_of', 'ad1b1714-af43-4a1c-a293-dd1561b382f4', 'to_strengthen', '1997-06-01', NULL, '2026-12-01 10:59:57.872777+00', '2026-12-01 10:59:57.872777+00');
INSERT INTO public.linkages VALUES ('b78c94f8-9fe6-4a9c-94ec-b517d4f43da8', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '6e123e4f-f04f-40cb-af8f-33c8358f061c', 'service_provider_to', '4b0ed0f5-41e2-4d21-a936-974260b3e849', 'missing', '1997-06-01', NULL, '2026-12-01 10:59:57.884338+00', '2026-12-01 10:59:57.884338+00');
INSERT INTO public.linkages VALUES ('d819aedd-c8bd-4d16-9fd9-5f0ce0c49158', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'ad1b1714-af43-4a1c-a293-dd1561b382f4', 'member_of', 'eff2e370-a36c-48a4-ba37-8122dcc5e419', 'missing', '1997-06-01', NULL, '2026-12-01 10:59:57.895503+00', '2026-12-01 10:59:57.895503+00');
INSERT INTO public.linkages VALUES ('6c5c7d9a-911e-4d5e-8409-6d12ef8642d7', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '4b0ed0f5-41e2-4d21-a936-974260b3e849', 'buyer_of', 'ad1b1714-af43-4a1c-a293-dd1561b382f4', 'existing', '2000-06-01', NULL, '2026-12-01 10:59:57.909219+00', '2026-12-01 10:59:57.909219+00');
INSERT INTO public.linkages VALUES ('69e0bfe8-fc51-4edc-a5c7-2ee70b3e92ea', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'ad1b1714-af43-4a1c-a293-dd1561b382f4', 'member_of', 'eff2e370-a36c-48a4-ba37-8122dcc5e419', 'existing', '2000-06-01', NULL, '2026-12-01 10:59:57.920454+00', '2026-12-01 10:59:57.920454+00');
INSERT INTO public.linkages VALUES ('4ede11d2-69cf-4fc4-a90e-86d919bf7480', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'f574f319-394f-4ab8-9704-eaad4900a591', 'cooperates_with', '95e9940a-2003-4db4-bad4-5b2b41df4265', 'missing', '1998-01-01', NULL, '2026-12-01 10:59:58.107831+00', '2026-12-01 10:59:58.107831+00');
INSERT INTO public.linkages VALUES ('78f02569-818b-4e38-8aec-d27a9eedb412', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'f574f319-394f-4ab8-9704-eaad4900a591', 'cooperates_with', '95e9940a-2003-4db4-bad4-5b2b41df4265', 'existing', '1999-01-01', NULL, '2026-12-01 10:59:58.120525+00', '2026-12-01 10:59:58.120525+00');
INSERT INTO public.linkages VALUES ('932e8891-dd54-4747-8dda-cd00ae39af7e', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', '372d9069-5873-47e0-aad9-d05044a7e0b3', 'service_provider_to', 'f574f319-394f-4ab8-9704-eaad4900a591', 'existing', '1999-09-01', NULL, '2026-12-01 10:59:58.132091+00', '2026-12-01 10:59:58.132091+00');


--
-- Data for Name: memberships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.memberships VALUES ('dce2997f-ca8a-40d3-b46b-b55a9c9d1dc4', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'dbf41080-bfd7-432f-adf6-707b6bb09d8f', 'coordinator', '1998-03-01', NULL, NULL, NULL, '2026-12-01 10:59:56.556807+00', '2026-12-01 10:59:56.556807+00');
INSERT INTO public.memberships VALUES ('be0a3546-6373-4def-a37a-6c788aa333e9', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '10fb4b37-550f-48c5-bd2e-05f63491087e', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 10:59:56.570793+00', '2026-12-01 10:59:56.570793+00');
INSERT INTO public.memberships VALUES ('df0bba39-5c09-4756-b7d7-a6621a288c7d', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '237e5ac5-c882-4f2c-b100-7d03c6a5f00d', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 10:59:56.585622+00', '2026-12-01 10:59:56.585622+00');
INSERT INTO public.memberships VALUES ('0b43fdf7-34f5-4e00-a02a-1e44bd2cf26c', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'c2f48ef0-94fb-47b9-810b-2f26a9262b30', 'member', '1998-03-01', '1999-11-15', 'expelled_opportunistic', NULL, '2026-12-01 10:59:56.599444+00', '2026-12-01 10:59:56.599444+00');
INSERT INTO public.memberships VALUES ('fccb3890-5b4c-47be-aa33-870b19c4bff7', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '34eb2ef6-1f15-4479-a7e5-9cb13f68dd75', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 10:59:56.613492+00', '2026-12-01 10:59:56.613492+00');
INSERT INTO public.memberships VALUES ('bdf3f58a-df8a-4c2a-bd80-6690110c93a5', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'ff42e7c3-4ce4-4349-adea-8d7aa65fb3a2', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 10:59:56.6258+00', '2026-12-01 10:59:56.6258+00');
INSERT INTO public.memberships VALUES ('23f7ade9-01e9-4f8e-89e4-e5cb28045b7f', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'c7cfb3d3-4e3c-4a62-af15-678507bd5814', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 10:59:56.635713+00', '2026-12-01 10:59:56.635713+00');
INSERT INTO public.memberships VALUES ('cd2f7bb8-dc25-415b-8f50-c1900def3361', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '3d27a6ca-7756-4d5e-acbb-64fd4991d664', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 10:59:56.645653+00', '2026-12-01 10:59:56.645653+00');
INSERT INTO public.memberships VALUES ('4c56e8ca-c8aa-4cde-b8ea-14233a46859f', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '80572c33-ac33-4c17-947f-ffabaaf42d86', 'member', '1998-03-01', '1999-11-15', 'expelled_opportunistic', NULL, '2026-12-01 10:59:56.656911+00', '2026-12-01 10:59:56.656911+00');
INSERT INTO public.memberships VALUES ('f815bd6d-f1b4-4614-82ab-c5e5f4638284', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '8c4f1f79-13f2-4bdd-b419-980230a866cf', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 10:59:56.666645+00', '2026-12-01 10:59:56.666645+00');
INSERT INTO public.memberships VALUES ('f4b49211-8209-4e23-a8f1-76dbd0135a65', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '14b4bfb5-4c34-4cf7-a4b2-b5ee2291e8c1', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 10:59:56.675786+00', '2026-12-01 10:59:56.675786+00');
INSERT INTO public.memberships VALUES ('7fa0cac6-bbc5-4224-b7d7-7eab374555a5', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '7f0e8474-e54a-40fd-b4e1-428b791d9d1c', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 10:59:56.68446+00', '2026-12-01 10:59:56.68446+00');
INSERT INTO public.memberships VALUES ('55008987-28e7-429f-a2de-68c255e740b8', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '0fcf7be4-5948-4d6e-be06-8a323b20c542', 'member', '1998-03-01', '1999-11-15', 'expelled_opportunistic', NULL, '2026-12-01 10:59:56.693571+00', '2026-12-01 10:59:56.693571+00');
INSERT INTO public.memberships VALUES ('cd3fa3fa-e656-48d9-b149-c13b185d05d5', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 'c7766dda-552e-4eed-a8e4-2bd7ee68ec44', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 10:59:56.702855+00', '2026-12-01 10:59:56.702855+00');
INSERT INTO public.memberships VALUES ('b460a30a-e20e-45b5-a7e6-23552ce1871d', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '4346c8d6-84d2-429c-96b0-8f2f1c977b0e', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 10:59:56.713542+00', '2026-12-01 10:59:56.713542+00');
INSERT INTO public.memberships VALUES ('7480dd6a-62fe-44cf-8b30-169d73358c30', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '79c6ca51-043e-4c9d-a03d-46221e07813f', 'member', '2000-09-01', NULL, NULL, 'Joined after the group''s rules were established.', '2026-12-01 10:59:56.724025+00', '2026-12-01 10:59:56.724025+00');
INSERT INTO public.memberships VALUES ('0aeee90d-b5fe-451a-8a4d-c3a70df9fc8f', 'c4728f23-04af-48b2-9d79-61de99228d89', '4081daeb-25a8-4cb1-a793-e793421c4357', 'client', '1999-06-01', NULL, NULL, NULL, '2026-12-01 10:59:56.758909+00', '2026-12-01 10:59:56.758909+00');
INSERT INTO public.memberships VALUES ('3ad4037b-d00c-47bd-9e72-18c553317cd4', 'c4728f23-04af-48b2-9d79-61de99228d89', '6e123e4f-f04f-40cb-af8f-33c8358f061c', 'service_provider', '1999-06-01', NULL, NULL, NULL, '2026-12-01 10:59:56.768222+00', '2026-12-01 10:59:56.768222+00');
INSERT INTO public.memberships VALUES ('3ffc2433-70fb-4f29-9934-0b951a6951ec', 'c4728f23-04af-48b2-9d79-61de99228d89', 'f7bc1629-8f65-4db3-9fdd-dac9aade0035', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-01 10:59:58.942489+00', '2026-12-01 10:59:58.942489+00');
INSERT INTO public.memberships VALUES ('f8986ac7-5707-4d0a-90c8-547099cf1922', 'c4728f23-04af-48b2-9d79-61de99228d89', 'ea1e6647-23fb-40be-abe9-299c2047830a', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-01 10:59:58.96085+00', '2026-12-01 10:59:58.96085+00');
INSERT INTO public.memberships VALUES ('dc8f7541-05da-423f-8b4c-31624939e6eb', 'b53eaad0-c6bd-4b8a-b8f6-81054057e353', '93112e47-5d09-4e46-b2b9-75a91405a2da', 'client', '1999-06-01', NULL, NULL, NULL, '2026-12-01 10:59:58.981502+00', '2026-12-01 10:59:58.981502+00');
INSERT INTO public.memberships VALUES ('ac2e703b-c7d4-47d6-b5ae-7105544b455d', 'b53eaad0-c6bd-4b8a-b8f6-81054057e353', 'd47e86ad-4995-4a0a-912f-b273050f3f85', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-01 10:59:58.999437+00', '2026-12-01 10:59:58.999437+00');
INSERT INTO public.memberships VALUES ('d5d24012-5a34-430c-97b3-0f8c2254a020', 'b53eaad0-c6bd-4b8a-b8f6-81054057e353', '960cfca7-0360-4887-bb00-52ea290f53d6', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-01 10:59:59.016548+00', '2026-12-01 10:59:59.016548+00');
INSERT INTO public.memberships VALUES ('0763ce7c-5617-4bd4-b1de-e76e42da9c83', 'b53eaad0-c6bd-4b8a-b8f6-81054057e353', '0693dbc4-07aa-4b78-be23-84f424e8495d', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-01 10:59:59.036955+00', '2026-12-01 10:59:59.036955+00');
INSERT INTO public.memberships VALUES ('9821ce33-3cce-4c59-8e40-b376167924c4', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '789d429a-c50a-490f-8f2b-6cc97de09fd6', 'client', '1999-06-01', NULL, NULL, NULL, '2026-12-01 10:59:59.0631+00', '2026-12-01 10:59:59.0631+00');
INSERT INTO public.memberships VALUES ('660c8503-979d-4f49-a053-2d20848a3959', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', 'd1740fe8-7e8d-4f63-9405-45567d95fa07', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-01 10:59:59.083819+00', '2026-12-01 10:59:59.083819+00');
INSERT INTO public.memberships VALUES ('a294355d-7c03-4b44-8cd7-84dca03e0e12', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', 'ff6b8502-a227-455d-ac3d-708966afa7b3', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-01 10:59:59.101459+00', '2026-12-01 10:59:59.101459+00');
INSERT INTO public.memberships VALUES ('5bb2379f-7921-4a69-af17-437e0a6502fe', '36df1f8e-8cb6-44ec-8edd-df112631f0e2', '989b1fd7-e205-4a69-a8bd-329940ff4951', 'client', '1999-06-01', NULL, NULL, NULL, '2026-12-01 10:59:59.123382+00', '2026-12-01 10:59:59.123382+00');
INSERT INTO public.memberships VALUES ('835e7415-8d08-4801-8ded-4ba300bda1d7', '36df1f8e-8cb6-44ec-8edd-df112631f0e2', '46b48b18-14a6-4a56-bd17-4ca56184036b', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-01 10:59:59.144559+00', '2026-12-01 10:59:59.144559+00');
INSERT INTO public.memberships VALUES ('56136003-69e3-4915-8aae-b814b8f897da', '36df1f8e-8cb6-44ec-8edd-df112631f0e2', '316835c4-b1b8-4980-a330-7166847a247b', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-01 10:59:59.164694+00', '2026-12-01 10:59:59.164694+00');


--
-- Data for Name: net_assessments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.net_assessments VALUES ('8d8d5c71-0374-43ab-a42c-65530413401a', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '1998-04-15', 'promotion', 'Network broker (illustrative)', 1, 5, 2, 'Fifteen workshops met for the first time through the broker.', 1, NULL, 1, NULL, 1, NULL, 1, NULL, 1, NULL, 1, NULL, true, NULL, '2026-12-01 10:59:58.518033+00', '2026-12-01 10:59:58.518033+00');
INSERT INTO public.net_assessments VALUES ('f6c9e595-9071-42c3-969e-27c8fd42fc61', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '1998-12-10', 'pilot_projects', 'Network broker (illustrative)', 1, 5, 3, 'The input shop runs; some members buy outside it.', 2, NULL, 2, NULL, 3, NULL, 2, NULL, 2, NULL, 2, NULL, true, NULL, '2026-12-01 10:59:58.682751+00', '2026-12-01 10:59:58.682751+00');
INSERT INTO public.net_assessments VALUES ('02e38594-78dd-41d1-b419-08f8e40a8dcf', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '1999-12-15', 'strategic_projects', 'Network broker (illustrative)', 1, 5, 4, 'Three members expelled for selling on their own account; the others closed ranks.', 3, NULL, 3, NULL, 3, NULL, 3, NULL, 3, NULL, 2, NULL, true, NULL, '2026-12-01 10:59:58.796532+00', '2026-12-01 10:59:58.796532+00');
INSERT INTO public.net_assessments VALUES ('54e59255-0bc7-4e43-bbae-f7f897ae8585', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '2000-12-10', 'strategic_projects', 'Network broker (illustrative)', 1, 5, 4, 'Exports delivered; a selling point and a shared workplace are planned.', 4, NULL, 4, NULL, 4, NULL, 4, NULL, 4, NULL, 3, NULL, true, NULL, '2026-12-01 10:59:58.801724+00', '2026-12-01 10:59:58.801724+00');
INSERT INTO public.net_assessments VALUES ('cc02409d-b384-4469-ab25-948c577b5eba', '002ba2b0-0f9c-4810-bfad-9c97e6cff4b9', '1999-09-20', 'pilot_projects', 'Network broker (illustrative)', 1, 5, 3, 'Common dyeing unit run by a rota of members.', 3, NULL, 2, NULL, 3, NULL, 2, NULL, 2, NULL, 3, NULL, true, NULL, '2026-12-01 10:59:58.834657+00', '2026-12-01 10:59:58.834657+00');
INSERT INTO public.net_assessments VALUES ('b7ffe429-4b98-43d9-895b-278c397e007b', '4e31ff7c-3b1d-4e69-8f2f-c31914e63e79', '2002-02-15', 'strategic_planning', 'Network broker (illustrative)', 1, 5, 3, 'Members meet monthly; plan drafted.', 2, NULL, 2, NULL, 2, NULL, 1, NULL, 1, NULL, 3, NULL, true, NULL, '2026-12-01 10:59:58.850348+00', '2026-12-01 10:59:58.850348+00');
INSERT INTO public.net_assessments VALUES ('ab6f4083-af78-44e3-9917-618491447fe8', 'dbbecdd4-041b-4691-a97d-415f4edaa10a', '2002-02-15', 'pilot_projects', 'Network broker (illustrative)', 1, 5, 4, 'Joint welding course bought from a local provider.', 3, NULL, 3, NULL, 3, NULL, 3, NULL, 2, NULL, 4, NULL, true, NULL, '2026-12-01 10:59:58.866257+00', '2026-12-01 10:59:58.866257+00');


--
-- Data for Name: net_targets; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: network_relations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.network_relations VALUES ('8929e0c5-fd14-4aa7-a7c6-a2eb53338a3a', '4e31ff7c-3b1d-4e69-8f2f-c31914e63e79', 'strengthens_association', '3f0dc966-ebbb-4eb1-87d0-2c00fd4f925d', '2001-09-01', NULL, '2026-12-01 10:59:58.897242+00', '2026-12-01 10:59:58.897242+00');
INSERT INTO public.network_relations VALUES ('87aec788-754d-43fa-8c01-a5ce72af6fd2', '4e31ff7c-3b1d-4e69-8f2f-c31914e63e79', 'feeds_policy_dialogue', '34c69354-a355-4253-8bea-d9600250fca9', '2002-01-15', NULL, '2026-12-01 10:59:58.906902+00', '2026-12-01 10:59:58.906902+00');
INSERT INTO public.network_relations VALUES ('08687a04-7087-4f5b-8a92-b8493fd4d74f', 'dbbecdd4-041b-4691-a97d-415f4edaa10a', 'organises_service_demand', 'bca2f50c-aca5-4d5a-a9d4-ec9046197b59', '2001-10-01', NULL, '2026-12-01 10:59:58.915294+00', '2026-12-01 10:59:58.915294+00');
INSERT INTO public.network_relations VALUES ('77dca87a-707a-4a29-8e68-088e6541193f', '002ba2b0-0f9c-4810-bfad-9c97e6cff4b9', 'strengthens_association', 'd179849a-d62e-448c-939f-59c1100b5a3a', '1999-01-01', NULL, '2026-12-01 10:59:58.923581+00', '2026-12-01 10:59:58.923581+00');


--
-- Data for Name: network_rules; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.network_rules VALUES ('e6d566db-a65b-438e-bdd7-323cc09e105b', 'e509b747-4f5f-42a0-92d4-b05454844ce3', 1, 'Rules of the Masaya woodworkers', 'Members buy through the shop, keep the common prices and quality; a member who sells the group''s orders on his own account is expelled by the assembly.', '1999-08-01', '2026-12-01 10:59:58.693211+00', '2026-12-01 10:59:58.693211+00');


--
-- Data for Name: networks; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.networks VALUES ('002ba2b0-0f9c-4810-bfad-9c97e6cff4b9', 'Jaipur block printers'' common services network', 'horizontal', 'IN', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'a58a6168-2ac5-4ffd-a2e4-6f0e80d7eb79', 'pilot_projects', '1998-11-01', 'One of several networks promoted in the Jaipur cluster to provide common services to their members. Illustrative demo record.', '2026-12-01 10:59:56.739931+00', '2026-12-01 10:59:56.739931+00', 'informal', NULL, NULL);
INSERT INTO public.networks VALUES ('e509b747-4f5f-42a0-92d4-b05454844ce3', 'Masaya woodworkers'' network', 'horizontal', 'NI', NULL, '5c8691f5-ff3a-4c74-a382-041d0040aa61', 'strategic_projects', '1998-03-01', 'Fifteen micro and small woodworkers: a shared input shop, bulk wood purchasing, a common catalogue, three rocking-chair models exported to the UK. Members who behaved opportunistically were expelled; a new member joined later. Dates illustrative.', '2026-12-01 10:59:56.537814+00', '2026-12-01 10:59:58.723524+00', 'informal', NULL, NULL);
INSERT INTO public.networks VALUES ('4e31ff7c-3b1d-4e69-8f2f-c31914e63e79', 'Thiès food processors'' network (illustrative)', 'horizontal', 'SN', NULL, 'c0d62d6a-93ab-42f7-bb63-2d9cdfac70bf', 'strategic_planning', '2001-03-01', 'Networks organise the private sector from the base and strengthen its representative associations. Illustrative demo record.', '2026-12-01 10:59:58.845587+00', '2026-12-01 10:59:58.845587+00', 'association', NULL, NULL);
INSERT INTO public.networks VALUES ('dbbecdd4-041b-4691-a97d-415f4edaa10a', 'Bulawayo metalworkers'' network (illustrative)', 'horizontal', 'ZW', NULL, '34904f96-a0ea-44da-aefd-beee09a616ba', 'pilot_projects', '2001-05-01', 'The network organises its members'' demand for business development services so that providers upgrade them. Illustrative demo record.', '2026-12-01 10:59:58.86079+00', '2026-12-01 10:59:58.86079+00', 'informal', NULL, NULL);
INSERT INTO public.networks VALUES ('36df1f8e-8cb6-44ec-8edd-df112631f0e2', 'Ice cream and yoghurt supplier network', 'vertical', 'NI', NULL, '5c8691f5-ff3a-4c74-a382-041d0040aa61', 'round_tables', '1999-06-01', 'A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record.', '2026-12-01 10:59:59.112561+00', '2026-12-01 10:59:59.243434+00', NULL, NULL, NULL);
INSERT INTO public.networks VALUES ('b53eaad0-c6bd-4b8a-b8f6-81054057e353', 'Footwear supplier network', 'vertical', 'NI', NULL, '5c8691f5-ff3a-4c74-a382-041d0040aa61', 'round_tables', '1999-06-01', 'A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record.', '2026-12-01 10:59:58.97168+00', '2026-12-01 10:59:59.490038+00', NULL, NULL, NULL);
INSERT INTO public.networks VALUES ('c4728f23-04af-48b2-9d79-61de99228d89', 'Coffee and cereals supplier network', 'vertical', 'NI', NULL, '5c8691f5-ff3a-4c74-a382-041d0040aa61', 'improvement_plan', '1999-06-01', 'A coffee and cereals processor with peanut and plastic jar suppliers and the National Metrology Laboratory, through the Vertical Linkages Unit at CADIN.', '2026-12-01 10:59:56.750941+00', '2026-12-01 10:59:59.571195+00', NULL, NULL, NULL);
INSERT INTO public.networks VALUES ('0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', 'Rum supplier network', 'vertical', 'NI', NULL, '5c8691f5-ff3a-4c74-a382-041d0040aa61', 'partnership_decision', '1999-06-01', 'A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record.', '2026-12-01 10:59:59.051283+00', '2026-12-01 11:00:00.099438+00', NULL, NULL, NULL);


--
-- Data for Name: partnership_decisions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.partnership_decisions VALUES ('6ea70ea1-1fc7-4296-bc2a-1220b86593b4', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '789d429a-c50a-490f-8f2b-6cc97de09fd6', 'd1740fe8-7e8d-4f63-9405-45567d95fa07', '2000-04-01', true, 85000, '2000-05-01', '2001-04-30', 'Local bank (illustrative)', 12000, 'The client buys its labels locally instead of importing them.', '2026-12-01 11:00:00.112446+00', '2026-12-01 11:00:00.112446+00');
INSERT INTO public.partnership_decisions VALUES ('4e4c0dc0-7a84-4700-bc16-43b9be06e879', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '789d429a-c50a-490f-8f2b-6cc97de09fd6', 'ff6b8502-a227-455d-ac3d-708966afa7b3', '2000-04-01', false, NULL, NULL, NULL, NULL, NULL, 'Bottle quality not yet at the client''s standard; re-evaluate after the quality system.', '2026-12-01 11:00:00.12711+00', '2026-12-01 11:00:00.12711+00');


--
-- Data for Name: perceptions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.perceptions VALUES ('ffcf5c92-f864-410d-b37f-1824297d3a06', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'adba2837-e48c-498b-b1a2-fd26a60c2fa8', 'Food safety regulation', 'entrepreneurs', 'major', 'The Food Adulteration Act is too stringent; relax it and exempt us from the feared audits.', '2026-12-01 10:59:56.974664+00', '2026-12-01 10:59:56.974664+00');
INSERT INTO public.perceptions VALUES ('180ec1bd-cc77-4029-9c4f-14b5cc87e614', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'adba2837-e48c-498b-b1a2-fd26a60c2fa8', 'Food safety regulation', 'support_institutions', 'not_a_problem', 'The law is sound; entrepreneurs do not value product safety and rely on traditional practices.', '2026-12-01 10:59:56.985258+00', '2026-12-01 10:59:56.985258+00');
INSERT INTO public.perceptions VALUES ('728b66fa-2c38-43da-afd3-2aaf3b5ec4ca', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'adba2837-e48c-498b-b1a2-fd26a60c2fa8', 'Food safety regulation', 'government', 'not_a_problem', 'Regulations protect consumers; producers must comply.', '2026-12-01 10:59:56.994459+00', '2026-12-01 10:59:56.994459+00');
INSERT INTO public.perceptions VALUES ('488c526b-7065-43a9-a0d1-13fa59733d8b', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'adba2837-e48c-498b-b1a2-fd26a60c2fa8', 'Knowledge of the law', 'entrepreneurs', 'major', 'We cannot keep up with the continuous amendments of the law.', '2026-12-01 10:59:57.005149+00', '2026-12-01 10:59:57.005149+00');
INSERT INTO public.perceptions VALUES ('9bc52eea-e65d-48c1-8217-19061e5fbd81', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'adba2837-e48c-498b-b1a2-fd26a60c2fa8', 'Knowledge of the law', 'support_institutions', 'major', 'Producers ignore the rules they must meet.', '2026-12-01 10:59:57.017001+00', '2026-12-01 10:59:57.017001+00');
INSERT INTO public.perceptions VALUES ('ae25c308-c077-4a09-8a03-c75b5e0fa511', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'adba2837-e48c-498b-b1a2-fd26a60c2fa8', 'Testing facilities', 'entrepreneurs', 'major', 'There are no reliable and independent testing facilities to monitor our compliance.', '2026-12-01 10:59:57.027397+00', '2026-12-01 10:59:57.027397+00');
INSERT INTO public.perceptions VALUES ('4c57741d-6921-46be-8dfe-136ee649d7b6', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'adba2837-e48c-498b-b1a2-fd26a60c2fa8', 'Testing facilities', 'support_institutions', 'minor', 'Modern testing equipment exists but producers do not use it.', '2026-12-01 10:59:57.036729+00', '2026-12-01 10:59:57.036729+00');
INSERT INTO public.perceptions VALUES ('62d6a7f9-16a9-438a-b63c-784ec66f7372', 'd648bd0c-791e-4b17-adb4-b8d44fff1cd7', 'adba2837-e48c-498b-b1a2-fd26a60c2fa8', 'Representation', 'entrepreneurs', 'major', 'Our associations are too fragmented to talk to the regulator in New Delhi.', '2026-12-01 10:59:57.046225+00', '2026-12-01 10:59:57.046225+00');


--
-- Data for Name: persons; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.persons VALUES ('c94b01a7-16be-4fe1-aa7b-595af09f15ca', 'Cluster broker, Jaipur (illustrative)', 'ab1e077d-4d66-4bd8-bd0a-c5d41a70b308', 'Cluster development agent', 'female', NULL, NULL, NULL, '2026-12-01 10:59:56.777868+00', '2026-12-01 10:59:56.777868+00');
INSERT INTO public.persons VALUES ('2881a262-542f-4aa6-9ca0-c23dc7e78423', 'Executive director, CERTEC (illustrative)', '0e5e9fc6-ae02-462e-860f-8295d520cda4', 'Former network broker', 'male', NULL, NULL, NULL, '2026-12-01 10:59:56.787706+00', '2026-12-01 10:59:56.787706+00');
INSERT INTO public.persons VALUES ('6ba0f0fe-339d-4b04-ba22-8a306b350663', 'Linkage broker, CADIN (illustrative)', '2ea536c8-dbb8-496a-835d-af11015af318', 'Vertical Linkages Unit', 'female', NULL, NULL, NULL, '2026-12-01 10:59:56.797521+00', '2026-12-01 10:59:56.797521+00');


--
-- Data for Name: phase_decisions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.phase_decisions VALUES ('44e34868-d190-453b-a40e-5eeda7b7cb0c', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '1998-05-01', 'promotion', 'strategic_planning', NULL, 'Fifteen woodworkers committed to working together.', false, NULL, '2026-12-01 10:59:58.566751+00', '2026-12-01 10:59:58.566751+00');
INSERT INTO public.phase_decisions VALUES ('c5806319-ed45-4f78-a985-b59243ef39b5', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '1998-07-01', 'strategic_planning', 'pilot_projects', NULL, 'Business plan adopted by the members.', false, NULL, '2026-12-01 10:59:58.620079+00', '2026-12-01 10:59:58.620079+00');
INSERT INTO public.phase_decisions VALUES ('adec21a1-774c-4dab-a0fa-ff1b71cc6673', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '1999-09-01', 'pilot_projects', 'strategic_projects', NULL, 'Pilot projects completed and rules adopted.', false, NULL, '2026-12-01 10:59:58.71742+00', '2026-12-01 10:59:58.71742+00');
INSERT INTO public.phase_decisions VALUES ('889a95dc-2489-400b-92d3-e8e15ddf259e', '36df1f8e-8cb6-44ec-8edd-df112631f0e2', '1999-07-30', 'supplier_evaluation', 'round_tables', NULL, 'Suppliers evaluated', false, NULL, '2026-12-01 10:59:59.237138+00', '2026-12-01 10:59:59.237138+00');
INSERT INTO public.phase_decisions VALUES ('22afe22b-c2ed-4d71-bebd-d09229849246', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '1999-07-30', 'supplier_evaluation', 'round_tables', NULL, 'Suppliers evaluated', false, NULL, '2026-12-01 10:59:59.313682+00', '2026-12-01 10:59:59.313682+00');
INSERT INTO public.phase_decisions VALUES ('ab0dff12-e1e1-4af0-9e56-0b893f7fd447', 'c4728f23-04af-48b2-9d79-61de99228d89', '1999-07-30', 'supplier_evaluation', 'round_tables', NULL, 'Suppliers evaluated', false, NULL, '2026-12-01 10:59:59.390217+00', '2026-12-01 10:59:59.390217+00');
INSERT INTO public.phase_decisions VALUES ('cd0fe5cb-1e96-466c-9984-1b25f1c188e2', 'b53eaad0-c6bd-4b8a-b8f6-81054057e353', '1999-07-30', 'supplier_evaluation', 'round_tables', NULL, 'Suppliers evaluated', false, NULL, '2026-12-01 10:59:59.483785+00', '2026-12-01 10:59:59.483785+00');
INSERT INTO public.phase_decisions VALUES ('bf59bcf7-0432-4239-bf7d-6e33db20d0dd', 'c4728f23-04af-48b2-9d79-61de99228d89', '1999-08-20', 'round_tables', 'detailed_analysis', NULL, 'The client''s requirements agreed', false, NULL, '2026-12-01 10:59:59.528672+00', '2026-12-01 10:59:59.528672+00');
INSERT INTO public.phase_decisions VALUES ('ead867fd-fc71-4211-9b0d-e7f1d83ec2d4', 'c4728f23-04af-48b2-9d79-61de99228d89', '1999-09-10', 'detailed_analysis', 'improvement_plan', NULL, 'Areas of improvement identified', false, NULL, '2026-12-01 10:59:59.561935+00', '2026-12-01 10:59:59.561935+00');
INSERT INTO public.phase_decisions VALUES ('44308356-d3a7-40e9-a95b-8b30f96f45bb', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '1999-08-20', 'round_tables', 'detailed_analysis', NULL, 'The client''s requirements agreed', false, NULL, '2026-12-01 10:59:59.752548+00', '2026-12-01 10:59:59.752548+00');
INSERT INTO public.phase_decisions VALUES ('9bcc31f7-9704-4968-a93a-b2caa7b384b4', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '1999-09-10', 'detailed_analysis', 'improvement_plan', NULL, 'Areas of improvement identified', false, NULL, '2026-12-01 10:59:59.778966+00', '2026-12-01 10:59:59.778966+00');
INSERT INTO public.phase_decisions VALUES ('323e0c62-d0e6-405a-8e56-b44f5235d57f', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', '2000-03-20', 'improvement_plan', 'partnership_decision', NULL, 'Every firm has carried out its plan', false, NULL, '2026-12-01 11:00:00.091943+00', '2026-12-01 11:00:00.091943+00');


--
-- Data for Name: plan_actions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.plan_actions VALUES ('2fd9e635-ef1f-4d09-bdea-490ee6436d76', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'Common showroom', 'Reach profitable markets', 'joint_marketing', 'd179849a-d62e-448c-939f-59c1100b5a3a', '', '1999-01-01', '1999-12-31', 'done', 100, NULL, 'A common showroom opened.', '2026-12-01 10:59:57.608367+00', '2026-12-01 10:59:57.608367+00');
INSERT INTO public.plan_actions VALUES ('1618c703-fae6-4774-a038-f586c4f1c567', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'New products and designs with NIFT', 'Reach profitable markets', 'technical_assistance', 'c6338865-563e-4f4c-badd-b8f2b210b4f6', '', '1999-03-01', '2000-12-31', 'done', 100, NULL, NULL, '2026-12-01 10:59:57.620223+00', '2026-12-01 10:59:57.620223+00');
INSERT INTO public.plan_actions VALUES ('e80ba9b3-0da7-42a0-a02f-7e8f26a5faf7', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'Credit scheme', 'Reach profitable markets', 'finance', '0b4674af-75f6-4368-9f92-31441a1c19a1', '', '1999-06-01', '2001-06-30', 'in_progress', 60, NULL, NULL, '2026-12-01 10:59:57.630306+00', '2026-12-01 10:59:57.630306+00');
INSERT INTO public.plan_actions VALUES ('92e05b89-08cd-45c5-82b6-ce56ff88a69f', '7391de3a-6d67-4163-a0c0-bcef285d493c', 'Revitalise CALICO', 'An autonomous governance framework', 'institutional_capacity', 'd179849a-d62e-448c-939f-59c1100b5a3a', 'ab1e077d-4d66-4bd8-bd0a-c5d41a70b308', '1998-10-01', '2001-06-30', 'done', 100, NULL, 'Membership from 26 to 120; COTEX formed.', '2026-12-01 10:59:57.643422+00', '2026-12-01 10:59:57.643422+00');
INSERT INTO public.plan_actions VALUES ('4e111302-ded4-49e9-9e55-b395202fa4d9', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'Waste-water treatment and relocation study', 'Environment', 'infrastructure', 'ad1b1714-af43-4a1c-a293-dd1561b382f4', '', '1999-01-01', '2001-06-30', 'planned', NULL, NULL, NULL, '2026-12-01 10:59:57.959382+00', '2026-12-01 10:59:57.959382+00');
INSERT INTO public.plan_actions VALUES ('bedbcad7-5fc6-4c63-864b-3f4a7ee8b805', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'Cooperative for milk supply and joint purchasing', 'Organisation', 'institutional_capacity', 'ad1b1714-af43-4a1c-a293-dd1561b382f4', '', '1998-09-01', '1999-12-31', 'done', 100, NULL, NULL, '2026-12-01 10:59:57.969691+00', '2026-12-01 10:59:57.969691+00');
INSERT INTO public.plan_actions VALUES ('8dc2d754-afc0-47a0-b933-048fd1f55a87', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'Product diversification', 'Diversification', 'technical_assistance', 'ac4462ee-449b-4835-a4c9-f09df650ec34', '23d46688-5e81-4629-880f-147cca0f234f', '1998-06-01', '2000-12-31', 'in_progress', 80, NULL, NULL, '2026-12-01 10:59:57.949108+00', '2026-12-01 10:59:58.021974+00');
INSERT INTO public.plan_actions VALUES ('ad35087e-5a18-4c6c-a233-e68ff1639f87', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'Technical norms for fresh milk and milk products', 'Quality of cheese', 'quality_standards', 'ac4462ee-449b-4835-a4c9-f09df650ec34', '', '1998-03-01', '1999-06-30', 'done', 100, NULL, NULL, '2026-12-01 10:59:57.935239+00', '2026-12-01 10:59:58.024498+00');
INSERT INTO public.plan_actions VALUES ('a2f90da8-046a-4e73-9fab-cbbc6f1f109d', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'Training cell for women machine operators at GPW', 'Skilled workforce', 'training', 'f574f319-394f-4ab8-9704-eaad4900a591', '372d9069-5873-47e0-aad9-d05044a7e0b3
dcb11c03-9990-4019-a0b3-678bdc2f9ee4
81990e67-2a39-4f38-bc0b-55a0e28e6470', '1999-09-01', '2000-09-30', 'done', 100, NULL, '7 batches; more than 110 women trained; 80 % employed in the cluster.', '2026-12-01 10:59:58.153547+00', '2026-12-01 10:59:58.153547+00');
INSERT INTO public.plan_actions VALUES ('e8445e7b-bad6-40bc-a353-00e4974c11de', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'Visits to foreign fairs', 'Exports', 'joint_marketing', 'f574f319-394f-4ab8-9704-eaad4900a591', '', '1998-09-01', '2000-12-31', 'done', 100, NULL, NULL, '2026-12-01 10:59:58.164745+00', '2026-12-01 10:59:58.164745+00');


--
-- Data for Name: plan_reviews; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.plan_reviews VALUES ('a19ae7b6-c648-40c0-be11-f712bef02a58', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 1, '1999-07-15', NULL, 'Norms done; diversification ahead of plan; waste water not started.', 'Ministries act together when the committee sets the agenda.', 'Start the waste-water study with the cooperative; add a second diversification round.', '[{"actionId":"AD35087E-5A18-4C6C-A233-E68FF1639F87","note":"Norms diffused with four ministries","percentComplete":100,"status":"done"},{"actionId":"8DC2D754-AFC0-47A0-B933-048FD1F55A87","note":"Three new types on the market","percentComplete":80,"status":"in_progress"}]', '{"actions":[{"id":"BEDBCAD7-5FC6-4C63-864B-3F4A7EE8B805","percentComplete":100,"status":"done","title":"Cooperative for milk supply and joint purchasing","type":"institutional_capacity"},{"id":"8DC2D754-AFC0-47A0-B933-048FD1F55A87","percentComplete":80,"status":"in_progress","title":"Product diversification","type":"technical_assistance"},{"id":"AD35087E-5A18-4C6C-A233-E68FF1639F87","percentComplete":100,"status":"done","title":"Technical norms for fresh milk and milk products","type":"quality_standards"},{"id":"4E111302-DED4-49E9-9E55-B395202FA4D9","status":"planned","title":"Waste-water treatment and relocation study","type":"infrastructure"}],"objectives":["Quality of cheese","Diversification","Environment","Organisation"],"version":1,"vision":"A cluster known for safe, varied cheese made without harming its rivers."}', '2026-12-01 10:59:58.014269+00', '2026-12-01 10:59:58.014269+00');


--
-- Data for Name: programme_settings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.programme_settings VALUES ('9e2b0b69-b35f-4398-8941-05cce36f736d', 'indicator.library.offered', '15');


--
-- Data for Name: project_contributions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project_contributions VALUES ('23d0a004-4798-44a4-be23-4b16b8c5fba9', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '5640f283-cb81-4257-a9b8-c85fd792dfc3', 'Members', NULL, 'private_sector', 'cash', 2500, '1998-08-01', 2500, '1998-09-01', '2026-12-01 10:59:58.769972+00', '2026-12-01 10:59:58.769972+00');
INSERT INTO public.project_contributions VALUES ('69b84685-ac4b-4e40-a791-1f6ec51c8860', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '5640f283-cb81-4257-a9b8-c85fd792dfc3', 'UNIDO project', NULL, 'project', 'cash', 1500, '1998-08-01', 1500, '1998-09-01', '2026-12-01 10:59:58.778016+00', '2026-12-01 10:59:58.778016+00');
INSERT INTO public.project_contributions VALUES ('4ff8a83f-a4a7-4899-a714-130ad94d7bef', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '631c0216-62e0-4f78-aa50-6c0260339df0', 'Members', NULL, 'private_sector', 'cash', 1800, '1998-08-01', 1800, '1998-09-01', '2026-12-01 10:59:58.784622+00', '2026-12-01 10:59:58.784622+00');
INSERT INTO public.project_contributions VALUES ('6aef18d9-8305-4c7f-9d1b-7e5a6c04a86e', 'e509b747-4f5f-42a0-92d4-b05454844ce3', '631c0216-62e0-4f78-aa50-6c0260339df0', 'UNIDO project', NULL, 'project', 'cash', 2200, '1998-08-01', 2200, '1998-09-01', '2026-12-01 10:59:58.79156+00', '2026-12-01 10:59:58.79156+00');


--
-- Data for Name: project_countries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project_countries VALUES ('86438af8-68dc-4850-a049-cc0625c295a9', 'a58a6168-2ac5-4ffd-a2e4-6f0e80d7eb79', 'IN');
INSERT INTO public.project_countries VALUES ('5608efa4-6d6b-4c69-8fc3-9f424303cd9d', '5c8691f5-ff3a-4c74-a382-041d0040aa61', 'NI');
INSERT INTO public.project_countries VALUES ('ee955804-ef6a-459f-ad06-102d3f512f0e', '5a900c7d-d365-4ddd-9b46-929eb5c4693e', 'HN');
INSERT INTO public.project_countries VALUES ('c97825dd-a8d8-4abe-b444-6b1abd230f90', 'c0d62d6a-93ab-42f7-bb63-2d9cdfac70bf', 'SN');
INSERT INTO public.project_countries VALUES ('1585a92b-706f-4d07-b3a6-d6bdaef3be35', '34904f96-a0ea-44da-aefd-beee09a616ba', 'ZW');
INSERT INTO public.project_countries VALUES ('bbd3d31c-9d3c-41e2-a16c-556d72b91bb4', 'cb486ccf-5c19-4331-836d-589a83a344e1', 'IT');
INSERT INTO public.project_countries VALUES ('06927c9b-dd69-4a37-8f9b-467c7e8d5876', 'cb486ccf-5c19-4331-836d-589a83a344e1', 'MA');
INSERT INTO public.project_countries VALUES ('ae959bf9-b41a-412b-9152-2f348dab97e7', '3d22a3df-f896-450e-8b70-1f208165fb4c', 'MG');


--
-- Data for Name: projects; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.projects VALUES ('a58a6168-2ac5-4ffd-a2e4-6f0e80d7eb79', 'IND-CLN', 'Cluster and network development in India', 'Pune food processing, Bagru and Sanganer block printing (Jaipur), Ludhiana knitwear. Dates and budget illustrative.', 'ongoing', NULL, NULL, '1996-07-01', NULL, 2400000, 'USD', 'Government of Italy (illustrative)', 'SIDBI', 'clusters
horizontal_networks', '2026-12-01 10:59:55.863642+00', '2026-12-01 10:59:55.863642+00');
INSERT INTO public.projects VALUES ('5c8691f5-ff3a-4c74-a382-041d0040aa61', 'NIC-CLN', 'SME networks, clusters and vertical linkages in Nicaragua', 'Boaco/Chontales milk and cheese cluster, Masaya woodworking network, Vertical Linkages Unit at CADIN (designed 1999). Dates and budget illustrative.', 'ongoing', NULL, NULL, '1997-03-01', NULL, 1800000, 'USD', '', 'CADIN
INPYME', 'clusters
horizontal_networks
vertical_linkages', '2026-12-01 10:59:55.894522+00', '2026-12-01 10:59:55.894522+00');
INSERT INTO public.projects VALUES ('5a900c7d-d365-4ddd-9b46-929eb5c4693e', 'HON-NET', 'Network brokers in Honduras', 'Network brokers trained by the project founded CERTEC in the last year of implementation (1997). Start date illustrative.', 'completed', NULL, NULL, '1993-01-01', '1997-12-31', NULL, NULL, '', 'CERTEC', 'horizontal_networks', '2026-12-01 10:59:55.913271+00', '2026-12-01 10:59:55.913271+00');
INSERT INTO public.projects VALUES ('c0d62d6a-93ab-42f7-bb63-2d9cdfac70bf', 'SEN-NET', 'From networks to associations to policy in Senegal', 'Networks organise the private sector from the base and strengthen its representative associations.', 'ongoing', NULL, NULL, '2001-01-01', NULL, NULL, NULL, '', '', 'horizontal_networks', '2026-12-01 10:59:55.932607+00', '2026-12-01 10:59:55.932607+00');
INSERT INTO public.projects VALUES ('34904f96-a0ea-44da-aefd-beee09a616ba', 'ZWE-NET', 'Networks and BDS upgrading in Zimbabwe', 'Networks organise the demand for business development services so that providers upgrade them.', 'ongoing', NULL, NULL, '2001-01-01', NULL, NULL, NULL, '', '', 'horizontal_networks', '2026-12-01 10:59:55.955459+00', '2026-12-01 10:59:55.955459+00');
INSERT INTO public.projects VALUES ('cb486ccf-5c19-4331-836d-589a83a344e1', 'MAR-CLU', 'Restructuring of the Fez leather cluster', 'Fez leather cluster, including relocation for environmental reasons, in cooperation with the Santa Croce leather cluster in Italy. Start date illustrative.', 'ongoing', NULL, NULL, '2000-01-01', NULL, NULL, NULL, '', '', 'clusters', '2026-12-01 10:59:55.977172+00', '2026-12-01 10:59:55.977172+00');
INSERT INTO public.projects VALUES ('3d22a3df-f896-450e-8b70-1f208165fb4c', 'MDG-CLU', 'Cluster development in Madagascar', 'Under design.', 'under_design', NULL, NULL, NULL, NULL, NULL, NULL, '', '', 'clusters', '2026-12-01 10:59:56.000643+00', '2026-12-01 10:59:56.000643+00');


--
-- Data for Name: readiness_items; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.readiness_items VALUES ('b8892a4e-19b7-492a-b387-b89378ab0543', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'Executive director and field worker trained at the Joint Learning Programme in Chile', true, '2000-03-01', NULL, '2026-12-01 10:59:58.038751+00', '2026-12-01 10:59:58.038751+00');
INSERT INTO public.readiness_items VALUES ('b64b226d-2b08-4035-92db-18426b139f31', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'Field worker trained on the job by project consultants', true, '2000-12-01', NULL, '2026-12-01 10:59:58.04618+00', '2026-12-01 10:59:58.04618+00');
INSERT INTO public.readiness_items VALUES ('5c7e7ab1-df46-4306-a938-28ddb4872883', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'Foundation budget covers the field worker''s full salary', false, NULL, NULL, '2026-12-01 10:59:58.052263+00', '2026-12-01 10:59:58.052263+00');


--
-- Data for Name: result_entries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.result_entries VALUES ('d69149d8-29e5-49a6-a374-1207978f189f', '7391de3a-6d67-4163-a0c0-bcef285d493c', '794f4304-8325-4389-8085-41b4ef46448b', 'baseline', 'd179849a-d62e-448c-939f-59c1100b5a3a', NULL, '1997-08-20', 26, NULL, '', '2cb28331-a917-438e-9e91-a6cfae27ee17', 'Diagnostic study', NULL, '2026-12-01 10:59:57.225004+00', '2026-12-01 10:59:57.225004+00', NULL);
INSERT INTO public.result_entries VALUES ('0734291e-e5b2-45f7-bfd9-a83d1022d91e', '7391de3a-6d67-4163-a0c0-bcef285d493c', '794f4304-8325-4389-8085-41b4ef46448b', 'target', 'd179849a-d62e-448c-939f-59c1100b5a3a', NULL, '2001-12-31', 100, NULL, '', NULL, NULL, NULL, '2026-12-01 10:59:57.240031+00', '2026-12-01 10:59:57.240031+00', NULL);
INSERT INTO public.result_entries VALUES ('37d1b6d0-6dad-4bc7-a1ec-729c8c63343c', '7391de3a-6d67-4163-a0c0-bcef285d493c', '794f4304-8325-4389-8085-41b4ef46448b', 'measurement', 'd179849a-d62e-448c-939f-59c1100b5a3a', NULL, '2001-06-30', 120, NULL, '', NULL, 'CALICO register', NULL, '2026-12-01 10:59:57.253252+00', '2026-12-01 10:59:57.253252+00', NULL);
INSERT INTO public.result_entries VALUES ('d0072224-f487-48ee-afa0-8d794efd8a20', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'e5469b83-d02c-4c6d-acf4-1b8eb8badf4f', 'baseline', '4b0ed0f5-41e2-4d21-a936-974260b3e849', NULL, '1997-11-20', 10, NULL, '', '9bf27da7-bf63-4a03-8791-8091583a7721', 'Diagnostic study (illustrative value)', NULL, '2026-12-01 10:59:57.742831+00', '2026-12-01 10:59:57.742831+00', NULL);
INSERT INTO public.result_entries VALUES ('f6c02083-9a24-4c28-871f-afab6326fa25', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'e5469b83-d02c-4c6d-acf4-1b8eb8badf4f', 'target', '4b0ed0f5-41e2-4d21-a936-974260b3e849', NULL, '2001-12-31', 12, NULL, '', NULL, NULL, NULL, '2026-12-01 10:59:57.755682+00', '2026-12-01 10:59:57.755682+00', NULL);
INSERT INTO public.result_entries VALUES ('9f0182b4-8807-4ec0-a96d-eb5f25b5732d', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', 'e5469b83-d02c-4c6d-acf4-1b8eb8badf4f', 'measurement', '4b0ed0f5-41e2-4d21-a936-974260b3e849', NULL, '2000-12-31', 12.5, NULL, '', NULL, '+25 % as reported', NULL, '2026-12-01 10:59:57.768149+00', '2026-12-01 10:59:57.768149+00', NULL);
INSERT INTO public.result_entries VALUES ('cc1778fc-9170-4f4c-bc96-7e8d55e2307c', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '0a0ca6f2-6db8-41f6-826c-066d66c7838e', 'baseline', NULL, NULL, '1997-11-20', 1000, NULL, '', '9bf27da7-bf63-4a03-8791-8091583a7721', 'Diagnostic study (illustrative value)', NULL, '2026-12-01 10:59:57.781311+00', '2026-12-01 10:59:57.781311+00', NULL);
INSERT INTO public.result_entries VALUES ('59f69bc1-95b2-456a-9336-3bac8f3b0cae', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '0a0ca6f2-6db8-41f6-826c-066d66c7838e', 'target', NULL, NULL, '2001-12-31', 400, NULL, '', NULL, NULL, NULL, '2026-12-01 10:59:57.789871+00', '2026-12-01 10:59:57.789871+00', NULL);
INSERT INTO public.result_entries VALUES ('9ad5e040-fe26-4987-8a72-1aaee601c443', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '0a0ca6f2-6db8-41f6-826c-066d66c7838e', 'measurement', NULL, NULL, '2000-12-31', 300, NULL, '', NULL, 'Reduced up to 70 %', NULL, '2026-12-01 10:59:57.798278+00', '2026-12-01 10:59:57.798278+00', NULL);
INSERT INTO public.result_entries VALUES ('1fbeb2e3-900a-41c5-abf6-bc2bee130a65', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '3adf19f3-7ee8-4e52-9f21-3f7877f6c99a', 'baseline', NULL, NULL, '1997-11-20', 0, NULL, '', '9bf27da7-bf63-4a03-8791-8091583a7721', NULL, NULL, '2026-12-01 10:59:57.810315+00', '2026-12-01 10:59:57.810315+00', NULL);
INSERT INTO public.result_entries VALUES ('794ca832-9da4-447d-b668-bbce9ccd9005', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '3adf19f3-7ee8-4e52-9f21-3f7877f6c99a', 'target', NULL, NULL, '2000-12-31', 4, NULL, '', NULL, NULL, NULL, '2026-12-01 10:59:57.819741+00', '2026-12-01 10:59:57.819741+00', NULL);
INSERT INTO public.result_entries VALUES ('073402b2-e024-4860-ab21-146e85c60d5a', '94e2f55a-42ed-49a5-98ae-a4f551f69aec', '3adf19f3-7ee8-4e52-9f21-3f7877f6c99a', 'measurement', NULL, NULL, '2000-12-31', 5, NULL, '', NULL, 'Five new types launched', NULL, '2026-12-01 10:59:57.827932+00', '2026-12-01 10:59:57.827932+00', NULL);
INSERT INTO public.result_entries VALUES ('383d44e8-c716-4566-a130-50e07e41f6c7', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'f335ff41-6bec-43ae-96c0-2b2409b2d05b', 'baseline', NULL, NULL, '1999-08-31', 0, NULL, '', NULL, NULL, NULL, '2026-12-01 10:59:58.217936+00', '2026-12-01 10:59:58.217936+00', NULL);
INSERT INTO public.result_entries VALUES ('7c02d7f3-3906-4cfc-bba6-a55007c45921', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'f335ff41-6bec-43ae-96c0-2b2409b2d05b', 'target', NULL, NULL, '2000-09-30', 100, NULL, '', NULL, NULL, NULL, '2026-12-01 10:59:58.22689+00', '2026-12-01 10:59:58.22689+00', NULL);
INSERT INTO public.result_entries VALUES ('73382a98-7681-4c07-9bbb-5bf3b6037284', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', 'f335ff41-6bec-43ae-96c0-2b2409b2d05b', 'measurement', NULL, NULL, '2000-09-30', 110, NULL, '', NULL, 'GPW records, 7 batches', NULL, '2026-12-01 10:59:58.236396+00', '2026-12-01 10:59:58.236396+00', NULL);
INSERT INTO public.result_entries VALUES ('0618d905-41f6-4b0b-aad9-d70b040a27ac', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', '50a7a8a0-3d2d-434c-9735-ff103743df46', 'baseline', NULL, NULL, '1999-08-31', 0, NULL, '', NULL, NULL, NULL, '2026-12-01 10:59:58.246287+00', '2026-12-01 10:59:58.246287+00', NULL);
INSERT INTO public.result_entries VALUES ('b61e5d2c-fcfc-48b2-abbd-b684255e7b00', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', '50a7a8a0-3d2d-434c-9735-ff103743df46', 'target', NULL, NULL, '2000-09-30', 70, NULL, '', NULL, NULL, NULL, '2026-12-01 10:59:58.256259+00', '2026-12-01 10:59:58.256259+00', NULL);
INSERT INTO public.result_entries VALUES ('647ce5f1-0da8-4c37-ac62-32ffbd36e33f', '92227fad-6efb-4ca1-8f50-4cc99151bfc6', '50a7a8a0-3d2d-434c-9735-ff103743df46', 'measurement', NULL, NULL, '2000-09-30', 80, NULL, '', NULL, 'Found immediate employment in the cluster', NULL, '2026-12-01 10:59:58.266462+00', '2026-12-01 10:59:58.266462+00', NULL);
INSERT INTO public.result_entries VALUES ('88561347-a618-42bb-96fc-ce9b4ae2a57f', NULL, 'bd713812-c022-4372-bfe3-672dfa1073bb', 'baseline', NULL, NULL, '1998-04-15', 0, NULL, '', NULL, NULL, NULL, '2026-12-01 10:59:58.812129+00', '2026-12-01 10:59:58.812129+00', 'e509b747-4f5f-42a0-92d4-b05454844ce3');
INSERT INTO public.result_entries VALUES ('12e1f53e-2a6a-48f5-9683-9e23a701826f', NULL, 'bd713812-c022-4372-bfe3-672dfa1073bb', 'target', NULL, NULL, '2001-06-30', 10, NULL, '', NULL, NULL, NULL, '2026-12-01 10:59:58.819192+00', '2026-12-01 10:59:58.819192+00', 'e509b747-4f5f-42a0-92d4-b05454844ce3');
INSERT INTO public.result_entries VALUES ('f9e7e8c2-2151-468d-a23e-a7c1c63eb19d', NULL, 'bd713812-c022-4372-bfe3-672dfa1073bb', 'measurement', NULL, NULL, '2000-11-30', 12, NULL, '', NULL, NULL, NULL, '2026-12-01 10:59:58.826676+00', '2026-12-01 10:59:58.826676+00', 'e509b747-4f5f-42a0-92d4-b05454844ce3');
INSERT INTO public.result_entries VALUES ('4399c50b-91a4-42c8-927d-ec4a3436e209', NULL, '4ba9d0be-72d1-48b0-8768-92ca67721e52', 'baseline', 'f7bc1629-8f65-4db3-9fdd-dac9aade0035', NULL, '1999-09-30', 55, NULL, '', NULL, NULL, NULL, '2026-12-01 10:59:59.995923+00', '2026-12-01 10:59:59.995923+00', 'c4728f23-04af-48b2-9d79-61de99228d89');
INSERT INTO public.result_entries VALUES ('a9420ee7-a470-4301-915f-9ae2edb7f6a7', NULL, '4ba9d0be-72d1-48b0-8768-92ca67721e52', 'target', 'f7bc1629-8f65-4db3-9fdd-dac9aade0035', NULL, '2000-03-31', 90, NULL, '', NULL, NULL, NULL, '2026-12-01 11:00:00.008405+00', '2026-12-01 11:00:00.008405+00', 'c4728f23-04af-48b2-9d79-61de99228d89');
INSERT INTO public.result_entries VALUES ('da8e140e-4877-4bb4-b0cd-7672791bdd29', NULL, '4ba9d0be-72d1-48b0-8768-92ca67721e52', 'measurement', 'f7bc1629-8f65-4db3-9fdd-dac9aade0035', NULL, '1999-12-31', 75, NULL, '', NULL, NULL, NULL, '2026-12-01 11:00:00.021292+00', '2026-12-01 11:00:00.021292+00', 'c4728f23-04af-48b2-9d79-61de99228d89');
INSERT INTO public.result_entries VALUES ('d85e6a7c-c60b-48a1-9afc-65c81356805b', NULL, 'a86e95cb-65c5-40c5-92d2-044492611f5a', 'baseline', 'f7bc1629-8f65-4db3-9fdd-dac9aade0035', NULL, '1999-09-30', 12, NULL, '', NULL, NULL, NULL, '2026-12-01 11:00:00.036663+00', '2026-12-01 11:00:00.036663+00', 'c4728f23-04af-48b2-9d79-61de99228d89');
INSERT INTO public.result_entries VALUES ('40aebca5-bfdc-4a55-afd8-671738642fb7', NULL, 'a86e95cb-65c5-40c5-92d2-044492611f5a', 'target', 'f7bc1629-8f65-4db3-9fdd-dac9aade0035', NULL, '2000-03-31', 5, NULL, '', NULL, NULL, NULL, '2026-12-01 11:00:00.047946+00', '2026-12-01 11:00:00.047946+00', 'c4728f23-04af-48b2-9d79-61de99228d89');
INSERT INTO public.result_entries VALUES ('b2da0b07-dba3-4a88-bee3-eda81b952433', NULL, 'a86e95cb-65c5-40c5-92d2-044492611f5a', 'measurement', 'f7bc1629-8f65-4db3-9fdd-dac9aade0035', NULL, '1999-12-31', 9, NULL, '', NULL, NULL, NULL, '2026-12-01 11:00:00.059566+00', '2026-12-01 11:00:00.059566+00', 'c4728f23-04af-48b2-9d79-61de99228d89');


--
-- Data for Name: round_tables; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.round_tables VALUES ('de5d6ecd-d36c-4952-b74c-a12ba975e151', '36df1f8e-8cb6-44ec-8edd-df112631f0e2', 'Round table with the client', '1999-08-12', NULL, 'CADIN, Managua', NULL, '989b1fd7-e205-4a69-a8bd-329940ff4951
46b48b18-14a6-4a56-bd17-4ca56184036b
316835c4-b1b8-4980-a330-7166847a247b', '', 3, 9, NULL, 'Deliveries on the agreed day
Batches checked before shipping', 'Production planning
Quality control
Stock of materials', '2026-12-01 10:59:59.254728+00', '2026-12-01 10:59:59.254728+00');
INSERT INTO public.round_tables VALUES ('93ee2b14-d581-4c73-8aeb-6a7e4a5f7335', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', 'Round table with the client', '1999-08-12', NULL, 'CADIN, Managua', NULL, '789d429a-c50a-490f-8f2b-6cc97de09fd6
d1740fe8-7e8d-4f63-9405-45567d95fa07
ff6b8502-a227-455d-ac3d-708966afa7b3', '', 3, 9, NULL, 'Deliveries on the agreed day
Batches checked before shipping', 'Production planning
Quality control
Stock of materials', '2026-12-01 10:59:59.329343+00', '2026-12-01 10:59:59.329343+00');
INSERT INTO public.round_tables VALUES ('ace1375d-9963-4d47-aa57-31db8f117cda', 'c4728f23-04af-48b2-9d79-61de99228d89', 'Round table with the client', '1999-08-12', NULL, 'CADIN, Managua', NULL, '4081daeb-25a8-4cb1-a793-e793421c4357
f7bc1629-8f65-4db3-9fdd-dac9aade0035
ea1e6647-23fb-40be-abe9-299c2047830a', '', 3, 9, NULL, 'Deliveries on the agreed day
Batches checked before shipping', 'Production planning
Quality control
Stock of materials', '2026-12-01 10:59:59.407594+00', '2026-12-01 10:59:59.407594+00');
INSERT INTO public.round_tables VALUES ('4103f50f-fb23-42e1-8571-ad03fba16a9a', 'b53eaad0-c6bd-4b8a-b8f6-81054057e353', 'Round table with the client', '1999-08-12', NULL, 'CADIN, Managua', NULL, '93112e47-5d09-4e46-b2b9-75a91405a2da
d47e86ad-4995-4a0a-912f-b273050f3f85
960cfca7-0360-4887-bb00-52ea290f53d6
0693dbc4-07aa-4b78-be23-84f424e8495d', '', 3, 9, NULL, 'Deliveries on the agreed day
Batches checked before shipping', 'Production planning
Quality control
Stock of materials', '2026-12-01 10:59:59.502071+00', '2026-12-01 10:59:59.502071+00');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sign_in_failures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: supplier_evaluations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.supplier_evaluations VALUES ('070084cb-084d-4e01-b068-1f8ee4bc633e', '36df1f8e-8cb6-44ec-8edd-df112631f0e2', '46b48b18-14a6-4a56-bd17-4ca56184036b', '1999-07-10', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-01 10:59:59.195398+00', '2026-12-01 10:59:59.195398+00');
INSERT INTO public.supplier_evaluations VALUES ('82e504e9-8cc0-4e70-a5b0-8ee9cdcdb5a9', '36df1f8e-8cb6-44ec-8edd-df112631f0e2', '316835c4-b1b8-4980-a330-7166847a247b', '1999-07-11', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 3, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-01 10:59:59.208844+00', '2026-12-01 10:59:59.208844+00');
INSERT INTO public.supplier_evaluations VALUES ('4898318f-08f0-491c-9247-7f62348fc767', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', 'd1740fe8-7e8d-4f63-9405-45567d95fa07', '1999-07-10', 'Linkage broker, CADIN (illustrative)', 'FSC', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-01 10:59:59.280099+00', '2026-12-01 10:59:59.280099+00');
INSERT INTO public.supplier_evaluations VALUES ('55a9424f-9f8a-434a-a919-4cce571ea185', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', 'ff6b8502-a227-455d-ac3d-708966afa7b3', '1999-07-11', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 3, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-01 10:59:59.291778+00', '2026-12-01 10:59:59.291778+00');
INSERT INTO public.supplier_evaluations VALUES ('7254ba1d-19cf-4c33-b5c2-f326ce23c7be', 'c4728f23-04af-48b2-9d79-61de99228d89', 'f7bc1629-8f65-4db3-9fdd-dac9aade0035', '1999-07-10', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-01 10:59:59.354627+00', '2026-12-01 10:59:59.354627+00');
INSERT INTO public.supplier_evaluations VALUES ('641c6e50-75e5-4733-b084-1d453a5afd48', 'c4728f23-04af-48b2-9d79-61de99228d89', 'ea1e6647-23fb-40be-abe9-299c2047830a', '1999-07-11', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 3, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-01 10:59:59.36538+00', '2026-12-01 10:59:59.36538+00');
INSERT INTO public.supplier_evaluations VALUES ('f8a3c556-c86f-4b0f-957f-d91746562744', 'b53eaad0-c6bd-4b8a-b8f6-81054057e353', 'd47e86ad-4995-4a0a-912f-b273050f3f85', '1999-07-10', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-01 10:59:59.434971+00', '2026-12-01 10:59:59.434971+00');
INSERT INTO public.supplier_evaluations VALUES ('c4272479-1e22-4f39-8323-6c07fd96215b', 'b53eaad0-c6bd-4b8a-b8f6-81054057e353', '960cfca7-0360-4887-bb00-52ea290f53d6', '1999-07-11', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 3, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-01 10:59:59.446096+00', '2026-12-01 10:59:59.446096+00');
INSERT INTO public.supplier_evaluations VALUES ('3d83e673-d415-42c4-bc90-35500126ad7c', 'b53eaad0-c6bd-4b8a-b8f6-81054057e353', '0693dbc4-07aa-4b78-be23-84f424e8495d', '1999-07-12', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-01 10:59:59.45734+00', '2026-12-01 10:59:59.45734+00');
INSERT INTO public.supplier_evaluations VALUES ('638a6b68-d31c-4b40-8f7b-b88b19e08588', '0882b36f-ab1f-4a2e-9cb7-916a9df2fd33', 'd1740fe8-7e8d-4f63-9405-45567d95fa07', '2000-03-15', 'Linkage broker, CADIN (illustrative)', 'FSC', 4, NULL, 4, 'Deliveries checked against the client''s records for three months.', 3, NULL, 4, NULL, 3, NULL, 3, NULL, 3, NULL, 4, NULL, NULL, '2026-12-01 11:00:00.068237+00', '2026-12-01 11:00:00.068237+00');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('b99ad65d-b1f4-458c-8fd7-655800cb5c1f', 'admin@example.org', 'Administrator', 'en', 'admin', true, '$2b$04$f0oGIQ6fjZbU6/VRQX6LYurNBGj9F7NKt6Y.xqfFr.dzF80juNSry', '2026-12-01 10:59:55.832448+00', '2026-12-01 10:59:55.832448+00', NULL);
INSERT INTO public.users VALUES ('5a14c96e-aab9-41c3-9627-8d632bb0ea10', 'pm@example.org', 'Programme manager (demo)', 'en', 'programme_manager', true, '$2b$04$wbmbW7Fc0ldBOBQabutYNu583MimZKw/C.kbHBa6ZlnIRCrDympi2', '2026-12-01 11:00:00.19739+00', '2026-12-01 11:00:00.19739+00', NULL);
INSERT INTO public.users VALUES ('6ee8e5ba-520c-417d-ba25-c5fa952fa32d', 'broker@example.org', 'Network broker (demo)', 'en', 'broker', true, '$2b$04$wbmbW7Fc0ldBOBQabutYNu583MimZKw/C.kbHBa6ZlnIRCrDympi2', '2026-12-01 11:00:00.202053+00', '2026-12-01 11:00:00.202053+00', NULL);
INSERT INTO public.users VALUES ('01a34306-108f-478a-8661-96b165a99f12', 'viewer@example.org', 'Donor viewer (demo)', 'en', 'viewer', true, '$2b$04$wbmbW7Fc0ldBOBQabutYNu583MimZKw/C.kbHBa6ZlnIRCrDympi2', '2026-12-01 11:00:00.205143+00', '2026-12-01 11:00:00.205143+00', NULL);


--
-- Name: _fluent_migrations _fluent_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT _fluent_migrations_pkey PRIMARY KEY (id);


--
-- Name: action_plans action_plans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_plans
    ADD CONSTRAINT action_plans_pkey PRIMARY KEY (id);


--
-- Name: actors actors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actors
    ADD CONSTRAINT actors_pkey PRIMARY KEY (id);


--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (id);


--
-- Name: assignments assignments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignments
    ADD CONSTRAINT assignments_pkey PRIMARY KEY (id);


--
-- Name: audit_entries audit_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_entries
    ADD CONSTRAINT audit_entries_pkey PRIMARY KEY (id);


--
-- Name: broker_cost_steps broker_cost_steps_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_cost_steps
    ADD CONSTRAINT broker_cost_steps_pkey PRIMARY KEY (id);


--
-- Name: business_plans business_plans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_plans
    ADD CONSTRAINT business_plans_pkey PRIMARY KEY (id);


--
-- Name: chain_stages chain_stages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chain_stages
    ADD CONSTRAINT chain_stages_pkey PRIMARY KEY (id);


--
-- Name: client_profiles client_profiles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_profiles
    ADD CONSTRAINT client_profiles_pkey PRIMARY KEY (id);


--
-- Name: cluster_events cluster_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cluster_events
    ADD CONSTRAINT cluster_events_pkey PRIMARY KEY (id);


--
-- Name: cluster_map_candidates cluster_map_candidates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cluster_map_candidates
    ADD CONSTRAINT cluster_map_candidates_pkey PRIMARY KEY (id);


--
-- Name: cluster_map_regions cluster_map_regions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cluster_map_regions
    ADD CONSTRAINT cluster_map_regions_pkey PRIMARY KEY (id);


--
-- Name: cluster_maps cluster_maps_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cluster_maps
    ADD CONSTRAINT cluster_maps_pkey PRIMARY KEY (id);


--
-- Name: clusters clusters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clusters
    ADD CONSTRAINT clusters_pkey PRIMARY KEY (id);


--
-- Name: contributions contributions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_pkey PRIMARY KEY (id);


--
-- Name: countries countries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.countries
    ADD CONSTRAINT countries_pkey PRIMARY KEY (id);


--
-- Name: diagnostics diagnostics_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.diagnostics
    ADD CONSTRAINT diagnostics_pkey PRIMARY KEY (id);


--
-- Name: handover_plans handover_plans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handover_plans
    ADD CONSTRAINT handover_plans_pkey PRIMARY KEY (id);


--
-- Name: improvement_actions improvement_actions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.improvement_actions
    ADD CONSTRAINT improvement_actions_pkey PRIMARY KEY (id);


--
-- Name: improvement_plans improvement_plans_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.improvement_plans
    ADD CONSTRAINT improvement_plans_pkey PRIMARY KEY (id);


--
-- Name: indicators indicators_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.indicators
    ADD CONSTRAINT indicators_pkey PRIMARY KEY (id);


--
-- Name: joint_projects joint_projects_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.joint_projects
    ADD CONSTRAINT joint_projects_pkey PRIMARY KEY (id);


--
-- Name: linkage_fee_years linkage_fee_years_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.linkage_fee_years
    ADD CONSTRAINT linkage_fee_years_pkey PRIMARY KEY (id);


--
-- Name: linkage_units linkage_units_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.linkage_units
    ADD CONSTRAINT linkage_units_pkey PRIMARY KEY (id);


--
-- Name: linkages linkages_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.linkages
    ADD CONSTRAINT linkages_pkey PRIMARY KEY (id);


--
-- Name: memberships memberships_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_pkey PRIMARY KEY (id);


--
-- Name: net_assessments net_assessments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.net_assessments
    ADD CONSTRAINT net_assessments_pkey PRIMARY KEY (id);


--
-- Name: net_targets net_targets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.net_targets
    ADD CONSTRAINT net_targets_pkey PRIMARY KEY (id);


--
-- Name: network_relations network_relations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.network_relations
    ADD CONSTRAINT network_relations_pkey PRIMARY KEY (id);


--
-- Name: network_rules network_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.network_rules
    ADD CONSTRAINT network_rules_pkey PRIMARY KEY (id);


--
-- Name: networks networks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.networks
    ADD CONSTRAINT networks_pkey PRIMARY KEY (id);


--
-- Name: partnership_decisions partnership_decisions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partnership_decisions
    ADD CONSTRAINT partnership_decisions_pkey PRIMARY KEY (id);


--
-- Name: perceptions perceptions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.perceptions
    ADD CONSTRAINT perceptions_pkey PRIMARY KEY (id);


--
-- Name: persons persons_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.persons
    ADD CONSTRAINT persons_pkey PRIMARY KEY (id);


--
-- Name: phase_decisions phase_decisions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phase_decisions
    ADD CONSTRAINT phase_decisions_pkey PRIMARY KEY (id);


--
-- Name: plan_actions plan_actions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plan_actions
    ADD CONSTRAINT plan_actions_pkey PRIMARY KEY (id);


--
-- Name: plan_reviews plan_reviews_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plan_reviews
    ADD CONSTRAINT plan_reviews_pkey PRIMARY KEY (id);


--
-- Name: programme_settings programme_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programme_settings
    ADD CONSTRAINT programme_settings_pkey PRIMARY KEY (id);


--
-- Name: project_contributions project_contributions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_contributions
    ADD CONSTRAINT project_contributions_pkey PRIMARY KEY (id);


--
-- Name: project_countries project_countries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_countries
    ADD CONSTRAINT project_countries_pkey PRIMARY KEY (id);


--
-- Name: projects projects_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_pkey PRIMARY KEY (id);


--
-- Name: readiness_items readiness_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.readiness_items
    ADD CONSTRAINT readiness_items_pkey PRIMARY KEY (id);


--
-- Name: result_entries result_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.result_entries
    ADD CONSTRAINT result_entries_pkey PRIMARY KEY (id);


--
-- Name: round_tables round_tables_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_tables
    ADD CONSTRAINT round_tables_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: sign_in_failures sign_in_failures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sign_in_failures
    ADD CONSTRAINT sign_in_failures_pkey PRIMARY KEY (id);


--
-- Name: supplier_evaluations supplier_evaluations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supplier_evaluations
    ADD CONSTRAINT supplier_evaluations_pkey PRIMARY KEY (id);


--
-- Name: _fluent_migrations uq:_fluent_migrations.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT "uq:_fluent_migrations.name" UNIQUE (name);


--
-- Name: action_plans uq:action_plans.cluster_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_plans
    ADD CONSTRAINT "uq:action_plans.cluster_id" UNIQUE (cluster_id);


--
-- Name: api_tokens uq:api_tokens.token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT "uq:api_tokens.token_hash" UNIQUE (token_hash);


--
-- Name: assignments uq:assignments.user_id+assignments.scope_kind+assignments.scope; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignments
    ADD CONSTRAINT "uq:assignments.user_id+assignments.scope_kind+assignments.scope" UNIQUE (user_id, scope_kind, scope_id);


--
-- Name: broker_cost_steps uq:broker_cost_steps.cluster_id+broker_cost_steps.from_on; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_cost_steps
    ADD CONSTRAINT "uq:broker_cost_steps.cluster_id+broker_cost_steps.from_on" UNIQUE (cluster_id, from_on);


--
-- Name: business_plans uq:business_plans.network_id+business_plans.version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_plans
    ADD CONSTRAINT "uq:business_plans.network_id+business_plans.version" UNIQUE (network_id, version);


--
-- Name: client_profiles uq:client_profiles.network_id+client_profiles.client_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_profiles
    ADD CONSTRAINT "uq:client_profiles.network_id+client_profiles.client_id" UNIQUE (network_id, client_id);


--
-- Name: countries uq:countries.code; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.countries
    ADD CONSTRAINT "uq:countries.code" UNIQUE (code);


--
-- Name: diagnostics uq:diagnostics.cluster_id+diagnostics.version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.diagnostics
    ADD CONSTRAINT "uq:diagnostics.cluster_id+diagnostics.version" UNIQUE (cluster_id, version);


--
-- Name: handover_plans uq:handover_plans.cluster_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handover_plans
    ADD CONSTRAINT "uq:handover_plans.cluster_id" UNIQUE (cluster_id);


--
-- Name: indicators uq:indicators.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.indicators
    ADD CONSTRAINT "uq:indicators.name" UNIQUE (name);


--
-- Name: linkage_fee_years uq:linkage_fee_years.project_id+linkage_fee_years.year; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.linkage_fee_years
    ADD CONSTRAINT "uq:linkage_fee_years.project_id+linkage_fee_years.year" UNIQUE (project_id, year);


--
-- Name: linkage_units uq:linkage_units.project_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.linkage_units
    ADD CONSTRAINT "uq:linkage_units.project_id" UNIQUE (project_id);


--
-- Name: network_rules uq:network_rules.network_id+network_rules.version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.network_rules
    ADD CONSTRAINT "uq:network_rules.network_id+network_rules.version" UNIQUE (network_id, version);


--
-- Name: plan_reviews uq:plan_reviews.cluster_id+plan_reviews.version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plan_reviews
    ADD CONSTRAINT "uq:plan_reviews.cluster_id+plan_reviews.version" UNIQUE (cluster_id, version);


--
-- Name: programme_settings uq:programme_settings.key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programme_settings
    ADD CONSTRAINT "uq:programme_settings.key" UNIQUE (key);


--
-- Name: project_countries uq:project_countries.project_id+project_countries.country_code; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_countries
    ADD CONSTRAINT "uq:project_countries.project_id+project_countries.country_code" UNIQUE (project_id, country_code);


--
-- Name: projects uq:projects.code; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT "uq:projects.code" UNIQUE (code);


--
-- Name: sessions uq:sessions.token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT "uq:sessions.token_hash" UNIQUE (token_hash);


--
-- Name: users uq:users.email; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT "uq:users.email" UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: audit_entries_record; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_entries_record ON public.audit_entries USING btree (record_id);


--
-- Name: chain_stages_cluster; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX chain_stages_cluster ON public.chain_stages USING btree (cluster_id);


--
-- Name: cluster_events_cluster; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cluster_events_cluster ON public.cluster_events USING btree (cluster_id);


--
-- Name: cluster_map_candidates_map; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cluster_map_candidates_map ON public.cluster_map_candidates USING btree (map_id);


--
-- Name: cluster_map_candidates_region; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cluster_map_candidates_region ON public.cluster_map_candidates USING btree (region_id);


--
-- Name: cluster_map_regions_map; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cluster_map_regions_map ON public.cluster_map_regions USING btree (map_id);


--
-- Name: contributions_cluster; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX contributions_cluster ON public.contributions USING btree (cluster_id);


--
-- Name: improvement_actions_network; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX improvement_actions_network ON public.improvement_actions USING btree (network_id);


--
-- Name: joint_projects_network; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX joint_projects_network ON public.joint_projects USING btree (network_id);


--
-- Name: linkages_cluster; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX linkages_cluster ON public.linkages USING btree (cluster_id);


--
-- Name: memberships_network; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX memberships_network ON public.memberships USING btree (network_id);


--
-- Name: net_assessments_network; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX net_assessments_network ON public.net_assessments USING btree (network_id);


--
-- Name: perceptions_cluster; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX perceptions_cluster ON public.perceptions USING btree (cluster_id);


--
-- Name: phase_decisions_network; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX phase_decisions_network ON public.phase_decisions USING btree (network_id);


--
-- Name: plan_actions_cluster; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX plan_actions_cluster ON public.plan_actions USING btree (cluster_id);


--
-- Name: project_contributions_network; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX project_contributions_network ON public.project_contributions USING btree (network_id);


--
-- Name: project_countries_code; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX project_countries_code ON public.project_countries USING btree (country_code);


--
-- Name: readiness_items_cluster; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX readiness_items_cluster ON public.readiness_items USING btree (cluster_id);


--
-- Name: result_entries_owner_cluster; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX result_entries_owner_cluster ON public.result_entries USING btree (owner_cluster_id);


--
-- Name: sign_in_failures_address; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sign_in_failures_address ON public.sign_in_failures USING btree (address);


--
-- Name: sign_in_failures_email; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sign_in_failures_email ON public.sign_in_failures USING btree (email);


--
-- Name: supplier_evaluations_network; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX supplier_evaluations_network ON public.supplier_evaluations USING btree (network_id);


--
-- Name: action_plans action_plans_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_plans
    ADD CONSTRAINT action_plans_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


--
-- Name: actors actors_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.actors
    ADD CONSTRAINT actors_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code) ON DELETE RESTRICT;


--
-- Name: api_tokens api_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: assignments assignments_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.assignments
    ADD CONSTRAINT assignments_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: broker_cost_steps broker_cost_steps_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_cost_steps
    ADD CONSTRAINT broker_cost_steps_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


--
-- Name: business_plans business_plans_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.business_plans
    ADD CONSTRAINT business_plans_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: chain_stages chain_stages_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chain_stages
    ADD CONSTRAINT chain_stages_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


--
-- Name: chain_stages chain_stages_diagnostic_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chain_stages
    ADD CONSTRAINT chain_stages_diagnostic_id_fkey FOREIGN KEY (diagnostic_id) REFERENCES public.diagnostics(id) ON DELETE CASCADE;


--
-- Name: client_profiles client_profiles_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_profiles
    ADD CONSTRAINT client_profiles_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: client_profiles client_profiles_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_profiles
    ADD CONSTRAINT client_profiles_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: cluster_events cluster_events_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cluster_events
    ADD CONSTRAINT cluster_events_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


--
-- Name: cluster_map_candidates cluster_map_candidates_map_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cluster_map_candidates
    ADD CONSTRAINT cluster_map_candidates_map_id_fkey FOREIGN KEY (map_id) REFERENCES public.cluster_maps(id) ON DELETE CASCADE;


--
-- Name: cluster_map_candidates cluster_map_candidates_region_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cluster_map_candidates
    ADD CONSTRAINT cluster_map_candidates_region_id_fkey FOREIGN KEY (region_id) REFERENCES public.cluster_map_regions(id) ON DELETE CASCADE;


--
-- Name: cluster_map_regions cluster_map_regions_map_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cluster_map_regions
    ADD CONSTRAINT cluster_map_regions_map_id_fkey FOREIGN KEY (map_id) REFERENCES public.cluster_maps(id) ON DELETE CASCADE;


--
-- Name: cluster_maps cluster_maps_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cluster_maps
    ADD CONSTRAINT cluster_maps_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: clusters clusters_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clusters
    ADD CONSTRAINT clusters_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code) ON DELETE RESTRICT;


--
-- Name: clusters clusters_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clusters
    ADD CONSTRAINT clusters_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE RESTRICT;


--
-- Name: contributions contributions_action_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_action_id_fkey FOREIGN KEY (action_id) REFERENCES public.plan_actions(id) ON DELETE CASCADE;


--
-- Name: contributions contributions_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


--
-- Name: contributions contributions_funder_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_funder_actor_id_fkey FOREIGN KEY (funder_actor_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: diagnostics diagnostics_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.diagnostics
    ADD CONSTRAINT diagnostics_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


--
-- Name: diagnostics diagnostics_validation_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.diagnostics
    ADD CONSTRAINT diagnostics_validation_event_id_fkey FOREIGN KEY (validation_event_id) REFERENCES public.cluster_events(id) ON DELETE SET NULL;


--
-- Name: handover_plans handover_plans_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handover_plans
    ADD CONSTRAINT handover_plans_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


--
-- Name: handover_plans handover_plans_institution_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.handover_plans
    ADD CONSTRAINT handover_plans_institution_id_fkey FOREIGN KEY (institution_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: improvement_actions improvement_actions_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.improvement_actions
    ADD CONSTRAINT improvement_actions_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: improvement_actions improvement_actions_plan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.improvement_actions
    ADD CONSTRAINT improvement_actions_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES public.improvement_plans(id) ON DELETE CASCADE;


--
-- Name: improvement_plans improvement_plans_firm_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.improvement_plans
    ADD CONSTRAINT improvement_plans_firm_id_fkey FOREIGN KEY (firm_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: improvement_plans improvement_plans_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.improvement_plans
    ADD CONSTRAINT improvement_plans_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: joint_projects joint_projects_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.joint_projects
    ADD CONSTRAINT joint_projects_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: linkage_fee_years linkage_fee_years_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.linkage_fee_years
    ADD CONSTRAINT linkage_fee_years_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: linkage_units linkage_units_host_institution_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.linkage_units
    ADD CONSTRAINT linkage_units_host_institution_id_fkey FOREIGN KEY (host_institution_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: linkage_units linkage_units_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.linkage_units
    ADD CONSTRAINT linkage_units_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: linkages linkages_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.linkages
    ADD CONSTRAINT linkages_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


--
-- Name: linkages linkages_from_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.linkages
    ADD CONSTRAINT linkages_from_actor_id_fkey FOREIGN KEY (from_actor_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: linkages linkages_to_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.linkages
    ADD CONSTRAINT linkages_to_actor_id_fkey FOREIGN KEY (to_actor_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: memberships memberships_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: memberships memberships_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: net_assessments net_assessments_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.net_assessments
    ADD CONSTRAINT net_assessments_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: net_targets net_targets_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.net_targets
    ADD CONSTRAINT net_targets_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: network_relations network_relations_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.network_relations
    ADD CONSTRAINT network_relations_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: network_relations network_relations_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.network_relations
    ADD CONSTRAINT network_relations_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: network_rules network_rules_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.network_rules
    ADD CONSTRAINT network_rules_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: networks networks_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.networks
    ADD CONSTRAINT networks_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE RESTRICT;


--
-- Name: networks networks_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.networks
    ADD CONSTRAINT networks_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code) ON DELETE RESTRICT;


--
-- Name: networks networks_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.networks
    ADD CONSTRAINT networks_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE RESTRICT;


--
-- Name: partnership_decisions partnership_decisions_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partnership_decisions
    ADD CONSTRAINT partnership_decisions_client_id_fkey FOREIGN KEY (client_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: partnership_decisions partnership_decisions_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partnership_decisions
    ADD CONSTRAINT partnership_decisions_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: partnership_decisions partnership_decisions_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partnership_decisions
    ADD CONSTRAINT partnership_decisions_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: perceptions perceptions_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.perceptions
    ADD CONSTRAINT perceptions_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


--
-- Name: perceptions perceptions_diagnostic_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.perceptions
    ADD CONSTRAINT perceptions_diagnostic_id_fkey FOREIGN KEY (diagnostic_id) REFERENCES public.diagnostics(id) ON DELETE CASCADE;


--
-- Name: persons persons_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.persons
    ADD CONSTRAINT persons_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: phase_decisions phase_decisions_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.phase_decisions
    ADD CONSTRAINT phase_decisions_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: plan_actions plan_actions_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plan_actions
    ADD CONSTRAINT plan_actions_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


--
-- Name: plan_actions plan_actions_lead_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plan_actions
    ADD CONSTRAINT plan_actions_lead_actor_id_fkey FOREIGN KEY (lead_actor_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: plan_reviews plan_reviews_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plan_reviews
    ADD CONSTRAINT plan_reviews_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


--
-- Name: project_contributions project_contributions_funder_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_contributions
    ADD CONSTRAINT project_contributions_funder_actor_id_fkey FOREIGN KEY (funder_actor_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: project_contributions project_contributions_joint_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_contributions
    ADD CONSTRAINT project_contributions_joint_project_id_fkey FOREIGN KEY (joint_project_id) REFERENCES public.joint_projects(id) ON DELETE CASCADE;


--
-- Name: project_contributions project_contributions_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_contributions
    ADD CONSTRAINT project_contributions_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: project_countries project_countries_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_countries
    ADD CONSTRAINT project_countries_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.countries(code) ON DELETE RESTRICT;


--
-- Name: project_countries project_countries_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.project_countries
    ADD CONSTRAINT project_countries_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


--
-- Name: readiness_items readiness_items_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.readiness_items
    ADD CONSTRAINT readiness_items_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


--
-- Name: result_entries result_entries_actor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.result_entries
    ADD CONSTRAINT result_entries_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: result_entries result_entries_diagnostic_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.result_entries
    ADD CONSTRAINT result_entries_diagnostic_id_fkey FOREIGN KEY (diagnostic_id) REFERENCES public.diagnostics(id) ON DELETE SET NULL;


--
-- Name: result_entries result_entries_indicator_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.result_entries
    ADD CONSTRAINT result_entries_indicator_id_fkey FOREIGN KEY (indicator_id) REFERENCES public.indicators(id) ON DELETE RESTRICT;


--
-- Name: result_entries result_entries_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.result_entries
    ADD CONSTRAINT result_entries_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE RESTRICT;


--
-- Name: result_entries result_entries_owner_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.result_entries
    ADD CONSTRAINT result_entries_owner_cluster_id_fkey FOREIGN KEY (owner_cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


--
-- Name: result_entries result_entries_owner_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.result_entries
    ADD CONSTRAINT result_entries_owner_network_id_fkey FOREIGN KEY (owner_network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: round_tables round_tables_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_tables
    ADD CONSTRAINT round_tables_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: supplier_evaluations supplier_evaluations_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supplier_evaluations
    ADD CONSTRAINT supplier_evaluations_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id) ON DELETE CASCADE;


--
-- Name: supplier_evaluations supplier_evaluations_supplier_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supplier_evaluations
    ADD CONSTRAINT supplier_evaluations_supplier_id_fkey FOREIGN KEY (supplier_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


--
-- Name: users users_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.actors(id) ON DELETE SET NULL;


--
-- PostgreSQL database dump complete
--


