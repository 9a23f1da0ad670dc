--
-- PostgreSQL database dump
--

\restrict MrZuTU65wT3mZaEtMNwK42M13A2QRpV8HV5T8WOeRvGNCFt44eoRXGbuXIJvRfm

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
-- Name: action_partners; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.action_partners (
    id uuid NOT NULL,
    owner_id uuid NOT NULL,
    "position" bigint NOT NULL,
    item_id uuid NOT NULL
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
    updated_at timestamp with time zone,
    search_key text
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
-- Name: chain_stage_actors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.chain_stage_actors (
    id uuid NOT NULL,
    owner_id uuid NOT NULL,
    "position" bigint NOT NULL,
    item_id uuid NOT NULL
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
    updated_at timestamp with time zone
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
    updated_at timestamp with time zone,
    search_key text
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
    updated_at timestamp with time zone,
    search_key text
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
-- Name: event_actors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_actors (
    id uuid NOT NULL,
    owner_id uuid NOT NULL,
    "position" bigint NOT NULL,
    item_id uuid NOT NULL
);


--
-- Name: event_persons; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_persons (
    id uuid NOT NULL,
    owner_id uuid NOT NULL,
    "position" bigint NOT NULL,
    item_id uuid NOT NULL
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
    updated_at timestamp with time zone,
    search_key text
);


--
-- Name: joint_project_participants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.joint_project_participants (
    id uuid NOT NULL,
    owner_id uuid NOT NULL,
    "position" bigint NOT NULL,
    item_id uuid NOT NULL
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
-- Name: network_analyses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.network_analyses (
    id uuid NOT NULL,
    cluster_id uuid NOT NULL,
    "grouping" text NOT NULL,
    fingerprint text NOT NULL,
    status text NOT NULL,
    step text,
    claim uuid,
    requested_at timestamp with time zone NOT NULL,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    page_html text,
    csv text,
    api_json text,
    failure text
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
    dissolution_reason text,
    search_key text
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
    updated_at timestamp with time zone,
    search_key text
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
    updated_at timestamp with time zone,
    search_key text
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
-- Name: round_table_actors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.round_table_actors (
    id uuid NOT NULL,
    owner_id uuid NOT NULL,
    "position" bigint NOT NULL,
    item_id uuid NOT NULL
);


--
-- Name: round_table_persons; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.round_table_persons (
    id uuid NOT NULL,
    owner_id uuid NOT NULL,
    "position" bigint NOT NULL,
    item_id uuid NOT NULL
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
    organisation_id uuid,
    search_key text
);


--
-- Data for Name: _fluent_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public._fluent_migrations VALUES ('bdb72776-c062-49df-907b-2c8348f86125', 'ClusterworksPersistence.CreateAccounts', 1, '2026-12-02 15:50:25.595901+00', '2026-12-02 15:50:25.595901+00');
INSERT INTO public._fluent_migrations VALUES ('0e3ec4db-2123-4056-b811-7f65062832e1', 'ClusterworksPersistence.CreateRegistries', 1, '2026-12-02 15:50:25.621393+00', '2026-12-02 15:50:25.621393+00');
INSERT INTO public._fluent_migrations VALUES ('6b419f29-70a8-4dc5-bee1-ff96955eef28', 'ClusterworksPersistence.CreateHistory', 1, '2026-12-02 15:50:25.631655+00', '2026-12-02 15:50:25.631655+00');
INSERT INTO public._fluent_migrations VALUES ('f396e02d-7d1a-4785-917b-256bb3b08436', 'ClusterworksPersistence.CreateClusterCycle', 1, '2026-12-02 15:50:25.688335+00', '2026-12-02 15:50:25.688335+00');
INSERT INTO public._fluent_migrations VALUES ('1137d210-d9d4-4783-bf08-1a6e0c6409ca', 'ClusterworksPersistence.CreateNetworkWork', 1, '2026-12-02 15:50:25.725765+00', '2026-12-02 15:50:25.725765+00');
INSERT INTO public._fluent_migrations VALUES ('621999b2-6134-4cda-8c38-402848e49212', 'ClusterworksPersistence.CreateSupplierDevelopment', 1, '2026-12-02 15:50:25.753362+00', '2026-12-02 15:50:25.753362+00');
INSERT INTO public._fluent_migrations VALUES ('928f9a84-c3bf-4252-b6bd-ca4a3d9953d1', 'ClusterworksPersistence.CreateClusterMaps', 1, '2026-12-02 15:50:25.770686+00', '2026-12-02 15:50:25.770686+00');
INSERT INTO public._fluent_migrations VALUES ('af147001-fd1a-43a0-a276-35c1a16d406c', 'ClusterworksPersistence.RepairEditedMigrations', 1, '2026-12-02 15:50:25.791808+00', '2026-12-02 15:50:25.791808+00');
INSERT INTO public._fluent_migrations VALUES ('ce4f1d8d-2f83-404b-8b9d-5479600307be', 'ClusterworksPersistence.AddSearchKeys', 1, '2026-12-02 15:50:25.800868+00', '2026-12-02 15:50:25.800868+00');
INSERT INTO public._fluent_migrations VALUES ('0405c7aa-b442-4326-be8f-8cc8d1444f7f', 'ClusterworksPersistence.MoveIdListsToJoinTables', 1, '2026-12-02 15:50:25.842119+00', '2026-12-02 15:50:25.842119+00');
INSERT INTO public._fluent_migrations VALUES ('85441021-7f9c-4ddc-9a85-bd239d48d6a7', 'ClusterworksPersistence.AddNetworkAnalyses', 1, '2026-12-02 15:50:25.848035+00', '2026-12-02 15:50:25.848035+00');


--
-- Data for Name: action_partners; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.action_partners VALUES ('667683bd-4189-41c8-bd09-7942e9076eba', 'ceee1b74-9f93-4954-b086-cef0c68cf7ab', 0, '84610432-f3df-4ebd-966b-6989f3da8380');
INSERT INTO public.action_partners VALUES ('3fcc69ef-abf1-4bbd-bade-407cea4891d3', '4b26e9f8-a59a-42a4-8703-20d02a4d2c4f', 0, '98a44dde-6343-4602-b6f0-9d818741878b');
INSERT INTO public.action_partners VALUES ('fdf82e10-9181-482f-ad5a-0e097aa7cc9c', '7c219a18-d65f-4eb8-9690-3d44ef404d3b', 0, '3c5527db-d13a-4a10-bbd4-0dc1182a183c');
INSERT INTO public.action_partners VALUES ('e713ab6f-dd1a-4e5c-9881-f57f7792a0b4', '7c219a18-d65f-4eb8-9690-3d44ef404d3b', 1, '503295cb-7a21-4568-ad8c-16e7f4293f35');
INSERT INTO public.action_partners VALUES ('16dd355e-ded3-469f-ab67-0767e48913a5', '7c219a18-d65f-4eb8-9690-3d44ef404d3b', 2, 'daabb77a-7afa-4de4-b55d-3668ad0be176');


--
-- Data for Name: action_plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.action_plans VALUES ('288a262c-d240-40e1-af35-58ec6503ab66', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'Revalue the traditional form of production and improve the living standards of the artisans.', 'Reach profitable markets
An autonomous governance framework', '1998-10-01', NULL, 'USD', 1, '2026-12-02 15:50:27.471689+00', '2026-12-02 15:50:27.471689+00');
INSERT INTO public.action_plans VALUES ('f4319977-7715-4b91-a5fe-d64f0dce0070', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'A cluster known for safe, varied cheese made without harming its rivers.', 'Quality of cheese
Diversification
Environment
Organisation', '1998-03-01', NULL, 'USD', 2, '2026-12-02 15:50:27.772773+00', '2026-12-02 15:50:27.850438+00');
INSERT INTO public.action_plans VALUES ('da1ad074-3ad1-4fbc-bd4a-64ba12b43801', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', 'Move the cluster to higher market segments and exports through skills and technology.', 'Skilled workforce
Exports', '1998-06-01', NULL, 'USD', 1, '2026-12-02 15:50:27.935037+00', '2026-12-02 15:50:27.935037+00');


--
-- Data for Name: actors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.actors VALUES ('edbcb0ca-628f-4b45-b2d5-477e25379c36', 'institution', 'Chamber of Industry of Nicaragua', 'CADIN', 'chamber', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Hosts the Vertical Linkages Unit.', '2026-12-02 15:50:26.324827+00', '2026-12-02 15:50:26.324827+00', 'chamber of industry of nicaragua  cadin');
INSERT INTO public.actors VALUES ('8e67e32a-1bf4-4db7-8246-cc50216e3c4d', 'institution', 'Centro de Recursos y Tecnología', 'CERTEC', 'bds_provider', 'HN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Foundation set up in 1997 by the project''s former network brokers; lives on fees.', '2026-12-02 15:50:26.330515+00', '2026-12-02 15:50:26.330515+00', 'centro de recursos y tecnologia  certec');
INSERT INTO public.actors VALUES ('8444cb9b-ad2d-40ea-adde-86a69ed514e2', 'institution', 'Calico Printers Co-operative Society', 'CALICO', 'cooperative', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Dormant artisan association revitalised; membership rose from 26 artisans to 120.', '2026-12-02 15:50:26.335632+00', '2026-12-02 15:50:26.335632+00', 'calico printers co-operative society  calico');
INSERT INTO public.actors VALUES ('dd355bfa-2d98-43e1-9ead-48f9cf433fde', 'institution', 'Consortium of Textile Exporters', 'COTEX', 'business_association', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Export consortium formed in the Jaipur cluster.', '2026-12-02 15:50:26.340507+00', '2026-12-02 15:50:26.340507+00', 'consortium of textile exporters  cotex');
INSERT INTO public.actors VALUES ('731c39f6-413c-40aa-9202-10d81e3d1dc3', 'institution', 'Apparel Exporters Association of Ludhiana', 'APPEAL', 'business_association', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Formed by a core of export-oriented knitwear producers.', '2026-12-02 15:50:26.345514+00', '2026-12-02 15:50:26.345514+00', 'apparel exporters association of ludhiana  appeal');
INSERT INTO public.actors VALUES ('84610432-f3df-4ebd-966b-6989f3da8380', 'institution', 'Indian Institute for Rural Development', 'IIRD', 'ngo', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'NGO increasingly acting as the cluster development agent in Jaipur.', '2026-12-02 15:50:26.350266+00', '2026-12-02 15:50:26.350266+00', 'indian institute for rural development  iird');
INSERT INTO public.actors VALUES ('307e885c-ff8e-427c-af48-7dfd7f125c0a', 'institution', 'Small Industries Development Bank of India', 'SIDBI', 'financial_institution', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Supported the Bagru training and a credit scheme.', '2026-12-02 15:50:26.355164+00', '2026-12-02 15:50:26.355164+00', 'small industries development bank of india  sidbi');
INSERT INTO public.actors VALUES ('8ab481f9-6c8b-4d1d-85b5-dad9bbf9a35e', 'institution', 'National Institute of Fashion Technology', 'NIFT', 'university', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Introduced new products and designs in Jaipur.', '2026-12-02 15:50:26.359903+00', '2026-12-02 15:50:26.359903+00', 'national institute of fashion technology  nift');
INSERT INTO public.actors VALUES ('3c5527db-d13a-4a10-bbd4-0dc1182a183c', 'institution', 'Government Polytechnic for Women, Ludhiana', 'GPW', 'training_institute', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Hosts the training cell for women machine operators.', '2026-12-02 15:50:26.364608+00', '2026-12-02 15:50:26.364608+00', 'government polytechnic for women, ludhiana  gpw');
INSERT INTO public.actors VALUES ('62f57139-a475-4d67-8279-acdee0f743e5', 'institution', 'Department of Technical Education, Government of Punjab', NULL, 'government_agency', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Signed the memorandum of understanding with APPEAL.', '2026-12-02 15:50:26.369491+00', '2026-12-02 15:50:26.369491+00', 'department of technical education, government of punjab');
INSERT INTO public.actors VALUES ('db49bd04-280f-4bd5-969a-9ebf3e987da2', 'institution', 'Alianza Láctea', NULL, 'cooperative', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Alliance of cooperatives representing the Boaco/Chontales milk sector.', '2026-12-02 15:50:26.374435+00', '2026-12-02 15:50:26.374435+00', 'alianza lactea');
INSERT INTO public.actors VALUES ('b8bc8d2b-fe47-4d58-80e4-36f2a62c40ac', 'institution', 'Instituto Nicaragüense de Apoyo a la Pequeña y Mediana Empresa', 'INPYME', 'government_agency', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Partner in training and technical assistance in Boaco/Chontales.', '2026-12-02 15:50:26.37941+00', '2026-12-02 15:50:26.37941+00', 'instituto nicaraguense de apoyo a la pequena y mediana empresa  inpyme');
INSERT INTO public.actors VALUES ('4ff93b26-3fa1-4217-aab4-4313c93d133b', 'institution', 'INCAE Business School', 'INCAE', 'university', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Member of the committee for institutional coordination.', '2026-12-02 15:50:26.384383+00', '2026-12-02 15:50:26.384383+00', 'incae business school  incae');
INSERT INTO public.actors VALUES ('8d6adb87-f88a-415f-b791-f2697f7750de', 'institution', 'Cámara Nicaragüense del Sector Lácteo', 'CANISLAC', 'chamber', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Nicaraguan Chamber of the Milk Sector.', '2026-12-02 15:50:26.390007+00', '2026-12-02 15:50:26.390007+00', 'camara nicaraguense del sector lacteo  canislac');
INSERT INTO public.actors VALUES ('c90ca835-6a3c-41b2-ac7c-7e5e3e6310a5', 'institution', 'National Metrology Laboratory', NULL, 'laboratory', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Provides scale calibration services in the coffee and cereals group.', '2026-12-02 15:50:26.395045+00', '2026-12-02 15:50:26.395045+00', 'national metrology laboratory');
INSERT INTO public.actors VALUES ('c4843d38-a197-422f-bb62-2ecb0c93d687', 'institution', 'United Nations Industrial Development Organization', 'UNIDO', 'donor', 'AT', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Executes the programme.', '2026-12-02 15:50:26.400058+00', '2026-12-02 15:50:26.400058+00', 'united nations industrial development organization  unido');
INSERT INTO public.actors VALUES ('98a44dde-6343-4602-b6f0-9d818741878b', 'institution', 'Inter-American Development Bank', 'IDB', 'donor', 'US', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Co-financed product diversification in Boaco/Chontales.', '2026-12-02 15:50:26.405106+00', '2026-12-02 15:50:26.405106+00', 'inter-american development bank  idb');
INSERT INTO public.actors VALUES ('38f03e34-7c97-4ef9-bde6-b6bfd40ca602', 'enterprise', 'Footwear manufacturer and distributor (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1520', '', 320, NULL, NULL, NULL, 'large', 'Client firm working with local shoemakers. Illustrative demo record.', '2026-12-02 15:50:26.410199+00', '2026-12-02 15:50:26.410199+00', 'footwear manufacturer and distributor (illustrative name)  managua  1520');
INSERT INTO public.actors VALUES ('498a7c64-e5ab-42ab-a911-f926b9a10620', 'enterprise', 'Rum producer (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1101', '', 450, NULL, NULL, NULL, 'large', 'Client firm teamed with plastic bottle and label suppliers. Illustrative demo record.', '2026-12-02 15:50:26.415198+00', '2026-12-02 15:50:26.415198+00', 'rum producer (illustrative name)  managua  1101');
INSERT INTO public.actors VALUES ('2745a57f-72df-4c11-ab7f-42576fc25373', 'enterprise', 'Ice cream and yoghurt factory (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1050', '', 280, NULL, NULL, NULL, 'large', 'Client firm paired with box and refrigeration suppliers. Illustrative demo record.', '2026-12-02 15:50:26.420247+00', '2026-12-02 15:50:26.420247+00', 'ice cream and yoghurt factory (illustrative name)  managua  1050');
INSERT INTO public.actors VALUES ('2dc7d5a7-82c5-4ad4-aedb-b794ea14433c', 'enterprise', 'Coffee and cereals processor (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1079', '', 300, NULL, NULL, NULL, 'large', 'Client firm working with peanut and plastic jar suppliers. Illustrative demo record.', '2026-12-02 15:50:26.424873+00', '2026-12-02 15:50:26.424873+00', 'coffee and cereals processor (illustrative name)  managua  1079');
INSERT INTO public.actors VALUES ('793aef8a-5314-41b6-8b0f-58da6507ce4d', 'enterprise', 'Masaya woodworking workshop 1', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 3, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-02 15:50:26.42961+00', '2026-12-02 15:50:26.42961+00', 'masaya woodworking workshop 1  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('c9a00bbb-93da-4b42-92a9-7dd6e72a2dd0', 'enterprise', 'Masaya woodworking workshop 2', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 4, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-02 15:50:26.434785+00', '2026-12-02 15:50:26.434785+00', 'masaya woodworking workshop 2  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('d87190e3-fa07-40be-b6d5-678a8bc73725', 'enterprise', 'Masaya woodworking workshop 3', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 6, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-02 15:50:26.439849+00', '2026-12-02 15:50:26.439849+00', 'masaya woodworking workshop 3  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('96242a8c-933f-49ae-9c99-8c8df60e517c', 'enterprise', 'Masaya woodworking workshop 4', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 8, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-02 15:50:26.445273+00', '2026-12-02 15:50:26.445273+00', 'masaya woodworking workshop 4  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('469d4a95-2528-4e22-b3d5-9b0a6a751cce', 'enterprise', 'Masaya woodworking workshop 5', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 5, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-02 15:50:26.450265+00', '2026-12-02 15:50:26.450265+00', 'masaya woodworking workshop 5  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('cdb93202-3be8-4ba0-bcda-baec4562f760', 'enterprise', 'Masaya woodworking workshop 6', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 12, NULL, NULL, NULL, 'small', 'Illustrative demo record.', '2026-12-02 15:50:26.45482+00', '2026-12-02 15:50:26.45482+00', 'masaya woodworking workshop 6  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('087d9c46-0bcf-4d83-ad6d-b9decde2f1c1', 'enterprise', 'Masaya woodworking workshop 7', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 7, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-02 15:50:26.458912+00', '2026-12-02 15:50:26.458912+00', 'masaya woodworking workshop 7  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('79177299-951c-4a54-9df6-9f5ea392b313', 'enterprise', 'Masaya woodworking workshop 8', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 9, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-02 15:50:26.463298+00', '2026-12-02 15:50:26.463298+00', 'masaya woodworking workshop 8  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('cef2c1ac-189a-4402-a2d5-8b80fdf5bbd3', 'enterprise', 'Masaya woodworking workshop 9', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 4, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-02 15:50:26.468105+00', '2026-12-02 15:50:26.468105+00', 'masaya woodworking workshop 9  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('cf092e21-cce1-4061-9ffa-0059c3a919bc', 'enterprise', 'Masaya woodworking workshop 10', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 15, NULL, NULL, NULL, 'small', 'Illustrative demo record.', '2026-12-02 15:50:26.473248+00', '2026-12-02 15:50:26.473248+00', 'masaya woodworking workshop 10  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('7aca36be-059f-4675-a348-a6fc247cbab7', 'enterprise', 'Masaya woodworking workshop 11', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 6, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-02 15:50:26.477722+00', '2026-12-02 15:50:26.477722+00', 'masaya woodworking workshop 11  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('12bed8ed-f021-4d46-a627-39ccea029801', 'enterprise', 'Masaya woodworking workshop 12', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 5, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-02 15:50:26.481927+00', '2026-12-02 15:50:26.481927+00', 'masaya woodworking workshop 12  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('9ce26fb3-60f1-4f8b-9079-d929ab1beb0e', 'enterprise', 'Masaya woodworking workshop 13', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 11, NULL, NULL, NULL, 'small', 'Illustrative demo record.', '2026-12-02 15:50:26.486194+00', '2026-12-02 15:50:26.486194+00', 'masaya woodworking workshop 13  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('bd527ff2-9e6a-432f-88bd-5fa544afec3c', 'enterprise', 'Masaya woodworking workshop 14', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 8, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-02 15:50:26.490747+00', '2026-12-02 15:50:26.490747+00', 'masaya woodworking workshop 14  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('608053c2-e63f-4f0c-9e86-6ccd9ef87334', 'enterprise', 'Masaya woodworking workshop 15', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 3, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-02 15:50:26.495293+00', '2026-12-02 15:50:26.495293+00', 'masaya woodworking workshop 15  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('a85d8734-5c23-493d-81e5-fa0d739c0349', 'enterprise', 'Masaya woodworking workshop 16', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 7, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-02 15:50:26.499773+00', '2026-12-02 15:50:26.499773+00', 'masaya woodworking workshop 16  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('33fc25a6-ee79-4913-b206-1c75e8ec703a', 'institution', 'Pune food processors'' association (illustrative)', NULL, 'business_association', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-02 15:50:26.847056+00', '2026-12-02 15:50:26.847056+00', 'pune food processors'' association (illustrative)');
INSERT INTO public.actors VALUES ('515815de-4cfe-498e-8f99-f53ee648bba1', 'institution', 'Food testing laboratory, Pune (illustrative)', NULL, 'laboratory', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-02 15:50:26.852291+00', '2026-12-02 15:50:26.852291+00', 'food testing laboratory, pune (illustrative)');
INSERT INTO public.actors VALUES ('89b84a98-0bbc-4856-afb5-b119b21a8000', 'institution', 'State food and drug administration (illustrative)', NULL, 'government_agency', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-02 15:50:26.85697+00', '2026-12-02 15:50:26.85697+00', 'state food and drug administration (illustrative)');
INSERT INTO public.actors VALUES ('6ceef8ea-646d-4190-a796-a27888fa814c', 'enterprise', 'Pune pickle and spice maker (illustrative)', NULL, NULL, 'IN', NULL, NULL, NULL, NULL, '', 12, NULL, NULL, NULL, 'small', NULL, '2026-12-02 15:50:26.861805+00', '2026-12-02 15:50:26.861805+00', 'pune pickle and spice maker (illustrative)');
INSERT INTO public.actors VALUES ('5a070684-f1aa-42a8-86d1-f415fa57a9e3', 'institution', 'Local development foundation, Boaco (illustrative)', NULL, 'ngo', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-02 15:50:26.866761+00', '2026-12-02 15:50:26.866761+00', 'local development foundation, boaco (illustrative)');
INSERT INTO public.actors VALUES ('035eb7a1-4bae-4320-9dbf-c0d2cbaba764', 'institution', 'Boaco cheese producers'' cooperative (illustrative)', NULL, 'cooperative', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-02 15:50:26.871925+00', '2026-12-02 15:50:26.871925+00', 'boaco cheese producers'' cooperative (illustrative)');
INSERT INTO public.actors VALUES ('201bcc1e-1452-4495-bbea-114629ec88a9', 'enterprise', 'Cheese maker, Boaco (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, '', 12, NULL, NULL, NULL, 'small', NULL, '2026-12-02 15:50:26.877049+00', '2026-12-02 15:50:26.877049+00', 'cheese maker, boaco (illustrative)');
INSERT INTO public.actors VALUES ('503295cb-7a21-4568-ad8c-16e7f4293f35', 'institution', 'Local NGO, Ludhiana (illustrative)', NULL, 'ngo', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-02 15:50:26.882186+00', '2026-12-02 15:50:26.882186+00', 'local ngo, ludhiana (illustrative)');
INSERT INTO public.actors VALUES ('7ab22938-de25-455b-bb4d-771b49568563', 'enterprise', 'Japanese machinery company (illustrative name)', NULL, NULL, 'IN', NULL, NULL, NULL, NULL, '', 900, NULL, NULL, NULL, 'large', NULL, '2026-12-02 15:50:26.88718+00', '2026-12-02 15:50:26.88718+00', 'japanese machinery company (illustrative name)');
INSERT INTO public.actors VALUES ('daabb77a-7afa-4de4-b55d-3668ad0be176', 'institution', 'Department of Science and Technology, Government of India', NULL, 'government_agency', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-02 15:50:26.892221+00', '2026-12-02 15:50:26.892221+00', 'department of science and technology, government of india');
INSERT INTO public.actors VALUES ('cc50c367-ded7-4e32-9f87-bd4e7f633e46', 'enterprise', 'Bagru block printer 1 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 4, NULL, NULL, NULL, 'micro', NULL, '2026-12-02 15:50:26.897416+00', '2026-12-02 15:50:26.897416+00', 'bagru block printer 1 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('f35396d5-6446-49f3-906f-84cb0dc770e9', 'enterprise', 'Bagru block printer 2 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 5, NULL, NULL, NULL, 'micro', NULL, '2026-12-02 15:50:26.902409+00', '2026-12-02 15:50:26.902409+00', 'bagru block printer 2 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('cc30a736-a01a-4e17-91e4-a2029cc54a88', 'enterprise', 'Bagru block printer 3 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 6, NULL, NULL, NULL, 'micro', NULL, '2026-12-02 15:50:26.907716+00', '2026-12-02 15:50:26.907716+00', 'bagru block printer 3 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('dc4a7e22-df3d-471d-aed8-4d4cb1ff752b', 'enterprise', 'Bagru block printer 4 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 3, NULL, NULL, NULL, 'micro', NULL, '2026-12-02 15:50:26.913134+00', '2026-12-02 15:50:26.913134+00', 'bagru block printer 4 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('4ee67cd3-6944-47a4-8603-f22b2fdca978', 'enterprise', 'Bagru block printer 5 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 4, NULL, NULL, NULL, 'micro', NULL, '2026-12-02 15:50:26.918242+00', '2026-12-02 15:50:26.918242+00', 'bagru block printer 5 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2', 'enterprise', 'Bagru block printer 6 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 5, NULL, NULL, NULL, 'micro', NULL, '2026-12-02 15:50:26.923512+00', '2026-12-02 15:50:26.923512+00', 'bagru block printer 6 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('7697381f-f476-49b0-839d-9d10339430ca', 'enterprise', 'Bagru block printer 7 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 6, NULL, NULL, NULL, 'micro', NULL, '2026-12-02 15:50:26.928475+00', '2026-12-02 15:50:26.928475+00', 'bagru block printer 7 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('caca8b66-b352-4a94-83e5-a8d9020eec35', 'enterprise', 'Bagru block printer 8 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 3, NULL, NULL, NULL, 'micro', NULL, '2026-12-02 15:50:26.933303+00', '2026-12-02 15:50:26.933303+00', 'bagru block printer 8 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('49388bd4-3ce0-4be4-ab91-3503ffec3450', 'institution', 'Senegalese food processors'' association (illustrative)', NULL, 'business_association', 'SN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-02 15:50:28.448191+00', '2026-12-02 15:50:28.448191+00', 'senegalese food processors'' association (illustrative)');
INSERT INTO public.actors VALUES ('f1ba40f8-8e79-4071-82a8-3c9a9360f27f', 'institution', 'Ministry in charge of SMEs, Senegal (illustrative)', NULL, 'government_agency', 'SN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-02 15:50:28.452959+00', '2026-12-02 15:50:28.452959+00', 'ministry in charge of smes, senegal (illustrative)');
INSERT INTO public.actors VALUES ('2ad7f712-8e07-4b3d-9bcf-faa35b110750', 'institution', 'Business service provider, Bulawayo (illustrative)', NULL, 'bds_provider', 'ZW', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-02 15:50:28.457444+00', '2026-12-02 15:50:28.457444+00', 'business service provider, bulawayo (illustrative)');
INSERT INTO public.actors VALUES ('dad3737e-dee2-4aa5-9f92-508d0c115716', 'enterprise', 'Peanut grower and sheller (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'peanuts', 8, NULL, NULL, NULL, 'micro', NULL, '2026-12-02 15:50:28.48526+00', '2026-12-02 15:50:28.48526+00', 'peanut grower and sheller (illustrative)  peanuts');
INSERT INTO public.actors VALUES ('6896a570-e321-49e0-b8a3-07f97242e6c8', 'enterprise', 'Plastic jar maker (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'plastic jars', 15, NULL, NULL, NULL, 'small', NULL, '2026-12-02 15:50:28.501743+00', '2026-12-02 15:50:28.501743+00', 'plastic jar maker (illustrative)  plastic jars');
INSERT INTO public.actors VALUES ('ecfec11c-e858-486c-bb58-0d6c49c599fd', 'enterprise', 'Shoemaker, Granada (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'leather shoes
sandals', 8, NULL, NULL, NULL, 'micro', NULL, '2026-12-02 15:50:28.534287+00', '2026-12-02 15:50:28.534287+00', 'shoemaker, granada (illustrative)  leather shoes  sandals');
INSERT INTO public.actors VALUES ('6f6ce890-3ae3-4645-8ee9-40cf67fde204', 'enterprise', 'Shoemaker, León (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'leather shoes', 15, NULL, NULL, NULL, 'small', NULL, '2026-12-02 15:50:28.547949+00', '2026-12-02 15:50:28.547949+00', 'shoemaker, leon (illustrative)  leather shoes');
INSERT INTO public.actors VALUES ('4bd31c98-4751-4531-b92f-70831b1cb1b3', 'enterprise', 'Shoemaker, Masaya (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'leather shoes', 22, NULL, NULL, NULL, 'small', NULL, '2026-12-02 15:50:28.561793+00', '2026-12-02 15:50:28.561793+00', 'shoemaker, masaya (illustrative)  leather shoes');
INSERT INTO public.actors VALUES ('3f1ed64e-5fd0-43ff-83bf-d39326386cb8', 'enterprise', 'Label printer (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'labels', 8, NULL, NULL, NULL, 'micro', NULL, '2026-12-02 15:50:28.590595+00', '2026-12-02 15:50:28.590595+00', 'label printer (illustrative)  labels');
INSERT INTO public.actors VALUES ('321e44fa-9bb8-467b-be51-eacac1dde2e3', 'enterprise', 'Plastic bottle maker (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'plastic bottles', 15, NULL, NULL, NULL, 'small', NULL, '2026-12-02 15:50:28.604351+00', '2026-12-02 15:50:28.604351+00', 'plastic bottle maker (illustrative)  plastic bottles');
INSERT INTO public.actors VALUES ('38fa6a02-6e58-47f7-af8d-05be279aa98d', 'enterprise', 'Cardboard box maker (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'cardboard boxes', 8, NULL, NULL, NULL, 'micro', NULL, '2026-12-02 15:50:28.633202+00', '2026-12-02 15:50:28.633202+00', 'cardboard box maker (illustrative)  cardboard boxes');
INSERT INTO public.actors VALUES ('50670254-b155-4621-9e18-053d5562b6a7', 'enterprise', 'Refrigeration service (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'refrigeration maintenance', 15, NULL, NULL, NULL, 'small', NULL, '2026-12-02 15:50:28.647249+00', '2026-12-02 15:50:28.647249+00', 'refrigeration service (illustrative)  refrigeration maintenance');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_tokens VALUES ('3a93128d-ab1f-452c-8392-1a28f1b8cfb1', '459cb67e-a2d2-4d0c-a22f-4c555d8552f8', 'API 2026-12-02T15:50:29Z', '141054918c2315fdfef009ff5f58226114fb8adbf54affa548976c939b695399', 'cw_vXaxo', '2026-12-02 15:50:29.473556+00', '2026-12-02 15:50:29.482192+00', NULL);


--
-- Data for Name: assignments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.assignments VALUES ('11448f4f-8b3b-4b3b-9256-45ee3f97451a', 'b51bbb3f-5d39-4093-8a8d-3a8b9f855878', 'project', '2d1fcee4-9879-409c-9b49-7759fbfe6178', '2026-12-02 15:50:29.391438+00');
INSERT INTO public.assignments VALUES ('82dae715-1827-4a03-b916-1dbf6cdae714', '47ca68d2-b0b7-4973-986c-47b1b858f5f4', 'network', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '2026-12-02 15:50:29.394799+00');


--
-- Data for Name: audit_entries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_entries VALUES ('1809682e-1aa6-416b-b42b-f4fa48deceeb', 'indicator', '2a3bdce2-0e9e-4026-902e-bf94c9040c81', 'create', NULL, 'system', '2026-12-02 15:50:26.13387+00', '[{"field":"name","new":"Average milk-to-cheese yield"},{"field":"unit","new":"kg cheese per 100 l milk"},{"field":"scale","new":"quantity"},{"field":"level","new":"firm"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"Cheese obtained from 100 litres of milk, averaged over the firm''s production."},{"field":"source","new":"Boaco/Chontales: average increase of yields equivalent to 25 %"}]');
INSERT INTO public.audit_entries VALUES ('08bf8843-c3b2-47ac-bc7b-d1e690278f6b', 'indicator', '6879f732-7919-4c20-ab93-26083bd5ac15', 'create', NULL, 'system', '2026-12-02 15:50:26.140033+00', '[{"field":"name","new":"Waste-water pollution load"},{"field":"unit","new":"kg BOD per day"},{"field":"scale","new":"quantity"},{"field":"level","new":"cluster"},{"field":"direction","new":"lower"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"Organic load of residual water discharged by the cluster''s processors."},{"field":"source","new":"Boaco/Chontales: pollution of residual water reduced by up to 70 %"}]');
INSERT INTO public.audit_entries VALUES ('9be8e454-179c-4e04-b438-9a9a76165537', 'indicator', 'edf96f0f-37ec-4e2d-ac5a-002ed3e6cf03', 'create', NULL, 'system', '2026-12-02 15:50:26.143398+00', '[{"field":"name","new":"New products launched"},{"field":"unit","new":"products"},{"field":"scale","new":"count"},{"field":"level","new":"cluster"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"New product types brought to market since the baseline."},{"field":"source","new":"Boaco/Chontales: five new types of cheese launched"}]');
INSERT INTO public.audit_entries VALUES ('63d54ae4-669e-418e-a243-a2b8dc518816', 'indicator', 'd49f51e1-017b-462f-9438-ad4c6881eedf', 'create', NULL, 'system', '2026-12-02 15:50:26.146727+00', '[{"field":"name","new":"People trained"},{"field":"unit","new":"people"},{"field":"scale","new":"count"},{"field":"level","new":"project"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"sex"},{"field":"definition","new":"People who completed a training course of the programme."},{"field":"source","new":"Ludhiana: more than 110 women trained in 7 batches"}]');
INSERT INTO public.audit_entries VALUES ('c9449503-4848-4e81-89c2-9566942771f7', 'indicator', 'c881f8e4-4037-46fa-a1ac-1000a44e5336', 'create', NULL, 'system', '2026-12-02 15:50:26.155441+00', '[{"field":"name","new":"Trainees employed"},{"field":"unit","new":"%"},{"field":"scale","new":"percent"},{"field":"level","new":"cluster"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"Share of trainees who found employment in the cluster after the course."},{"field":"source","new":"Ludhiana: 80 % found immediate employment in the cluster"}]');
INSERT INTO public.audit_entries VALUES ('8ea89b1a-a591-454a-a7cd-fb02f99f6cee', 'indicator', '09ac4041-2c67-4e9c-a255-6939abe88823', 'create', NULL, 'system', '2026-12-02 15:50:26.159186+00', '[{"field":"name","new":"Women trained"},{"field":"unit","new":"women"},{"field":"scale","new":"count"},{"field":"level","new":"cluster"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"age_group"},{"field":"definition","new":"Women who completed a training course for the cluster''s firms."},{"field":"source","new":"Ludhiana: more than 110 women trained at the Government Polytechnic for Women"}]');
INSERT INTO public.audit_entries VALUES ('6b1f7b5b-a977-4074-91c2-0b7c4e0835d3', 'indicator', 'e0a2399f-2581-40bb-8dcf-8705e800e93b', 'create', NULL, 'system', '2026-12-02 15:50:26.162547+00', '[{"field":"name","new":"Association membership"},{"field":"unit","new":"members"},{"field":"scale","new":"count"},{"field":"level","new":"network"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"Firms or artisans who are paying members of the association or network."},{"field":"source","new":"Jaipur: CALICO membership rose from 26 artisans to 120"}]');
INSERT INTO public.audit_entries VALUES ('ac2cfdb9-e1ec-4cd5-a25a-1d880280df27', 'indicator', 'd95a95a6-3eb2-4374-bd42-3bdd5ff39f9c', 'create', NULL, 'system', '2026-12-02 15:50:26.16579+00', '[{"field":"name","new":"Exports"},{"field":"unit","new":"USD per year"},{"field":"scale","new":"amount"},{"field":"level","new":"cluster"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"Value of the cluster''s exports in a year."},{"field":"source","new":"Tirupur: over 650 million US dollars of cotton hosiery exported in 1999"}]');
INSERT INTO public.audit_entries VALUES ('fc70dedf-31e6-446f-ac38-d37f0887b233', 'indicator', 'ce79158e-b10b-4bdb-ba34-01a037225606', 'create', NULL, 'system', '2026-12-02 15:50:26.168573+00', '[{"field":"name","new":"Firms exporting"},{"field":"unit","new":"firms"},{"field":"scale","new":"count"},{"field":"level","new":"network"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"Member firms that exported in the year."},{"field":"source","new":"Masaya: rocking chairs exported to the United Kingdom"}]');
INSERT INTO public.audit_entries VALUES ('4d2dfd08-3e8b-4a3e-8337-438bc1077e87', 'indicator', 'de1a3444-fe11-4554-87ff-31f893cdbb24', 'create', NULL, 'system', '2026-12-02 15:50:26.176706+00', '[{"field":"name","new":"Employment"},{"field":"unit","new":"workers"},{"field":"scale","new":"count"},{"field":"level","new":"firm"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"sex"},{"field":"definition","new":"People working in the firm."},{"field":"source","new":"Jaipur: almost 10,000 workers in about 350 firms"}]');
INSERT INTO public.audit_entries VALUES ('aafa3e89-851e-4fda-890f-40ba6091b6b5', 'indicator', '50c18352-f049-4e06-94c7-147c862d4d6b', 'create', NULL, 'system', '2026-12-02 15:50:26.193756+00', '[{"field":"name","new":"Cycle time"},{"field":"unit","new":"days"},{"field":"scale","new":"quantity"},{"field":"level","new":"firm"},{"field":"direction","new":"lower"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"Days from the order to the finished product."},{"field":"source","new":"Nicaragua supplier development: process and layout changes to cut cycle time"}]');
INSERT INTO public.audit_entries VALUES ('40242f96-281b-4506-8736-c483d05dba9e', 'indicator', '79ed29c8-d545-4feb-8330-9c3dffe03093', 'create', NULL, 'system', '2026-12-02 15:50:26.205047+00', '[{"field":"name","new":"Inventory days"},{"field":"unit","new":"days"},{"field":"scale","new":"quantity"},{"field":"level","new":"firm"},{"field":"direction","new":"lower"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"Days of production the stock of materials and products covers."},{"field":"source","new":"Nicaragua supplier development: inventory reduction"}]');
INSERT INTO public.audit_entries VALUES ('804f5734-da0d-487d-ac5a-fe48b1dcfe83', 'indicator', '2f373936-79e0-47be-8e1c-d1864e2295dc', 'create', NULL, 'system', '2026-12-02 15:50:26.208771+00', '[{"field":"name","new":"Defect rate"},{"field":"unit","new":"%"},{"field":"scale","new":"percent"},{"field":"level","new":"firm"},{"field":"direction","new":"lower"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"Share of units rejected by quality control or by the client."},{"field":"source","new":"Nicaragua supplier development: total quality systems"}]');
INSERT INTO public.audit_entries VALUES ('c5092858-632b-4e38-b9c5-2a3562b40269', 'indicator', '968c0563-c801-4de8-8012-e5908358b5fd', 'create', NULL, 'system', '2026-12-02 15:50:26.212419+00', '[{"field":"name","new":"On-time delivery"},{"field":"unit","new":"%"},{"field":"scale","new":"percent"},{"field":"level","new":"firm"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"Share of deliveries on the agreed day."},{"field":"source","new":"Nicaragua supplier development: delivery reliability"}]');
INSERT INTO public.audit_entries VALUES ('7b0a9fcd-2521-4af3-81ba-84192c0da9ab', 'indicator', '4f68bc07-b5c5-4c9a-adf6-a86585846a60', 'create', NULL, 'system', '2026-12-02 15:50:26.215813+00', '[{"field":"name","new":"Unit cost"},{"field":"unit","new":"USD"},{"field":"scale","new":"amount"},{"field":"level","new":"firm"},{"field":"direction","new":"lower"},{"field":"disaggregation","new":"none"},{"field":"definition","new":"Cost of producing one unit of the main product."},{"field":"source","new":"Nicaragua supplier development: process changes to cut cost"}]');
INSERT INTO public.audit_entries VALUES ('da3e0c0c-5b63-45d2-b8c3-52610a7eb99b', 'project', '2d1fcee4-9879-409c-9b49-7759fbfe6178', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.255245+00', '[{"field":"code","new":"IND-CLN"},{"field":"title","new":"Cluster and network development in India"},{"field":"summary","new":"Pune food processing, Bagru and Sanganer block printing (Jaipur), Ludhiana knitwear. Dates and budget illustrative."},{"field":"countries","new":"IN"},{"field":"status","new":"ongoing"},{"field":"actualStart","new":"1996-07-01"},{"field":"budget","new":"2400000"},{"field":"currency","new":"USD"},{"field":"funders","new":"Government of Italy (illustrative)"},{"field":"counterparts","new":"SIDBI"},{"field":"linesOfWork","new":"clusters, horizontal_networks"}]');
INSERT INTO public.audit_entries VALUES ('7df71d2e-4db8-40d1-91c7-fce0e0602b2c', 'project', 'fc458e6a-de42-4f86-817e-7c9d3e29a49c', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.266893+00', '[{"field":"code","new":"NIC-CLN"},{"field":"title","new":"SME networks, clusters and vertical linkages in Nicaragua"},{"field":"summary","new":"Boaco/Chontales milk and cheese cluster, Masaya woodworking network, Vertical Linkages Unit at CADIN (designed 1999). Dates and budget illustrative."},{"field":"countries","new":"NI"},{"field":"status","new":"ongoing"},{"field":"actualStart","new":"1997-03-01"},{"field":"budget","new":"1800000"},{"field":"currency","new":"USD"},{"field":"counterparts","new":"CADIN, INPYME"},{"field":"linesOfWork","new":"clusters, horizontal_networks, vertical_linkages"}]');
INSERT INTO public.audit_entries VALUES ('7b9ca559-9749-4370-976b-055b4a99556c', 'project', 'f0255447-dadb-4140-acca-83eeff73ad4e', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.276727+00', '[{"field":"code","new":"HON-NET"},{"field":"title","new":"Network brokers in Honduras"},{"field":"summary","new":"Network brokers trained by the project founded CERTEC in the last year of implementation (1997). Start date illustrative."},{"field":"countries","new":"HN"},{"field":"status","new":"completed"},{"field":"actualStart","new":"1993-01-01"},{"field":"actualEnd","new":"1997-12-31"},{"field":"counterparts","new":"CERTEC"},{"field":"linesOfWork","new":"horizontal_networks"}]');
INSERT INTO public.audit_entries VALUES ('9dcf76f6-152e-49ef-a877-4fde5b8666df', 'project', '9632fe75-61fe-4427-b503-b9f7ef385bc3', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.286403+00', '[{"field":"code","new":"SEN-NET"},{"field":"title","new":"From networks to associations to policy in Senegal"},{"field":"summary","new":"Networks organise the private sector from the base and strengthen its representative associations."},{"field":"countries","new":"SN"},{"field":"status","new":"ongoing"},{"field":"actualStart","new":"2001-01-01"},{"field":"linesOfWork","new":"horizontal_networks"}]');
INSERT INTO public.audit_entries VALUES ('f2f3e816-24e7-4d69-85ea-a5e8f7f6f1af', 'project', '23e00dba-3c3d-4ae5-81fd-1367b0676726', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.295939+00', '[{"field":"code","new":"ZWE-NET"},{"field":"title","new":"Networks and BDS upgrading in Zimbabwe"},{"field":"summary","new":"Networks organise the demand for business development services so that providers upgrade them."},{"field":"countries","new":"ZW"},{"field":"status","new":"ongoing"},{"field":"actualStart","new":"2001-01-01"},{"field":"linesOfWork","new":"horizontal_networks"}]');
INSERT INTO public.audit_entries VALUES ('5b4ef092-7c68-4902-84d2-8fd85ef00048', 'project', '2fe391f3-a1af-42f3-b68b-5a7a75e32bb4', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.305805+00', '[{"field":"code","new":"MAR-CLU"},{"field":"title","new":"Restructuring of the Fez leather cluster"},{"field":"summary","new":"Fez leather cluster, including relocation for environmental reasons, in cooperation with the Santa Croce leather cluster in Italy. Start date illustrative."},{"field":"countries","new":"IT, MA"},{"field":"status","new":"ongoing"},{"field":"actualStart","new":"2000-01-01"},{"field":"linesOfWork","new":"clusters"}]');
INSERT INTO public.audit_entries VALUES ('f4a1d6ed-44d3-4afb-bf0a-7fbbabb68c69', 'project', 'eaa97073-2ff1-45db-b296-66a503e47b32', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.316472+00', '[{"field":"code","new":"MDG-CLU"},{"field":"title","new":"Cluster development in Madagascar"},{"field":"summary","new":"Under design."},{"field":"countries","new":"MG"},{"field":"status","new":"under_design"},{"field":"linesOfWork","new":"clusters"}]');
INSERT INTO public.audit_entries VALUES ('bceac819-ce54-426d-8490-398bd6c7cfa1', 'actor', 'edbcb0ca-628f-4b45-b2d5-477e25379c36', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.324348+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Chamber of Industry of Nicaragua"},{"field":"acronym","new":"CADIN"},{"field":"institutionType","new":"chamber"},{"field":"country","new":"NI"},{"field":"description","new":"Hosts the Vertical Linkages Unit."}]');
INSERT INTO public.audit_entries VALUES ('8ed90b9c-85a7-4bdd-9243-ca86af7051e3', 'actor', '8e67e32a-1bf4-4db7-8246-cc50216e3c4d', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.330275+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Centro de Recursos y Tecnología"},{"field":"acronym","new":"CERTEC"},{"field":"institutionType","new":"bds_provider"},{"field":"country","new":"HN"},{"field":"description","new":"Foundation set up in 1997 by the project''s former network brokers; lives on fees."}]');
INSERT INTO public.audit_entries VALUES ('5d43f147-9b83-467a-b669-e7640de02841', 'actor', '8444cb9b-ad2d-40ea-adde-86a69ed514e2', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.335416+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Calico Printers Co-operative Society"},{"field":"acronym","new":"CALICO"},{"field":"institutionType","new":"cooperative"},{"field":"country","new":"IN"},{"field":"description","new":"Dormant artisan association revitalised; membership rose from 26 artisans to 120."}]');
INSERT INTO public.audit_entries VALUES ('68f9ff65-0396-4bd7-aff9-a90e1a42abdd', 'actor', 'dd355bfa-2d98-43e1-9ead-48f9cf433fde', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.340289+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Consortium of Textile Exporters"},{"field":"acronym","new":"COTEX"},{"field":"institutionType","new":"business_association"},{"field":"country","new":"IN"},{"field":"description","new":"Export consortium formed in the Jaipur cluster."}]');
INSERT INTO public.audit_entries VALUES ('ef802a8c-bcf7-4d2e-b53e-ffff1565f5dc', 'actor', '731c39f6-413c-40aa-9202-10d81e3d1dc3', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.345298+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Apparel Exporters Association of Ludhiana"},{"field":"acronym","new":"APPEAL"},{"field":"institutionType","new":"business_association"},{"field":"country","new":"IN"},{"field":"description","new":"Formed by a core of export-oriented knitwear producers."}]');
INSERT INTO public.audit_entries VALUES ('bcd1350a-ba00-47a8-9fee-7b8424f935fc', 'actor', '84610432-f3df-4ebd-966b-6989f3da8380', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.350071+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Indian Institute for Rural Development"},{"field":"acronym","new":"IIRD"},{"field":"institutionType","new":"ngo"},{"field":"country","new":"IN"},{"field":"description","new":"NGO increasingly acting as the cluster development agent in Jaipur."}]');
INSERT INTO public.audit_entries VALUES ('b47df7e4-568d-4d9a-a3ad-c5c06ef7eb72', 'actor', '307e885c-ff8e-427c-af48-7dfd7f125c0a', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.354934+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Small Industries Development Bank of India"},{"field":"acronym","new":"SIDBI"},{"field":"institutionType","new":"financial_institution"},{"field":"country","new":"IN"},{"field":"description","new":"Supported the Bagru training and a credit scheme."}]');
INSERT INTO public.audit_entries VALUES ('e3e9fc2d-0c35-4ed8-bf45-9a2200ceb936', 'actor', '8ab481f9-6c8b-4d1d-85b5-dad9bbf9a35e', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.359689+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"National Institute of Fashion Technology"},{"field":"acronym","new":"NIFT"},{"field":"institutionType","new":"university"},{"field":"country","new":"IN"},{"field":"description","new":"Introduced new products and designs in Jaipur."}]');
INSERT INTO public.audit_entries VALUES ('071050a5-9025-4a9e-b948-80df7a384651', 'actor', '3c5527db-d13a-4a10-bbd4-0dc1182a183c', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.36433+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Government Polytechnic for Women, Ludhiana"},{"field":"acronym","new":"GPW"},{"field":"institutionType","new":"training_institute"},{"field":"country","new":"IN"},{"field":"description","new":"Hosts the training cell for women machine operators."}]');
INSERT INTO public.audit_entries VALUES ('0a558cf6-b80e-48e7-afea-ee40cff4b796', 'actor', '62f57139-a475-4d67-8279-acdee0f743e5', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.369292+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Department of Technical Education, Government of Punjab"},{"field":"institutionType","new":"government_agency"},{"field":"country","new":"IN"},{"field":"description","new":"Signed the memorandum of understanding with APPEAL."}]');
INSERT INTO public.audit_entries VALUES ('90acacf6-edfd-4e10-a449-5622246caaa8', 'actor', 'db49bd04-280f-4bd5-969a-9ebf3e987da2', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.374198+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Alianza Láctea"},{"field":"institutionType","new":"cooperative"},{"field":"country","new":"NI"},{"field":"description","new":"Alliance of cooperatives representing the Boaco/Chontales milk sector."}]');
INSERT INTO public.audit_entries VALUES ('9993973c-815a-40fc-bdf4-4a53d74d3390', 'actor', 'b8bc8d2b-fe47-4d58-80e4-36f2a62c40ac', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.379188+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Instituto Nicaragüense de Apoyo a la Pequeña y Mediana Empresa"},{"field":"acronym","new":"INPYME"},{"field":"institutionType","new":"government_agency"},{"field":"country","new":"NI"},{"field":"description","new":"Partner in training and technical assistance in Boaco/Chontales."}]');
INSERT INTO public.audit_entries VALUES ('dde1bc58-89bc-467e-9fc6-266559b41b4e', 'actor', '4ff93b26-3fa1-4217-aab4-4313c93d133b', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.384166+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"INCAE Business School"},{"field":"acronym","new":"INCAE"},{"field":"institutionType","new":"university"},{"field":"country","new":"NI"},{"field":"description","new":"Member of the committee for institutional coordination."}]');
INSERT INTO public.audit_entries VALUES ('011cf710-a14e-41b4-b095-2704aa4e1991', 'actor', '8d6adb87-f88a-415f-b791-f2697f7750de', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.389778+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Cámara Nicaragüense del Sector Lácteo"},{"field":"acronym","new":"CANISLAC"},{"field":"institutionType","new":"chamber"},{"field":"country","new":"NI"},{"field":"description","new":"Nicaraguan Chamber of the Milk Sector."}]');
INSERT INTO public.audit_entries VALUES ('1c7303e1-80f0-42a2-a0fd-c4d92fc8c390', 'actor', 'c90ca835-6a3c-41b2-ac7c-7e5e3e6310a5', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.394786+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"National Metrology Laboratory"},{"field":"institutionType","new":"laboratory"},{"field":"country","new":"NI"},{"field":"description","new":"Provides scale calibration services in the coffee and cereals group."}]');
INSERT INTO public.audit_entries VALUES ('90b291e1-2888-4b87-adb6-987eb8eda117', 'actor', 'c4843d38-a197-422f-bb62-2ecb0c93d687', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.399832+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"United Nations Industrial Development Organization"},{"field":"acronym","new":"UNIDO"},{"field":"institutionType","new":"donor"},{"field":"country","new":"AT"},{"field":"description","new":"Executes the programme."}]');
INSERT INTO public.audit_entries VALUES ('9fc122d8-6f5a-4f0a-8596-4dbfb7c98737', 'actor', '98a44dde-6343-4602-b6f0-9d818741878b', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.404892+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Inter-American Development Bank"},{"field":"acronym","new":"IDB"},{"field":"institutionType","new":"donor"},{"field":"country","new":"US"},{"field":"description","new":"Co-financed product diversification in Boaco/Chontales."}]');
INSERT INTO public.audit_entries VALUES ('5a6bf954-1e37-4e55-9d1f-b4081e1a559a', 'actor', '38f03e34-7c97-4ef9-bde6-b6bfd40ca602', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.409952+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Footwear manufacturer and distributor (illustrative name)"},{"field":"country","new":"NI"},{"field":"location","new":"Managua"},{"field":"sectorCode","new":"1520"},{"field":"employees","new":"320"},{"field":"sizeClass","new":"large"},{"field":"description","new":"Client firm working with local shoemakers. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('3baf1483-30b0-44dd-82d0-e2e30cf2b6b6', 'actor', '498a7c64-e5ab-42ab-a911-f926b9a10620', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.414961+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Rum producer (illustrative name)"},{"field":"country","new":"NI"},{"field":"location","new":"Managua"},{"field":"sectorCode","new":"1101"},{"field":"employees","new":"450"},{"field":"sizeClass","new":"large"},{"field":"description","new":"Client firm teamed with plastic bottle and label suppliers. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('d0da3d9d-31cd-4e43-bf10-a116bc774e6a', 'actor', '2745a57f-72df-4c11-ab7f-42576fc25373', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.419958+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Ice cream and yoghurt factory (illustrative name)"},{"field":"country","new":"NI"},{"field":"location","new":"Managua"},{"field":"sectorCode","new":"1050"},{"field":"employees","new":"280"},{"field":"sizeClass","new":"large"},{"field":"description","new":"Client firm paired with box and refrigeration suppliers. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('460447c0-68df-42bd-8648-c65f2600c6de', 'actor', '2dc7d5a7-82c5-4ad4-aedb-b794ea14433c', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.424639+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Coffee and cereals processor (illustrative name)"},{"field":"country","new":"NI"},{"field":"location","new":"Managua"},{"field":"sectorCode","new":"1079"},{"field":"employees","new":"300"},{"field":"sizeClass","new":"large"},{"field":"description","new":"Client firm working with peanut and plastic jar suppliers. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('1530945b-0cea-4a8c-a581-45ace69e8871', 'actor', '793aef8a-5314-41b6-8b0f-58da6507ce4d', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.429342+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 1"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"3"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('7b79b33f-0284-4416-8d53-67c724e47d6d', 'actor', 'c9a00bbb-93da-4b42-92a9-7dd6e72a2dd0', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.434539+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 2"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"4"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('fd15902c-6608-420f-993f-8deba0c7c88f', 'actor', 'd87190e3-fa07-40be-b6d5-678a8bc73725', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.439589+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 3"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"6"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('5e3d63c9-8bc3-4267-954f-1a1b1775666d', 'actor', '96242a8c-933f-49ae-9c99-8c8df60e517c', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.445031+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 4"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('3a76bede-6e23-42f9-a4f8-a0eed3e7c247', 'actor', '469d4a95-2528-4e22-b3d5-9b0a6a751cce', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.450015+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 5"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"5"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('cf86d04d-958e-4ee8-9cc6-b4c46b001852', 'actor', 'cdb93202-3be8-4ba0-bcda-baec4562f760', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.454539+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 6"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"12"},{"field":"sizeClass","new":"small"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('ea6f8e91-b83c-43f0-b841-d0bd5ebc8685', 'actor', '087d9c46-0bcf-4d83-ad6d-b9decde2f1c1', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.458707+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 7"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"7"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('a79b0a59-dbfc-420f-90fa-ee54fba3a7bb', 'cluster', 'cf3ba8d1-4d78-423c-a793-a722723de16d', 'update', NULL, 'demo loader', '2026-12-02 15:50:28.207097+00', '[{"field":"stage","old":"selection","new":"trust_building"}]');
INSERT INTO public.audit_entries VALUES ('1f74e384-c29a-4d11-bab9-ec8361851070', 'actor', '79177299-951c-4a54-9df6-9f5ea392b313', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.463128+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 8"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"9"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('9fe0537f-0904-4d65-8f0d-8b379cbe5e4f', 'actor', 'cef2c1ac-189a-4402-a2d5-8b80fdf5bbd3', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.467845+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 9"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"4"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('8bcc3fca-9efb-4000-9774-3e232f13a9af', 'actor', 'cf092e21-cce1-4061-9ffa-0059c3a919bc', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.473074+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 10"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"15"},{"field":"sizeClass","new":"small"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('a79bea78-29c4-482d-bc13-78f671e0cba6', 'actor', '7aca36be-059f-4675-a348-a6fc247cbab7', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.477486+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 11"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"6"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('bbdfb471-618a-4179-b6d1-75e9f504cf8c', 'actor', '12bed8ed-f021-4d46-a627-39ccea029801', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.481772+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 12"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"5"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('3c26b4f4-2e44-469f-b6b8-7230902f7359', 'actor', '9ce26fb3-60f1-4f8b-9079-d929ab1beb0e', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.486036+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 13"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"11"},{"field":"sizeClass","new":"small"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('b57d825a-102b-4ccd-81d1-fbdf837f40b3', 'actor', 'bd527ff2-9e6a-432f-88bd-5fa544afec3c', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.490517+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 14"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('1f45d747-177a-427b-b35f-d1858c6058ab', 'actor', '608053c2-e63f-4f0c-9e86-6ccd9ef87334', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.495056+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 15"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"3"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('d2c7efa9-0563-4731-91db-db4410724926', 'actor', 'a85d8734-5c23-493d-81e5-fa0d739c0349', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.499551+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 16"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"7"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('ac59df0c-e11e-4f70-b43a-26cea228610f', 'cluster', 'eec7305b-7fe8-4017-866e-091f78491330', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.506927+00', '[{"field":"name","new":"Pune food processing"},{"field":"country","new":"IN"},{"field":"place","new":"Pune, Maharashtra"},{"field":"latitude","new":"18.52"},{"field":"longitude","new":"73.86"},{"field":"sector","new":"Food processing"},{"field":"products","new":"processed foods"},{"field":"projectId","new":"2d1fcee4-9879-409c-9b49-7759fbfe6178"},{"field":"stage","new":"selection"},{"field":"description","new":"Entrepreneurs saw the Food Adulteration Act as the obstacle; institutions saw low regard for product safety. Dialogue led to an information point, an umbrella organisation and a technical centre."}]');
INSERT INTO public.audit_entries VALUES ('d1627ec0-2931-4d06-8aa7-5f9dc8ce4ef7', 'cluster', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.51593+00', '[{"field":"name","new":"Bagru and Sanganer block printing"},{"field":"country","new":"IN"},{"field":"place","new":"Bagru and Sanganer, Jaipur, Rajasthan"},{"field":"latitude","new":"26.81"},{"field":"longitude","new":"75.55"},{"field":"sector","new":"Textile hand-block printing"},{"field":"products","new":"hand-block printed textiles"},{"field":"estimatedFirms","new":"350"},{"field":"employment","new":"10000"},{"field":"projectId","new":"2d1fcee4-9879-409c-9b49-7759fbfe6178"},{"field":"stage","new":"selection"},{"field":"description","new":"About 350 small firms employ almost 10,000 workers. A cooperation attempt failed twenty years before the 1997 diagnostic; trust was rebuilt through the artisans'' sons."}]');
INSERT INTO public.audit_entries VALUES ('5ac1cc86-33ad-43a6-8191-acdfd961153f', 'cluster', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.52317+00', '[{"field":"name","new":"Ludhiana knitwear"},{"field":"country","new":"IN"},{"field":"place","new":"Ludhiana, Punjab"},{"field":"latitude","new":"30.9"},{"field":"longitude","new":"75.85"},{"field":"sector","new":"Woollen knitwear"},{"field":"products","new":"woollen knitwear"},{"field":"estimatedFirms","new":"10000"},{"field":"projectId","new":"2d1fcee4-9879-409c-9b49-7759fbfe6178"},{"field":"stage","new":"selection"},{"field":"description","new":"Over 10,000 small and medium firms, nearly 90% of the national market for woollen knitwear. Costs shared: project 20%, private sector 74%, other institutions 6%."}]');
INSERT INTO public.audit_entries VALUES ('bca7dd7e-6a2a-4c98-9972-ea20ca020227', 'cluster', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.530009+00', '[{"field":"name","new":"Boaco and Chontales milk and cheese"},{"field":"country","new":"NI"},{"field":"place","new":"Boaco and Chontales"},{"field":"latitude","new":"12.47"},{"field":"longitude","new":"-85.66"},{"field":"sector","new":"Dairy"},{"field":"products","new":"milk, cheese"},{"field":"projectId","new":"fc458e6a-de42-4f86-817e-7c9d3e29a49c"},{"field":"stage","new":"selection"},{"field":"description","new":"Action plan results: technical norms, five new products, yields +25%, waste-water pollution down up to 70%, a cooperative, Alianza Láctea, CANISLAC."}]');
INSERT INTO public.audit_entries VALUES ('d214c24f-31b7-45d3-bd89-93cef1bd266c', 'cluster', 'cf3ba8d1-4d78-423c-a793-a722723de16d', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.536806+00', '[{"field":"name","new":"Fez leather"},{"field":"country","new":"MA"},{"field":"place","new":"Fez"},{"field":"latitude","new":"34.03"},{"field":"longitude","new":"-5"},{"field":"sector","new":"Leather"},{"field":"products","new":"finished leather, leather goods"},{"field":"projectId","new":"2fe391f3-a1af-42f3-b68b-5a7a75e32bb4"},{"field":"stage","new":"selection"},{"field":"description","new":"Restructuring including relocation of units for environmental reasons; cooperation with the Santa Croce leather cluster in Italy."}]');
INSERT INTO public.audit_entries VALUES ('2fdea4cf-8372-4940-851b-d7a07a9d75d9', 'cluster', '947e13c2-369e-4414-abcb-2c67a0240b83', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.542077+00', '[{"field":"name","new":"Tirupur hosiery"},{"field":"country","new":"IN"},{"field":"place","new":"Tirupur, Tamil Nadu"},{"field":"latitude","new":"11.11"},{"field":"longitude","new":"77.34"},{"field":"sector","new":"Cotton hosiery"},{"field":"products","new":"cotton hosiery"},{"field":"estimatedFirms","new":"7000"},{"field":"exportsUsd","new":"650000000"},{"field":"stage","new":"selection"},{"field":"description","new":"Over 7,000 SMEs exported over 650 million US dollars of cotton hosiery in 1999, over 80% of Indian exports of such goods. A reference cluster, not a project site."}]');
INSERT INTO public.audit_entries VALUES ('9d0c7425-8ce3-4a13-8bd8-7e9c3f4c5afc', 'network', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.548691+00', '[{"field":"name","new":"Masaya woodworkers'' network"},{"field":"kind","new":"horizontal"},{"field":"country","new":"NI"},{"field":"projectId","new":"fc458e6a-de42-4f86-817e-7c9d3e29a49c"},{"field":"phase","new":"promotion"},{"field":"formedOn","new":"1998-03-01"},{"field":"legalForm","new":"informal"},{"field":"description","new":"Fifteen micro and small woodworkers: a shared input shop, bulk wood purchasing, a common catalogue, three rocking-chair models exported to the UK. Members who behaved opportunistically were expelled; a new member joined later. Dates illustrative."}]');
INSERT INTO public.audit_entries VALUES ('597cadba-7445-467d-87c9-2e40e654eff5', 'membership', 'd6d01605-0d1f-4bc8-9244-d88f0714fd26', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.559319+00', '[{"field":"actorId","new":"793aef8a-5314-41b6-8b0f-58da6507ce4d"},{"field":"role","new":"coordinator"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('856df411-1102-47fe-9caf-2336ea8c5992', 'membership', '53b919e8-72ab-4012-99b0-c2fe06ceaaa8', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.571876+00', '[{"field":"actorId","new":"c9a00bbb-93da-4b42-92a9-7dd6e72a2dd0"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('70c3d61a-a59e-47ac-ad18-db5716cc5baa', 'membership', '47ddb934-b7ca-4f65-abb3-42ad2ff5c0c6', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.582533+00', '[{"field":"actorId","new":"d87190e3-fa07-40be-b6d5-678a8bc73725"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('1ff82b0b-2201-43e1-a9a4-e3384e0a43d0', 'membership', '8edd7ae2-4388-4e62-9560-b8d72f6e24bd', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.593197+00', '[{"field":"actorId","new":"96242a8c-933f-49ae-9c99-8c8df60e517c"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"},{"field":"leftOn","new":"1999-11-15"},{"field":"leavingReason","new":"expelled_opportunistic"}]');
INSERT INTO public.audit_entries VALUES ('1fa90c8e-7579-45e0-9a36-db285e0a924d', 'membership', '956f055e-c705-4ed0-ba62-0bf16ed6f1f7', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.604514+00', '[{"field":"actorId","new":"469d4a95-2528-4e22-b3d5-9b0a6a751cce"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('cd5d2fd4-4f95-4363-9ad2-cc086a767202', 'membership', '5de1ac3e-d2c2-4aef-9dd7-37a192055d76', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.61872+00', '[{"field":"actorId","new":"cdb93202-3be8-4ba0-bcda-baec4562f760"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('a287235d-e7fb-4aff-b70b-241897b42218', 'membership', 'b071bf44-55a1-4fa4-975b-6db82d484561', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.63426+00', '[{"field":"actorId","new":"087d9c46-0bcf-4d83-ad6d-b9decde2f1c1"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('e43c59f9-f1be-4de0-b1d4-749c08473d74', 'membership', '66a7f0c9-355b-4211-9420-d136cf283fd2', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.651502+00', '[{"field":"actorId","new":"79177299-951c-4a54-9df6-9f5ea392b313"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('c4c07457-2b5f-4442-a373-0d24515e45ea', 'membership', '98028281-89eb-46fe-a39c-4c729d853d59', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.665524+00', '[{"field":"actorId","new":"cef2c1ac-189a-4402-a2d5-8b80fdf5bbd3"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"},{"field":"leftOn","new":"1999-11-15"},{"field":"leavingReason","new":"expelled_opportunistic"}]');
INSERT INTO public.audit_entries VALUES ('20dd1ec9-00e4-4d90-a031-2ef549860cc8', 'membership', 'eefe3ab3-2d75-4c11-ba1a-59450c9ca8a5', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.680549+00', '[{"field":"actorId","new":"cf092e21-cce1-4061-9ffa-0059c3a919bc"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('19d4ca2e-c576-4142-a8ab-44bafa62be47', 'membership', '3d8a83f2-15db-4f19-b96a-0267391483db', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.695776+00', '[{"field":"actorId","new":"7aca36be-059f-4675-a348-a6fc247cbab7"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('74d808d6-fa56-4f0c-81f8-826ab79c5354', 'membership', '61fde739-611a-494b-adb3-172073b4b4c7', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.714171+00', '[{"field":"actorId","new":"12bed8ed-f021-4d46-a627-39ccea029801"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('a067d10a-a6d9-445a-ac25-f317a35f63a9', 'membership', '92e61eba-9adc-4e56-bd83-c2fa9cfe26a5', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.727191+00', '[{"field":"actorId","new":"9ce26fb3-60f1-4f8b-9079-d929ab1beb0e"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"},{"field":"leftOn","new":"1999-11-15"},{"field":"leavingReason","new":"expelled_opportunistic"}]');
INSERT INTO public.audit_entries VALUES ('1e473cf0-03f6-4e55-9eef-c6d9a6891230', 'membership', 'c20498bd-f080-4e34-8e93-69b429809500', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.746838+00', '[{"field":"actorId","new":"bd527ff2-9e6a-432f-88bd-5fa544afec3c"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('fad2f9d4-c4ab-49f3-b08f-cfa7b09806eb', 'membership', '25878799-0b0c-483c-93f4-4123eb68e569', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.76864+00', '[{"field":"actorId","new":"608053c2-e63f-4f0c-9e86-6ccd9ef87334"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('2883b1de-a677-4b79-878c-27bc6c4ed978', 'membership', '87baf223-757c-47bc-976b-6a040597172f', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.783715+00', '[{"field":"actorId","new":"a85d8734-5c23-493d-81e5-fa0d739c0349"},{"field":"role","new":"member"},{"field":"joinedOn","new":"2000-09-01"},{"field":"notes","new":"Joined after the group''s rules were established."}]');
INSERT INTO public.audit_entries VALUES ('4b6d080b-1348-4efd-a4b5-d36e50843b4a', 'network', '41813b26-fef2-4d38-8725-60bb53fffdbe', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.797954+00', '[{"field":"name","new":"Jaipur block printers'' common services network"},{"field":"kind","new":"horizontal"},{"field":"country","new":"IN"},{"field":"clusterId","new":"f64f6aef-5fc4-4946-b667-4a73024719a8"},{"field":"projectId","new":"2d1fcee4-9879-409c-9b49-7759fbfe6178"},{"field":"phase","new":"pilot_projects"},{"field":"formedOn","new":"1998-11-01"},{"field":"legalForm","new":"informal"},{"field":"description","new":"One of several networks promoted in the Jaipur cluster to provide common services to their members. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('842894d8-4d6a-4051-8f71-268b38a13bf5', 'network', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.805015+00', '[{"field":"name","new":"Coffee and cereals supplier network"},{"field":"kind","new":"vertical"},{"field":"country","new":"NI"},{"field":"projectId","new":"fc458e6a-de42-4f86-817e-7c9d3e29a49c"},{"field":"phase","new":"supplier_evaluation"},{"field":"formedOn","new":"1999-06-01"},{"field":"description","new":"A coffee and cereals processor with peanut and plastic jar suppliers and the National Metrology Laboratory, through the Vertical Linkages Unit at CADIN."}]');
INSERT INTO public.audit_entries VALUES ('eca4d76a-0853-4b30-994a-eb985bc966b2', 'membership', '1123aaae-e3aa-44fa-94ea-1b3a7199e250', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.812822+00', '[{"field":"actorId","new":"2dc7d5a7-82c5-4ad4-aedb-b794ea14433c"},{"field":"role","new":"client"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('40125ba6-11ad-4141-b513-fc5d8e71b37b', 'membership', 'e0c6add6-75b0-404f-81bd-654be534ce11', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.82252+00', '[{"field":"actorId","new":"c90ca835-6a3c-41b2-ac7c-7e5e3e6310a5"},{"field":"role","new":"service_provider"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('3a807e5f-e4a3-464c-b2d7-691c18753861', 'person', 'deb84a4c-6e55-484b-a9f5-c510b5c396cd', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.829298+00', '[{"field":"name","new":"Cluster broker, Jaipur (illustrative)"},{"field":"organisationId","new":"84610432-f3df-4ebd-966b-6989f3da8380"},{"field":"role","new":"Cluster development agent"},{"field":"sex","new":"female"}]');
INSERT INTO public.audit_entries VALUES ('568152b5-4127-4002-8d1d-a76f4d455f89', 'person', '0a81c09a-2e3e-4f31-b2dc-16c508de8cad', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.835847+00', '[{"field":"name","new":"Executive director, CERTEC (illustrative)"},{"field":"organisationId","new":"8e67e32a-1bf4-4db7-8246-cc50216e3c4d"},{"field":"role","new":"Former network broker"},{"field":"sex","new":"male"}]');
INSERT INTO public.audit_entries VALUES ('7aa5d64e-db85-49e3-a263-8f1170de7585', 'person', 'fb7559cc-aff6-4a3d-b76c-97e489ad6456', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.841141+00', '[{"field":"name","new":"Linkage broker, CADIN (illustrative)"},{"field":"organisationId","new":"edbcb0ca-628f-4b45-b2d5-477e25379c36"},{"field":"role","new":"Vertical Linkages Unit"},{"field":"sex","new":"female"}]');
INSERT INTO public.audit_entries VALUES ('47510e17-d141-49c5-8be9-46580db15a17', 'actor', '33fc25a6-ee79-4913-b206-1c75e8ec703a', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.846809+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Pune food processors'' association (illustrative)"},{"field":"institutionType","new":"business_association"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('ff4e7e91-4aa4-41eb-a0b9-55a571a7a204', 'actor', '515815de-4cfe-498e-8f99-f53ee648bba1', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.852031+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Food testing laboratory, Pune (illustrative)"},{"field":"institutionType","new":"laboratory"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('49f1820a-d1fb-4825-8cf1-7e750620a382', 'actor', '89b84a98-0bbc-4856-afb5-b119b21a8000', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.85678+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"State food and drug administration (illustrative)"},{"field":"institutionType","new":"government_agency"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('e7011058-54b1-4103-9b03-d71c02b46d4d', 'actor', '6ceef8ea-646d-4190-a796-a27888fa814c', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.861613+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Pune pickle and spice maker (illustrative)"},{"field":"country","new":"IN"},{"field":"employees","new":"12"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('d0f5757c-ebad-4734-a945-020f33b1ef8b', 'actor', '5a070684-f1aa-42a8-86d1-f415fa57a9e3', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.866554+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Local development foundation, Boaco (illustrative)"},{"field":"institutionType","new":"ngo"},{"field":"country","new":"NI"}]');
INSERT INTO public.audit_entries VALUES ('cb6b786d-e8f0-44f0-a5cf-2ce8bbf7963c', 'actor', '035eb7a1-4bae-4320-9dbf-c0d2cbaba764', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.871724+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Boaco cheese producers'' cooperative (illustrative)"},{"field":"institutionType","new":"cooperative"},{"field":"country","new":"NI"}]');
INSERT INTO public.audit_entries VALUES ('4e45332a-4e60-46cb-a074-fc3b1e58cf5c', 'actor', '201bcc1e-1452-4495-bbea-114629ec88a9', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.876843+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Cheese maker, Boaco (illustrative)"},{"field":"country","new":"NI"},{"field":"employees","new":"12"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('0d15b347-ca63-49c1-b2a9-de1855b0a474', 'actor', '503295cb-7a21-4568-ad8c-16e7f4293f35', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.881977+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Local NGO, Ludhiana (illustrative)"},{"field":"institutionType","new":"ngo"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('f5160756-5e69-4309-a6a6-1cd2d06d4384', 'actor', '7ab22938-de25-455b-bb4d-771b49568563', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.886981+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Japanese machinery company (illustrative name)"},{"field":"country","new":"IN"},{"field":"employees","new":"900"},{"field":"sizeClass","new":"large"}]');
INSERT INTO public.audit_entries VALUES ('14e9f976-047d-4dd2-97b1-ac1a15824724', 'actor', 'daabb77a-7afa-4de4-b55d-3668ad0be176', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.891944+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Department of Science and Technology, Government of India"},{"field":"institutionType","new":"government_agency"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('cd362914-dcf9-4978-9bdd-b772c42c40e6', 'actor', 'cc50c367-ded7-4e32-9f87-bd4e7f633e46', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.897175+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 1 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"4"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('23e90599-e9d4-463e-9452-9ef6f9fdcf9c', 'actor', 'f35396d5-6446-49f3-906f-84cb0dc770e9', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.902198+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 2 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"5"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('a24c612a-f07f-48b4-9622-a6337d3bf0ec', 'actor', 'cc30a736-a01a-4e17-91e4-a2029cc54a88', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.907483+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 3 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"6"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('312a8df7-d75b-4178-9a3e-0b770f9d3679', 'actor', 'dc4a7e22-df3d-471d-aed8-4d4cb1ff752b', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.912921+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 4 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"3"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('dd7cd859-bbf2-4ac6-b9c5-65469f12f1fd', 'actor', '4ee67cd3-6944-47a4-8603-f22b2fdca978', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.918009+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 5 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"4"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('c8ca7d8a-64a6-4e43-9b31-36700dff5745', 'actor', 'f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.923304+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 6 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"5"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('aad4e3bf-6112-4b70-ae37-81461484972c', 'actor', '7697381f-f476-49b0-839d-9d10339430ca', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.928265+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 7 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"6"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('db2c845f-294b-4983-972e-3814f80d41fc', 'actor', 'caca8b66-b352-4a94-83e5-a8d9020eec35', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.933094+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 8 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"3"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('a770a9ed-5d66-402f-ae1d-0e7a6b3432ac', 'diagnostic', '1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.948211+00', '[{"field":"title","new":"Pune food processing cluster diagnostic"},{"field":"version","new":"1"},{"field":"status","new":"draft"},{"field":"startedOn","new":"1998-01-15"},{"field":"productionSystem","new":"Small food processors (pickles, spices, snacks) buying from local farmers and selling through traders."},{"field":"institutionalSystem","new":"Representation fragmented among many small associations; no dialogue with the federal food regulator."},{"field":"weaknesses","new":"Little use of existing testing facilities, Fragmented associations"},{"field":"opportunities","new":"Growing demand for packaged foods"},{"field":"threats","new":"Audits under the Food Adulteration Act"},{"field":"findings","new":"The groups see the same problem differently; dialogue must come first."}]');
INSERT INTO public.audit_entries VALUES ('728e3bbf-9404-4fe9-bef0-e525bf1724a3', 'perception', '84d6886d-b860-400a-8cf2-829773b2200b', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.959955+00', '[{"field":"diagnosticId","new":"1ed94f78-ebc6-4354-a521-ea8ad2f1825c"},{"field":"theme","new":"Food safety regulation"},{"field":"stakeholderGroup","new":"entrepreneurs"},{"field":"severity","new":"major"},{"field":"statement","new":"The Food Adulteration Act is too stringent; relax it and exempt us from the feared audits."}]');
INSERT INTO public.audit_entries VALUES ('51c3fa71-a100-436f-a154-56b7c3db5dc7', 'perception', 'f6115abb-6b49-40c9-92bd-fb7a4f54b0d7', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.970595+00', '[{"field":"diagnosticId","new":"1ed94f78-ebc6-4354-a521-ea8ad2f1825c"},{"field":"theme","new":"Food safety regulation"},{"field":"stakeholderGroup","new":"support_institutions"},{"field":"severity","new":"not_a_problem"},{"field":"statement","new":"The law is sound; entrepreneurs do not value product safety and rely on traditional practices."}]');
INSERT INTO public.audit_entries VALUES ('cc1e0f89-1946-4178-a81a-9e7663741361', 'perception', '1da8a505-2c83-4892-8a10-51c50f1c1a8a', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.980416+00', '[{"field":"diagnosticId","new":"1ed94f78-ebc6-4354-a521-ea8ad2f1825c"},{"field":"theme","new":"Food safety regulation"},{"field":"stakeholderGroup","new":"government"},{"field":"severity","new":"not_a_problem"},{"field":"statement","new":"Regulations protect consumers; producers must comply."}]');
INSERT INTO public.audit_entries VALUES ('95ce8388-2765-4511-8c14-0191e97a891e', 'perception', 'f6ae221c-8fe0-4528-94db-34611da733ba', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.989971+00', '[{"field":"diagnosticId","new":"1ed94f78-ebc6-4354-a521-ea8ad2f1825c"},{"field":"theme","new":"Knowledge of the law"},{"field":"stakeholderGroup","new":"entrepreneurs"},{"field":"severity","new":"major"},{"field":"statement","new":"We cannot keep up with the continuous amendments of the law."}]');
INSERT INTO public.audit_entries VALUES ('a328fc71-b6ee-4d33-9638-9f3f96aa8945', 'perception', '04713cae-aeea-4dd7-9b5e-c900949931d3', 'create', NULL, 'demo loader', '2026-12-02 15:50:26.998776+00', '[{"field":"diagnosticId","new":"1ed94f78-ebc6-4354-a521-ea8ad2f1825c"},{"field":"theme","new":"Knowledge of the law"},{"field":"stakeholderGroup","new":"support_institutions"},{"field":"severity","new":"major"},{"field":"statement","new":"Producers ignore the rules they must meet."}]');
INSERT INTO public.audit_entries VALUES ('cda00d40-5d0e-4c7b-ae30-ec1408add46a', 'perception', '798ae3ac-69be-4e1b-9247-1ccf1b54bc2b', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.008558+00', '[{"field":"diagnosticId","new":"1ed94f78-ebc6-4354-a521-ea8ad2f1825c"},{"field":"theme","new":"Testing facilities"},{"field":"stakeholderGroup","new":"entrepreneurs"},{"field":"severity","new":"major"},{"field":"statement","new":"There are no reliable and independent testing facilities to monitor our compliance."}]');
INSERT INTO public.audit_entries VALUES ('7385106f-8a1c-45c7-8536-92ae654d12ba', 'perception', '8c3fd525-b899-4d00-9917-dcaf48fb5bb2', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.019181+00', '[{"field":"diagnosticId","new":"1ed94f78-ebc6-4354-a521-ea8ad2f1825c"},{"field":"theme","new":"Testing facilities"},{"field":"stakeholderGroup","new":"support_institutions"},{"field":"severity","new":"minor"},{"field":"statement","new":"Modern testing equipment exists but producers do not use it."}]');
INSERT INTO public.audit_entries VALUES ('71719869-feb3-491f-9df7-4218a9251edb', 'perception', '5171b225-8203-4cb9-9024-5ee9e784b94b', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.029451+00', '[{"field":"diagnosticId","new":"1ed94f78-ebc6-4354-a521-ea8ad2f1825c"},{"field":"theme","new":"Representation"},{"field":"stakeholderGroup","new":"entrepreneurs"},{"field":"severity","new":"major"},{"field":"statement","new":"Our associations are too fragmented to talk to the regulator in New Delhi."}]');
INSERT INTO public.audit_entries VALUES ('a6bfc82e-0ee4-4291-8145-f5a893d3fd65', 'chain_stage', '410e2162-e618-406c-a426-2ab96dc7dd25', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.040274+00', '[{"field":"diagnosticId","new":"1ed94f78-ebc6-4354-a521-ea8ad2f1825c"},{"field":"position","new":"1"},{"field":"name","new":"Procurement of produce"},{"field":"bottlenecks","new":"Quality of raw material not tested"}]');
INSERT INTO public.audit_entries VALUES ('10225b6a-53ea-46df-9eaa-e32e1fdd4df8', 'chain_stage', '94bd6122-908e-4981-a556-f3de9e07bfb1', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.053+00', '[{"field":"diagnosticId","new":"1ed94f78-ebc6-4354-a521-ea8ad2f1825c"},{"field":"position","new":"2"},{"field":"name","new":"Processing"},{"field":"bottlenecks","new":"Traditional practices, little hygiene control"}]');
INSERT INTO public.audit_entries VALUES ('c0864c53-4dde-4d1d-89ea-1ef85fcd8f36', 'chain_stage', '08969358-d11f-40e7-8e89-b8413b7dd574', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.063225+00', '[{"field":"diagnosticId","new":"1ed94f78-ebc6-4354-a521-ea8ad2f1825c"},{"field":"position","new":"3"},{"field":"name","new":"Testing"},{"field":"bottlenecks","new":"Existing laboratories unused"}]');
INSERT INTO public.audit_entries VALUES ('1c4188eb-4e8b-462a-85af-bf8efefdf121', 'chain_stage', 'ed8a11fc-1541-4d45-bae4-2c945fe5b3dc', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.073247+00', '[{"field":"diagnosticId","new":"1ed94f78-ebc6-4354-a521-ea8ad2f1825c"},{"field":"position","new":"4"},{"field":"name","new":"Marketing"},{"field":"bottlenecks","new":"Fear of audits keeps firms small"}]');
INSERT INTO public.audit_entries VALUES ('e9c63d74-c075-4f7d-9268-0c6c95887253', 'event', '059d2004-8c4b-4fb8-bd9b-4d5205361e5c', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.081573+00', '[{"field":"type","new":"bilateral_meeting"},{"field":"title","new":"Interviews with food processors"},{"field":"heldOn","new":"1998-03-10"},{"field":"actorIds","new":"6ceef8ea-646d-4190-a796-a27888fa814c"},{"field":"men","new":"6"},{"field":"countEntrepreneurs","new":"6"}]');
INSERT INTO public.audit_entries VALUES ('915d8417-2e1b-4efa-8317-095c72e700a6', 'event', 'da045712-11d8-4ad7-8600-66424d0b77a5', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.094052+00', '[{"field":"type","new":"bilateral_meeting"},{"field":"title","new":"Meeting with the testing laboratory"},{"field":"heldOn","new":"1998-04-02"},{"field":"actorIds","new":"515815de-4cfe-498e-8f99-f53ee648bba1"},{"field":"men","new":"2"}]');
INSERT INTO public.audit_entries VALUES ('b0210ba9-2253-437f-9a9a-8715396323b0', 'event', 'b0a429aa-d831-43ad-8493-27d9cfe47ce4', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.103823+00', '[{"field":"type","new":"group_meeting"},{"field":"title","new":"Entrepreneurs meet the food administration"},{"field":"heldOn","new":"1998-07-20"},{"field":"actorIds","new":"6ceef8ea-646d-4190-a796-a27888fa814c, 33fc25a6-ee79-4913-b206-1c75e8ec703a, 89b84a98-0bbc-4856-afb5-b119b21a8000, 515815de-4cfe-498e-8f99-f53ee648bba1"},{"field":"women","new":"4"},{"field":"men","new":"21"},{"field":"countEntrepreneurs","new":"18"},{"field":"outcomes","new":"Entrepreneurs admit they do not know the law; demand for an information point."}]');
INSERT INTO public.audit_entries VALUES ('9b55e67d-94fc-414a-8419-ab67214b2f2f', 'event', '464e2241-0ae6-4ac0-8bfb-cd4dd667b9df', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.112419+00', '[{"field":"type","new":"validation_meeting"},{"field":"title","new":"Validation of the diagnostic"},{"field":"heldOn","new":"1998-09-30"},{"field":"actorIds","new":"33fc25a6-ee79-4913-b206-1c75e8ec703a, 89b84a98-0bbc-4856-afb5-b119b21a8000, 515815de-4cfe-498e-8f99-f53ee648bba1"},{"field":"women","new":"5"},{"field":"men","new":"30"},{"field":"outcomes","new":"Umbrella organisation and technical centre put forward."}]');
INSERT INTO public.audit_entries VALUES ('a2541e48-aa4a-42f9-9fe5-9a870c4f6cf0', 'linkage', 'b84ada6a-6ad6-4350-a538-56869e6839ed', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.122072+00', '[{"field":"fromActorId","new":"33fc25a6-ee79-4913-b206-1c75e8ec703a"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"89b84a98-0bbc-4856-afb5-b119b21a8000"},{"field":"status","new":"missing"},{"field":"recordedOn","new":"1998-02-01"}]');
INSERT INTO public.audit_entries VALUES ('bc345eeb-c87b-4203-bd45-7d90b8807cc8', 'linkage', 'df4c3225-fbad-4936-b21b-b22c9261cc9a', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.129366+00', '[{"field":"fromActorId","new":"515815de-4cfe-498e-8f99-f53ee648bba1"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"6ceef8ea-646d-4190-a796-a27888fa814c"},{"field":"status","new":"to_strengthen"},{"field":"recordedOn","new":"1998-02-01"}]');
INSERT INTO public.audit_entries VALUES ('6fddec5a-61a9-472d-b7c5-7f758757717d', 'linkage', '1e3d8e91-3416-4edd-bc68-a8387978c874', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.136058+00', '[{"field":"fromActorId","new":"6ceef8ea-646d-4190-a796-a27888fa814c"},{"field":"tieType","new":"member_of"},{"field":"toActorId","new":"33fc25a6-ee79-4913-b206-1c75e8ec703a"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"1998-02-01"}]');
INSERT INTO public.audit_entries VALUES ('1512f59c-0265-4639-852f-77d60f9d1a99', 'linkage', '467699a7-c27e-4afc-a1c5-eafb3f63156a', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.143438+00', '[{"field":"fromActorId","new":"33fc25a6-ee79-4913-b206-1c75e8ec703a"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"89b84a98-0bbc-4856-afb5-b119b21a8000"},{"field":"status","new":"to_strengthen"},{"field":"recordedOn","new":"1998-09-30"}]');
INSERT INTO public.audit_entries VALUES ('a020759a-6fd9-4701-b69b-73015bb080f2', 'linkage', 'cf107dd8-db8d-47f8-9fcc-9b4c6616e7ab', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.326524+00', '[{"field":"fromActorId","new":"cc30a736-a01a-4e17-91e4-a2029cc54a88"},{"field":"tieType","new":"supplier_of"},{"field":"toActorId","new":"f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('e8810355-8d20-47a5-8fa4-b76e36883dab', 'diagnostic', '863cc427-8525-4b36-99a6-38dee57d3f9d', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.148103+00', '[{"field":"title","new":"Jaipur block printing cluster diagnostic"},{"field":"version","new":"1"},{"field":"status","new":"draft"},{"field":"startedOn","new":"1997-02-01"},{"field":"productionSystem","new":"About 350 small firms in hand-block and screen printing employing almost 10,000 workers; screen printers copy designs and use synthetic dyes."},{"field":"background","new":"Twenty years of bitter competition among block printers."},{"field":"earlierCooperation","new":"An attempt to cooperate failed some twenty years before; no move since."},{"field":"strengths","new":"Long tradition of hand-block printing, Natural dyes"},{"field":"opportunities","new":"Worldwide appreciation for ethnic design and eco-friendly dyes"},{"field":"threats","new":"Screen printers copying designs at lower cost"},{"field":"findings","new":"Unexploited capacity to target profitable national and world markets; marketing skills lacking."}]');
INSERT INTO public.audit_entries VALUES ('18fcf90b-d9d1-48e1-8fc8-6486ddcb7804', 'result', '5e538133-9891-46a5-8e3c-77f33de983da', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.16576+00', '[{"field":"indicatorId","new":"e0a2399f-2581-40bb-8dcf-8705e800e93b"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"8444cb9b-ad2d-40ea-adde-86a69ed514e2"},{"field":"observedOn","new":"1997-08-20"},{"field":"value","new":"26"},{"field":"diagnosticId","new":"863cc427-8525-4b36-99a6-38dee57d3f9d"},{"field":"source","new":"Diagnostic study"}]');
INSERT INTO public.audit_entries VALUES ('1b52c315-1099-45bf-87d3-c2c38daff0cb', 'result', '7a396da7-b9f2-4527-9787-82b86be3aa03', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.177877+00', '[{"field":"indicatorId","new":"e0a2399f-2581-40bb-8dcf-8705e800e93b"},{"field":"kind","new":"target"},{"field":"actorId","new":"8444cb9b-ad2d-40ea-adde-86a69ed514e2"},{"field":"observedOn","new":"2001-12-31"},{"field":"value","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('d39988d0-918e-4bc7-b579-13856c46fc81', 'result', 'dd9523da-4e9c-4229-9ea2-7b3fb8b2e571', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.190964+00', '[{"field":"indicatorId","new":"e0a2399f-2581-40bb-8dcf-8705e800e93b"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"8444cb9b-ad2d-40ea-adde-86a69ed514e2"},{"field":"observedOn","new":"2001-06-30"},{"field":"value","new":"120"},{"field":"source","new":"CALICO register"}]');
INSERT INTO public.audit_entries VALUES ('1476acb9-187b-4868-9b93-79d27dda595d', 'event', '99297542-451c-44df-903b-fcf1acd46969', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.198906+00', '[{"field":"type","new":"group_meeting"},{"field":"title","new":"Introductory meeting of block printers"},{"field":"heldOn","new":"1997-10-15"},{"field":"actorIds","new":"cc50c367-ded7-4e32-9f87-bd4e7f633e46, f35396d5-6446-49f3-906f-84cb0dc770e9"},{"field":"men","new":"4"},{"field":"countEntrepreneurs","new":"4"},{"field":"outcomes","new":"Most firms declined to attend; those who came were hostile."}]');
INSERT INTO public.audit_entries VALUES ('a3502229-7a0b-4efe-8350-b1ca21049230', 'event', '4e023a51-466f-4cfd-bbd1-7bba48b5cbaa', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.209773+00', '[{"field":"type","new":"bilateral_meeting"},{"field":"title","new":"One-to-one interviews with young artisans"},{"field":"heldOn","new":"1998-01-20"},{"field":"actorIds","new":"cc30a736-a01a-4e17-91e4-a2029cc54a88, dc4a7e22-df3d-471d-aed8-4d4cb1ff752b, 4ee67cd3-6944-47a4-8603-f22b2fdca978"},{"field":"men","new":"12"},{"field":"countEntrepreneurs","new":"12"}]');
INSERT INTO public.audit_entries VALUES ('2dd9fbcf-30e9-4365-9c79-897bce45f533', 'event', '983b1b5b-95f4-43ad-a3cc-777ca3e0189a', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.2204+00', '[{"field":"type","new":"training"},{"field":"title","new":"Market-orientation training for 23 young artisans"},{"field":"heldOn","new":"1998-03-02"},{"field":"actorIds","new":"cc30a736-a01a-4e17-91e4-a2029cc54a88, dc4a7e22-df3d-471d-aed8-4d4cb1ff752b, 4ee67cd3-6944-47a4-8603-f22b2fdca978, 84610432-f3df-4ebd-966b-6989f3da8380, 307e885c-ff8e-427c-af48-7dfd7f125c0a"},{"field":"men","new":"23"},{"field":"countEntrepreneurs","new":"23"},{"field":"outcomes","new":"Average age 21; marketing promotion, quality testing, product development, advertising, distribution."}]');
INSERT INTO public.audit_entries VALUES ('28f4432d-c6ec-420d-ae3f-987ab96017f9', 'event', '2994fcdd-41d1-4e66-be67-9b7645be00f7', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.231003+00', '[{"field":"type","new":"study_tour"},{"field":"title","new":"Study tour to Delhi showrooms and Jaipur trading houses"},{"field":"heldOn","new":"1998-04-10"},{"field":"actorIds","new":"cc30a736-a01a-4e17-91e4-a2029cc54a88, dc4a7e22-df3d-471d-aed8-4d4cb1ff752b, 4ee67cd3-6944-47a4-8603-f22b2fdca978"},{"field":"men","new":"23"},{"field":"countEntrepreneurs","new":"23"}]');
INSERT INTO public.audit_entries VALUES ('2466bbed-eb49-4a06-a55c-720f9b125f18', 'event', 'f69a019e-63ad-4677-97ea-becaf4fad162', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.242278+00', '[{"field":"type","new":"group_meeting"},{"field":"title","new":"Artisans'' meeting: parents attend"},{"field":"heldOn","new":"1998-07-15"},{"field":"actorIds","new":"cc50c367-ded7-4e32-9f87-bd4e7f633e46, f35396d5-6446-49f3-906f-84cb0dc770e9, cc30a736-a01a-4e17-91e4-a2029cc54a88, dc4a7e22-df3d-471d-aed8-4d4cb1ff752b, 4ee67cd3-6944-47a4-8603-f22b2fdca978, f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2, 7697381f-f476-49b0-839d-9d10339430ca, caca8b66-b352-4a94-83e5-a8d9020eec35, 8444cb9b-ad2d-40ea-adde-86a69ed514e2"},{"field":"women","new":"6"},{"field":"men","new":"38"},{"field":"countEntrepreneurs","new":"40"},{"field":"outcomes","new":"Parents who had declined earlier now take part."}]');
INSERT INTO public.audit_entries VALUES ('b62530b2-9951-46cb-b5d3-1b7707f4333c', 'event', 'a5e7e8c4-82ce-4c18-a692-3aafd08aa0ab', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.253315+00', '[{"field":"type","new":"trade_fair"},{"field":"title","new":"Joint stand at a national handicrafts fair"},{"field":"heldOn","new":"1999-02-05"},{"field":"actorIds","new":"8444cb9b-ad2d-40ea-adde-86a69ed514e2, dd355bfa-2d98-43e1-9ead-48f9cf433fde, f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2, 7697381f-f476-49b0-839d-9d10339430ca"},{"field":"women","new":"3"},{"field":"men","new":"9"}]');
INSERT INTO public.audit_entries VALUES ('2140d6a7-02ef-44e8-8d7f-697d2a3374d6', 'linkage', 'cc41c509-886d-4d33-bf52-a15057f9cc4d', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.26523+00', '[{"field":"fromActorId","new":"cc50c367-ded7-4e32-9f87-bd4e7f633e46"},{"field":"tieType","new":"in_conflict_with"},{"field":"toActorId","new":"f35396d5-6446-49f3-906f-84cb0dc770e9"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"1997-05-01"}]');
INSERT INTO public.audit_entries VALUES ('b5e5de6f-34ae-453c-a94c-394b98c1c801', 'linkage', '312953f8-13b8-4606-a34d-6aa44e0b1b2c', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.274913+00', '[{"field":"fromActorId","new":"cc50c367-ded7-4e32-9f87-bd4e7f633e46"},{"field":"tieType","new":"member_of"},{"field":"toActorId","new":"8444cb9b-ad2d-40ea-adde-86a69ed514e2"},{"field":"status","new":"missing"},{"field":"recordedOn","new":"1997-05-01"}]');
INSERT INTO public.audit_entries VALUES ('90133807-1940-43ba-82dc-e7b28f0d64a3', 'linkage', '5fb9ea8e-0890-437b-9538-bd587301c8b6', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.285065+00', '[{"field":"fromActorId","new":"307e885c-ff8e-427c-af48-7dfd7f125c0a"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"cc30a736-a01a-4e17-91e4-a2029cc54a88"},{"field":"status","new":"missing"},{"field":"recordedOn","new":"1997-05-01"}]');
INSERT INTO public.audit_entries VALUES ('ea55a90d-ca84-48b7-876c-a2a11c0f2e3b', 'linkage', '73f30919-414b-4e7d-aac7-c784be2d3a8f', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.295227+00', '[{"field":"fromActorId","new":"cc50c367-ded7-4e32-9f87-bd4e7f633e46"},{"field":"tieType","new":"member_of"},{"field":"toActorId","new":"8444cb9b-ad2d-40ea-adde-86a69ed514e2"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('5fa3a478-73f0-425d-9648-7aa97e34acfa', 'linkage', '8d2585a6-f209-400f-aaef-90167df88e7c', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.305478+00', '[{"field":"fromActorId","new":"307e885c-ff8e-427c-af48-7dfd7f125c0a"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"cc30a736-a01a-4e17-91e4-a2029cc54a88"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('85078881-91fc-48e5-8646-324753f33c96', 'linkage', '0d6934d8-a9a7-49a7-8243-b408eed48e8f', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.315644+00', '[{"field":"fromActorId","new":"cc50c367-ded7-4e32-9f87-bd4e7f633e46"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"f35396d5-6446-49f3-906f-84cb0dc770e9"},{"field":"status","new":"to_strengthen"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('e91bc512-8a1c-4f77-9bf8-75415822d16f', 'cluster', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'update', NULL, 'demo loader', '2026-12-02 15:50:28.12311+00', '[{"field":"stage","old":"selection","new":"implementation"}]');
INSERT INTO public.audit_entries VALUES ('e2c1322b-593e-4866-b40a-8dbaa4527c12', 'cluster', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'update', NULL, 'demo loader', '2026-12-02 15:50:28.154601+00', '[{"field":"stage","old":"selection","new":"implementation"}]');
INSERT INTO public.audit_entries VALUES ('53c3afb4-1e58-4672-b44e-1c74591baf27', 'linkage', '5fe311f2-743a-477c-8047-eeb03db6434b', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.337124+00', '[{"field":"fromActorId","new":"dc4a7e22-df3d-471d-aed8-4d4cb1ff752b"},{"field":"tieType","new":"supplier_of"},{"field":"toActorId","new":"f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('8a216a3e-fc6f-46a0-b838-7720104b7201', 'linkage', 'b963f708-bf19-4c7b-90b3-59e8b582eff1', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.348561+00', '[{"field":"fromActorId","new":"4ee67cd3-6944-47a4-8603-f22b2fdca978"},{"field":"tieType","new":"supplier_of"},{"field":"toActorId","new":"7697381f-f476-49b0-839d-9d10339430ca"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('cc97dd0a-6c65-4297-9add-9aa9f58b6200', 'linkage', 'fc6ffd49-f3d3-4f7d-afbd-175363848efd', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.360142+00', '[{"field":"fromActorId","new":"cc30a736-a01a-4e17-91e4-a2029cc54a88"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"dc4a7e22-df3d-471d-aed8-4d4cb1ff752b"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('b145a961-0ebe-41b2-b057-7c7b0728f996', 'linkage', 'c4664e82-dc6b-4821-b621-639385ba5605', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.371436+00', '[{"field":"fromActorId","new":"f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2"},{"field":"tieType","new":"supplier_of"},{"field":"toActorId","new":"dd355bfa-2d98-43e1-9ead-48f9cf433fde"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('e97b127e-ecca-45ce-b56e-f1b5a47d9c83', 'linkage', '9420b197-6212-47f3-9a12-f8b3899054d3', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.382787+00', '[{"field":"fromActorId","new":"7697381f-f476-49b0-839d-9d10339430ca"},{"field":"tieType","new":"supplier_of"},{"field":"toActorId","new":"dd355bfa-2d98-43e1-9ead-48f9cf433fde"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('3de0eba5-88a2-4034-b9f6-08f73e601b39', 'linkage', '9be824e0-a967-45db-bc6a-74db80981190', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.395127+00', '[{"field":"fromActorId","new":"caca8b66-b352-4a94-83e5-a8d9020eec35"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('8d285201-b41a-42b5-9545-3d9e1bc5afc0', 'linkage', '7dcd2553-160c-49eb-84c4-ef962a7fa5bf', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.407266+00', '[{"field":"fromActorId","new":"8ab481f9-6c8b-4d1d-85b5-dad9bbf9a35e"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('f2b5ba6f-ed43-4fbc-999d-869bf89acbd4', 'linkage', 'e0896291-097e-4627-b6c4-dbd61ee48beb', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.418383+00', '[{"field":"fromActorId","new":"f35396d5-6446-49f3-906f-84cb0dc770e9"},{"field":"tieType","new":"member_of"},{"field":"toActorId","new":"8444cb9b-ad2d-40ea-adde-86a69ed514e2"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('b2d2472d-ed71-4b88-9167-341f02445500', 'chain_stage', 'dfe3c137-e6b1-4c68-8367-b9678154604b', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.431289+00', '[{"field":"diagnosticId","new":"863cc427-8525-4b36-99a6-38dee57d3f9d"},{"field":"position","new":"1"},{"field":"name","new":"Dyeing and hand-block printing"},{"field":"actorIds","new":"cc50c367-ded7-4e32-9f87-bd4e7f633e46, f35396d5-6446-49f3-906f-84cb0dc770e9, cc30a736-a01a-4e17-91e4-a2029cc54a88, dc4a7e22-df3d-471d-aed8-4d4cb1ff752b, 4ee67cd3-6944-47a4-8603-f22b2fdca978"},{"field":"bottlenecks","new":"Screen printers copy designs at lower cost"}]');
INSERT INTO public.audit_entries VALUES ('30491486-3cdd-45c6-bae2-299e62e76897', 'chain_stage', 'd17fce4f-b1c1-4a42-aa82-12fbdf237993', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.447861+00', '[{"field":"diagnosticId","new":"863cc427-8525-4b36-99a6-38dee57d3f9d"},{"field":"position","new":"2"},{"field":"name","new":"Finishing and tailoring"},{"field":"actorIds","new":"f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2, 7697381f-f476-49b0-839d-9d10339430ca, caca8b66-b352-4a94-83e5-a8d9020eec35"},{"field":"bottlenecks","new":"Few units finish to export quality"}]');
INSERT INTO public.audit_entries VALUES ('5e150f3d-b060-483b-b044-8f91d26ca706', 'chain_stage', 'da0413cc-be34-4497-b378-41c5617dbcdb', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.461657+00', '[{"field":"diagnosticId","new":"863cc427-8525-4b36-99a6-38dee57d3f9d"},{"field":"position","new":"3"},{"field":"name","new":"Marketing and export"},{"field":"actorIds","new":"dd355bfa-2d98-43e1-9ead-48f9cf433fde"},{"field":"bottlenecks","new":"No direct access to buyers abroad"}]');
INSERT INTO public.audit_entries VALUES ('b06b192b-0e8d-4eeb-82fc-ca4015d52310', 'action_plan', '288a262c-d240-40e1-af35-58ec6503ab66', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.471437+00', '[{"field":"vision","new":"Revalue the traditional form of production and improve the living standards of the artisans."},{"field":"objectives","new":"Reach profitable markets, An autonomous governance framework"},{"field":"adoptedOn","new":"1998-10-01"},{"field":"currency","new":"USD"},{"field":"version","new":"1"}]');
INSERT INTO public.audit_entries VALUES ('cbdd62aa-90d8-4be4-bdb7-20be1d57f574', 'action', '219d5f22-6ac6-4258-ae39-642b3cd9b052', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.482342+00', '[{"field":"title","new":"Common showroom"},{"field":"objective","new":"Reach profitable markets"},{"field":"type","new":"joint_marketing"},{"field":"leadActorId","new":"8444cb9b-ad2d-40ea-adde-86a69ed514e2"},{"field":"startOn","new":"1999-01-01"},{"field":"endOn","new":"1999-12-31"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"},{"field":"achievedOutputs","new":"A common showroom opened."}]');
INSERT INTO public.audit_entries VALUES ('9635d4da-e031-4b8d-ba47-6e48321366c4', 'action', '8179d07f-8d4c-4da1-af70-401eb992de71', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.494386+00', '[{"field":"title","new":"New products and designs with NIFT"},{"field":"objective","new":"Reach profitable markets"},{"field":"type","new":"technical_assistance"},{"field":"leadActorId","new":"8ab481f9-6c8b-4d1d-85b5-dad9bbf9a35e"},{"field":"startOn","new":"1999-03-01"},{"field":"endOn","new":"2000-12-31"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('803caeb4-bef4-45d7-96df-3b87181e2e55', 'action', 'd6bef3cd-8d37-4adc-905e-c8c89f41482b', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.504522+00', '[{"field":"title","new":"Credit scheme"},{"field":"objective","new":"Reach profitable markets"},{"field":"type","new":"finance"},{"field":"leadActorId","new":"307e885c-ff8e-427c-af48-7dfd7f125c0a"},{"field":"startOn","new":"1999-06-01"},{"field":"endOn","new":"2001-06-30"},{"field":"status","new":"in_progress"},{"field":"percentComplete","new":"60"}]');
INSERT INTO public.audit_entries VALUES ('215b85be-2156-4e0e-8a73-30799c821121', 'action', 'ceee1b74-9f93-4954-b086-cef0c68cf7ab', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.516375+00', '[{"field":"title","new":"Revitalise CALICO"},{"field":"objective","new":"An autonomous governance framework"},{"field":"type","new":"institutional_capacity"},{"field":"leadActorId","new":"8444cb9b-ad2d-40ea-adde-86a69ed514e2"},{"field":"partnerIds","new":"84610432-f3df-4ebd-966b-6989f3da8380"},{"field":"startOn","new":"1998-10-01"},{"field":"endOn","new":"2001-06-30"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"},{"field":"achievedOutputs","new":"Membership from 26 to 120; COTEX formed."}]');
INSERT INTO public.audit_entries VALUES ('7660cb61-ff78-47e4-af0a-4e036aee7883', 'contribution', 'dd9df888-2020-429c-afeb-824da67caf54', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.528903+00', '[{"field":"actionId","new":"219d5f22-6ac6-4258-ae39-642b3cd9b052"},{"field":"funderName","new":"CALICO members"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"cash"},{"field":"pledged","new":"8000"},{"field":"pledgedOn","new":"1999-01-15"},{"field":"paid","new":"8000"},{"field":"paidOn","new":"1999-01-15"}]');
INSERT INTO public.audit_entries VALUES ('f91d2c37-c13d-4a6e-8d51-2966c966ba3f', 'contribution', 'afc7de1f-dea5-4ae0-bc55-81f17e57549c', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.537376+00', '[{"field":"actionId","new":"219d5f22-6ac6-4258-ae39-642b3cd9b052"},{"field":"funderName","new":"UNIDO project"},{"field":"funderKind","new":"project"},{"field":"form","new":"cash"},{"field":"pledged","new":"4000"},{"field":"pledgedOn","new":"1999-01-15"},{"field":"paid","new":"4000"},{"field":"paidOn","new":"1999-01-15"}]');
INSERT INTO public.audit_entries VALUES ('55519ccb-ecb8-475b-9d06-e7a061a0c070', 'handover_plan', 'b6a7b914-9975-4e5b-838c-ce32025426dd', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.545594+00', '[{"field":"institutionId","new":"84610432-f3df-4ebd-966b-6989f3da8380"},{"field":"agreedOn","new":"2000-01-15"},{"field":"takeoverOn","new":"2002-01-01"},{"field":"governance","new":"CALICO and COTEX with IIRD as cluster development agent."}]');
INSERT INTO public.audit_entries VALUES ('0f477dc4-bfeb-4fa2-8f24-e890aee67629', 'diagnostic', '0772daf2-cbb9-42b2-b65b-ea2c68fddb47', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.551749+00', '[{"field":"title","new":"Boaco and Chontales milk and cheese diagnostic"},{"field":"version","new":"1"},{"field":"status","new":"draft"},{"field":"startedOn","new":"1997-05-01"},{"field":"productionSystem","new":"Milk producers, collectors, processing cooperatives, testing laboratories and cheese retailers."},{"field":"institutionalSystem","new":"Many institutions (INPYME, INCAE, ministries, IDR) without coordination."},{"field":"findings","new":"Bottlenecks at every stage of the chain; quality and hygiene limit access to markets."}]');
INSERT INTO public.audit_entries VALUES ('fd4fd7d0-f844-4a7e-aff0-19c1253e84ed', 'chain_stage', '8c228402-14e6-4f57-9119-3c47b7c43e0b', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.559917+00', '[{"field":"diagnosticId","new":"0772daf2-cbb9-42b2-b65b-ea2c68fddb47"},{"field":"position","new":"1"},{"field":"name","new":"Milk production"},{"field":"bottlenecks","new":"Irregular supply"}]');
INSERT INTO public.audit_entries VALUES ('33f0bf74-6ceb-4fdd-a5a7-3bbf1c547b46', 'chain_stage', 'f48563c0-6612-4ff9-abcf-6903cf6c7bf6', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.569423+00', '[{"field":"diagnosticId","new":"0772daf2-cbb9-42b2-b65b-ea2c68fddb47"},{"field":"position","new":"2"},{"field":"name","new":"Milk collection"},{"field":"bottlenecks","new":"No cooling, milk spoils"}]');
INSERT INTO public.audit_entries VALUES ('4663f91b-0714-4928-b1a5-4e2af1efe967', 'chain_stage', '45198882-ad6b-41c7-801c-ba008b5c5da8', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.578678+00', '[{"field":"diagnosticId","new":"0772daf2-cbb9-42b2-b65b-ea2c68fddb47"},{"field":"position","new":"3"},{"field":"name","new":"Cheese processing"},{"field":"bottlenecks","new":"Poor hygiene, low yields, untreated waste water"}]');
INSERT INTO public.audit_entries VALUES ('80df4322-8fab-41f9-98ff-78aa8d9de3a9', 'chain_stage', 'e0e8918e-134d-4bb1-961d-f12e06f90fa8', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.586386+00', '[{"field":"diagnosticId","new":"0772daf2-cbb9-42b2-b65b-ea2c68fddb47"},{"field":"position","new":"4"},{"field":"name","new":"Retail"},{"field":"bottlenecks","new":"Few cheese types, no norms"}]');
INSERT INTO public.audit_entries VALUES ('b22a9a97-2e08-4e43-860f-57377b138970', 'result', 'ca420987-e277-4391-af2e-4d055c7c139b', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.602754+00', '[{"field":"indicatorId","new":"2a3bdce2-0e9e-4026-902e-bf94c9040c81"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"201bcc1e-1452-4495-bbea-114629ec88a9"},{"field":"observedOn","new":"1997-11-20"},{"field":"value","new":"10"},{"field":"diagnosticId","new":"0772daf2-cbb9-42b2-b65b-ea2c68fddb47"},{"field":"source","new":"Diagnostic study (illustrative value)"}]');
INSERT INTO public.audit_entries VALUES ('47557c5d-fb7e-41fb-84b8-e6b9b8dba694', 'result', '7deb2eac-5287-4268-9f8f-d9879e51acc6', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.613971+00', '[{"field":"indicatorId","new":"2a3bdce2-0e9e-4026-902e-bf94c9040c81"},{"field":"kind","new":"target"},{"field":"actorId","new":"201bcc1e-1452-4495-bbea-114629ec88a9"},{"field":"observedOn","new":"2001-12-31"},{"field":"value","new":"12"}]');
INSERT INTO public.audit_entries VALUES ('b4ffafed-f4bf-4cdc-948e-4a12b13acea0', 'result', 'a2b4ecc9-9bdb-4fca-83be-23190bf0c5b6', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.625261+00', '[{"field":"indicatorId","new":"2a3bdce2-0e9e-4026-902e-bf94c9040c81"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"201bcc1e-1452-4495-bbea-114629ec88a9"},{"field":"observedOn","new":"2000-12-31"},{"field":"value","new":"12.5"},{"field":"source","new":"+25 % as reported"}]');
INSERT INTO public.audit_entries VALUES ('48ee3d0d-07b4-43be-8cfa-f77347864352', 'result', 'e4459b37-6114-4132-b117-0026feb1adbc', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.638469+00', '[{"field":"indicatorId","new":"6879f732-7919-4c20-ab93-26083bd5ac15"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1997-11-20"},{"field":"value","new":"1000"},{"field":"diagnosticId","new":"0772daf2-cbb9-42b2-b65b-ea2c68fddb47"},{"field":"source","new":"Diagnostic study (illustrative value)"}]');
INSERT INTO public.audit_entries VALUES ('77caacaf-b020-4595-93f2-6eec547fcf6f', 'result', '18e90c82-d1be-4a8d-8fc7-35f728f10f19', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.646863+00', '[{"field":"indicatorId","new":"6879f732-7919-4c20-ab93-26083bd5ac15"},{"field":"kind","new":"target"},{"field":"observedOn","new":"2001-12-31"},{"field":"value","new":"400"}]');
INSERT INTO public.audit_entries VALUES ('6b52a64e-18df-4543-a1e0-78bf7098b05d', 'result', 'b9a59a7d-9e5e-4822-855c-654d33d888fc', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.655836+00', '[{"field":"indicatorId","new":"6879f732-7919-4c20-ab93-26083bd5ac15"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-12-31"},{"field":"value","new":"300"},{"field":"source","new":"Reduced up to 70 %"}]');
INSERT INTO public.audit_entries VALUES ('cc9eb2bd-f553-4bc0-accf-f2b50653090d', 'result', '0dd9d318-32da-4d99-8dfd-87b502f7538b', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.666663+00', '[{"field":"indicatorId","new":"edf96f0f-37ec-4e2d-ac5a-002ed3e6cf03"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1997-11-20"},{"field":"value","new":"0"},{"field":"diagnosticId","new":"0772daf2-cbb9-42b2-b65b-ea2c68fddb47"}]');
INSERT INTO public.audit_entries VALUES ('950ca123-bcd3-4612-a257-40a3a7a3b009', 'result', '7ab5ed96-6435-4eeb-be2c-a72c2635a39b', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.673422+00', '[{"field":"indicatorId","new":"edf96f0f-37ec-4e2d-ac5a-002ed3e6cf03"},{"field":"kind","new":"target"},{"field":"observedOn","new":"2000-12-31"},{"field":"value","new":"4"}]');
INSERT INTO public.audit_entries VALUES ('06223e10-4cf4-47a4-a67f-79fbba72fbcd', 'result', 'bd129b40-5748-476b-a448-ae87980b6459', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.680162+00', '[{"field":"indicatorId","new":"edf96f0f-37ec-4e2d-ac5a-002ed3e6cf03"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-12-31"},{"field":"value","new":"5"},{"field":"source","new":"Five new types launched"}]');
INSERT INTO public.audit_entries VALUES ('d45b7074-39ab-4f27-b3de-9343df17c639', 'event', '2a42f7f8-f74c-47b8-ac39-e13a197a02d0', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.68599+00', '[{"field":"type","new":"group_meeting"},{"field":"title","new":"Committee for institutional coordination"},{"field":"heldOn","new":"1997-09-10"},{"field":"actorIds","new":"b8bc8d2b-fe47-4d58-80e4-36f2a62c40ac, 4ff93b26-3fa1-4217-aab4-4313c93d133b"},{"field":"women","new":"3"},{"field":"men","new":"9"}]');
INSERT INTO public.audit_entries VALUES ('b3c07e54-05a6-499a-93f0-7736cb31b845', 'event', '1197a86e-1a7c-40d7-b47e-4b283d059475', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.695171+00', '[{"field":"type","new":"workshop"},{"field":"title","new":"Benchmarking with Latin American and Dutch dairy clusters"},{"field":"heldOn","new":"1998-02-12"},{"field":"actorIds","new":"b8bc8d2b-fe47-4d58-80e4-36f2a62c40ac, 4ff93b26-3fa1-4217-aab4-4313c93d133b, 035eb7a1-4bae-4320-9dbf-c0d2cbaba764, 201bcc1e-1452-4495-bbea-114629ec88a9"},{"field":"women","new":"8"},{"field":"men","new":"27"},{"field":"countEntrepreneurs","new":"20"}]');
INSERT INTO public.audit_entries VALUES ('fc6d66ae-cb21-401d-ba8b-508a7ce4b335', 'event', '08edfca9-c0b9-40d2-b4ca-5d122f4857b1', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.704904+00', '[{"field":"type","new":"training"},{"field":"title","new":"Hygiene and yield training for cheese makers"},{"field":"heldOn","new":"1998-06-08"},{"field":"actorIds","new":"201bcc1e-1452-4495-bbea-114629ec88a9, 035eb7a1-4bae-4320-9dbf-c0d2cbaba764, b8bc8d2b-fe47-4d58-80e4-36f2a62c40ac"},{"field":"women","new":"12"},{"field":"men","new":"18"},{"field":"countEntrepreneurs","new":"30"}]');
INSERT INTO public.audit_entries VALUES ('bb6951b8-f9df-4600-9069-ab98a01281b8', 'linkage', '70313f63-352d-49a8-95a2-130998b9cd7e', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.732501+00', '[{"field":"fromActorId","new":"201bcc1e-1452-4495-bbea-114629ec88a9"},{"field":"tieType","new":"buyer_of"},{"field":"toActorId","new":"035eb7a1-4bae-4320-9dbf-c0d2cbaba764"},{"field":"status","new":"to_strengthen"},{"field":"recordedOn","new":"1997-06-01"}]');
INSERT INTO public.audit_entries VALUES ('0a976b90-47f5-4f3a-b367-0d82bb7fe4cf', 'linkage', 'b2af20de-37c4-4a3b-a78a-d56a68a8c16b', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.740571+00', '[{"field":"fromActorId","new":"c90ca835-6a3c-41b2-ac7c-7e5e3e6310a5"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"201bcc1e-1452-4495-bbea-114629ec88a9"},{"field":"status","new":"missing"},{"field":"recordedOn","new":"1997-06-01"}]');
INSERT INTO public.audit_entries VALUES ('b2b83e95-8a93-4478-9781-b047a55abe71', 'linkage', 'da135897-08e7-44cd-a35e-c84881bf5788', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.74888+00', '[{"field":"fromActorId","new":"035eb7a1-4bae-4320-9dbf-c0d2cbaba764"},{"field":"tieType","new":"member_of"},{"field":"toActorId","new":"db49bd04-280f-4bd5-969a-9ebf3e987da2"},{"field":"status","new":"missing"},{"field":"recordedOn","new":"1997-06-01"}]');
INSERT INTO public.audit_entries VALUES ('4964835f-0272-445c-9f00-84c4d3cbcd55', 'linkage', 'e9f12390-bf4a-4c58-8db3-b8601723567f', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.75705+00', '[{"field":"fromActorId","new":"201bcc1e-1452-4495-bbea-114629ec88a9"},{"field":"tieType","new":"buyer_of"},{"field":"toActorId","new":"035eb7a1-4bae-4320-9dbf-c0d2cbaba764"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('2ed8b2d4-81a9-4f3d-add8-9d382276129e', 'cluster', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', 'update', NULL, 'demo loader', '2026-12-02 15:50:28.185449+00', '[{"field":"stage","old":"selection","new":"implementation"}]');
INSERT INTO public.audit_entries VALUES ('93f92e23-85a7-4bde-a27e-0112ede00fa3', 'linkage', '8b6e1e26-5615-4a3d-b253-0b5910e28a1f', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.767248+00', '[{"field":"fromActorId","new":"035eb7a1-4bae-4320-9dbf-c0d2cbaba764"},{"field":"tieType","new":"member_of"},{"field":"toActorId","new":"db49bd04-280f-4bd5-969a-9ebf3e987da2"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('795174cc-0948-4a6f-9075-92bbb1d40fbf', 'action_plan', 'f4319977-7715-4b91-a5fe-d64f0dce0070', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.772595+00', '[{"field":"vision","new":"A cluster known for safe, varied cheese made without harming its rivers."},{"field":"objectives","new":"Quality of cheese, Diversification, Environment, Organisation"},{"field":"adoptedOn","new":"1998-03-01"},{"field":"currency","new":"USD"},{"field":"version","new":"1"}]');
INSERT INTO public.audit_entries VALUES ('59dcb7ac-240d-43b1-8877-9d805a45908b', 'action', 'c164bcf1-5315-445b-9ed6-6b4e9c6d304b', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.7797+00', '[{"field":"title","new":"Technical norms for fresh milk and milk products"},{"field":"objective","new":"Quality of cheese"},{"field":"type","new":"quality_standards"},{"field":"leadActorId","new":"b8bc8d2b-fe47-4d58-80e4-36f2a62c40ac"},{"field":"startOn","new":"1998-03-01"},{"field":"endOn","new":"1999-06-30"},{"field":"status","new":"in_progress"},{"field":"percentComplete","new":"60"}]');
INSERT INTO public.audit_entries VALUES ('74187d52-1ac0-4c60-8ff6-b2cdee61ea5c', 'action', '4b26e9f8-a59a-42a4-8703-20d02a4d2c4f', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.789067+00', '[{"field":"title","new":"Product diversification"},{"field":"objective","new":"Diversification"},{"field":"type","new":"technical_assistance"},{"field":"leadActorId","new":"b8bc8d2b-fe47-4d58-80e4-36f2a62c40ac"},{"field":"partnerIds","new":"98a44dde-6343-4602-b6f0-9d818741878b"},{"field":"startOn","new":"1998-06-01"},{"field":"endOn","new":"2000-12-31"},{"field":"status","new":"in_progress"},{"field":"percentComplete","new":"40"}]');
INSERT INTO public.audit_entries VALUES ('5d3ff1dc-a955-4f08-94c8-cc86ab24894c', 'action', 'f9f873a1-4812-4361-aa7c-0b1a92053866', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.798438+00', '[{"field":"title","new":"Waste-water treatment and relocation study"},{"field":"objective","new":"Environment"},{"field":"type","new":"infrastructure"},{"field":"leadActorId","new":"035eb7a1-4bae-4320-9dbf-c0d2cbaba764"},{"field":"startOn","new":"1999-01-01"},{"field":"endOn","new":"2001-06-30"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('3d6b3c4d-7277-4263-ba3f-dc4504349b80', 'action', '391c2ea3-b057-4a3c-944a-4ba070e810d9', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.80535+00', '[{"field":"title","new":"Cooperative for milk supply and joint purchasing"},{"field":"objective","new":"Organisation"},{"field":"type","new":"institutional_capacity"},{"field":"leadActorId","new":"035eb7a1-4bae-4320-9dbf-c0d2cbaba764"},{"field":"startOn","new":"1998-09-01"},{"field":"endOn","new":"1999-12-31"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('9d270bea-056a-4dc5-8ea9-df0ee6360b0f', 'contribution', '9fbf75c9-13fc-493b-afee-9f2b3b755ed7', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.81237+00', '[{"field":"actionId","new":"4b26e9f8-a59a-42a4-8703-20d02a4d2c4f"},{"field":"funderName","new":"Inter-American Development Bank"},{"field":"funderKind","new":"project"},{"field":"form","new":"cash"},{"field":"pledged","new":"30000"},{"field":"pledgedOn","new":"1998-06-01"},{"field":"paid","new":"30000"},{"field":"paidOn","new":"1998-06-01"}]');
INSERT INTO public.audit_entries VALUES ('047c48a7-c7c3-4da0-b12c-9878f16cf60a', 'contribution', '055b0ed5-9dfa-4886-a995-18b20e64f4bb', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.819844+00', '[{"field":"actionId","new":"c164bcf1-5315-445b-9ed6-6b4e9c6d304b"},{"field":"funderName","new":"Ministry of Health"},{"field":"funderKind","new":"government"},{"field":"form","new":"cash"},{"field":"pledged","new":"10000"},{"field":"pledgedOn","new":"1998-03-15"},{"field":"paid","new":"6000"},{"field":"paidOn","new":"1998-03-15"}]');
INSERT INTO public.audit_entries VALUES ('1d96be94-c90a-44a7-82d7-e8c92c62d642', 'contribution', '0d9f89a7-79b4-4fb7-b933-d490ad9488a1', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.827053+00', '[{"field":"actionId","new":"c164bcf1-5315-445b-9ed6-6b4e9c6d304b"},{"field":"funderName","new":"Cheese makers"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"in_kind"},{"field":"pledged","new":"5000"},{"field":"pledgedOn","new":"1998-03-15"},{"field":"paid","new":"5000"},{"field":"paidOn","new":"1998-03-15"}]');
INSERT INTO public.audit_entries VALUES ('114919d4-02b8-4477-86fe-52be1a93c680', 'plan_review', 'f9d5cc75-21a8-45c7-859a-97dbd4ca4b7d', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.836879+00', '[{"field":"reviewedOn","new":"1999-07-15"},{"field":"version","new":"1"},{"field":"checked","new":"Norms done; diversification ahead of plan; waste water not started."},{"field":"learned","new":"Ministries act together when the committee sets the agenda."},{"field":"changes","new":"Start the waste-water study with the cooperative; add a second diversification round."}]');
INSERT INTO public.audit_entries VALUES ('7ac33761-e2e1-40b4-aadb-7563e1e0dd90', 'handover_plan', 'fc96e705-9497-4631-a807-13902fa30d1e', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.85734+00', '[{"field":"institutionId","new":"5a070684-f1aa-42a8-86d1-f415fa57a9e3"},{"field":"agreedOn","new":"1999-09-01"},{"field":"takeoverOn","new":"2002-01-01"},{"field":"brokerName","new":"Field worker of the foundation (illustrative)"},{"field":"governance","new":"Alianza Láctea progressively leads the cluster''s governance."}]');
INSERT INTO public.audit_entries VALUES ('0d7dd38d-3a9d-40ca-8632-62fc595bb73e', 'readiness_item', 'ef096d84-baeb-4cab-999f-6896eee5f949', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.862604+00', '[{"field":"item","new":"Executive director and field worker trained at the Joint Learning Programme in Chile"},{"field":"met","new":"yes"},{"field":"metOn","new":"2000-03-01"}]');
INSERT INTO public.audit_entries VALUES ('9eb4809e-7866-462b-a994-6d633d739f7c', 'readiness_item', '3126a444-b587-4a10-b848-e55c7786090e', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.869138+00', '[{"field":"item","new":"Field worker trained on the job by project consultants"},{"field":"met","new":"yes"},{"field":"metOn","new":"2000-12-01"}]');
INSERT INTO public.audit_entries VALUES ('de1dff37-4705-4b09-8c78-dc0b651641a0', 'readiness_item', '8c584f0d-0097-48d6-bfc4-9edc7af2e1ce', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.873278+00', '[{"field":"item","new":"Foundation budget covers the field worker''s full salary"},{"field":"met","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('9bb1f37c-96b3-4e70-b1be-fa1836c10ccf', 'broker_cost_step', '9ed876e9-ce26-43a5-be63-fbdf058a9af1', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.879411+00', '[{"field":"fromOn","new":"1999-09-01"},{"field":"projectShare","new":"100"},{"field":"institutionShare","new":"0"}]');
INSERT INTO public.audit_entries VALUES ('0e795a13-9978-4732-8bb0-88deaa23f9b6', 'broker_cost_step', '2ba088a0-db50-4af0-802e-bbbb8945d104', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.884657+00', '[{"field":"fromOn","new":"2000-09-01"},{"field":"projectShare","new":"60"},{"field":"institutionShare","new":"40"}]');
INSERT INTO public.audit_entries VALUES ('e0ea05a5-a9d0-421c-b19c-57f54b13d1fb', 'broker_cost_step', '847cf861-aaa0-48c7-af0b-ef63b59a462a', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.889432+00', '[{"field":"fromOn","new":"2002-01-01"},{"field":"projectShare","new":"0"},{"field":"institutionShare","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('43aea100-8883-4552-8b09-8b008a76da94', 'diagnostic', '820b6f9b-6fcf-466e-9fc9-63bc85f718ee', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.894402+00', '[{"field":"title","new":"Ludhiana knitwear cluster diagnostic"},{"field":"version","new":"1"},{"field":"status","new":"draft"},{"field":"startedOn","new":"1997-04-01"},{"field":"productionSystem","new":"Over 10,000 small and medium firms, nearly 90 % of the national market for woollen knitwear."},{"field":"weaknesses","new":"Workers'' skills, Finishing technology, Few skilled women workers"},{"field":"opportunities","new":"Higher segments of the domestic market, Exports"},{"field":"threats","new":"Liberalisation and cheaper goods from Nepal and China"}]');
INSERT INTO public.audit_entries VALUES ('00cfd7c9-2fd5-4ef7-beb7-69384f20eea7', 'event', '9396f88c-b118-4113-bb50-5430b573ff33', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.899562+00', '[{"field":"type","new":"group_meeting"},{"field":"title","new":"APPEAL meets the Department of Technical Education"},{"field":"heldOn","new":"1998-11-05"},{"field":"actorIds","new":"731c39f6-413c-40aa-9202-10d81e3d1dc3, 62f57139-a475-4d67-8279-acdee0f743e5"},{"field":"women","new":"2"},{"field":"men","new":"8"},{"field":"outcomes","new":"Memorandum of understanding for a training cell at GPW."}]');
INSERT INTO public.audit_entries VALUES ('1c9ccecb-6358-46b7-9ffd-6077b7ae7624', 'event', '91b8bb08-8356-462e-bf2c-5f35aae97ea0', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.907012+00', '[{"field":"type","new":"training"},{"field":"title","new":"First training batch at GPW"},{"field":"heldOn","new":"1999-09-01"},{"field":"actorIds","new":"3c5527db-d13a-4a10-bbd4-0dc1182a183c, 731c39f6-413c-40aa-9202-10d81e3d1dc3, 503295cb-7a21-4568-ad8c-16e7f4293f35"},{"field":"women","new":"20"},{"field":"outcomes","new":"Three months, theory and practice."}]');
INSERT INTO public.audit_entries VALUES ('783e0fa7-45eb-4e2b-8802-956d065ad91a', 'linkage', '59c8b151-6a7a-4d03-9cc8-c485be934bd7', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.915722+00', '[{"field":"fromActorId","new":"731c39f6-413c-40aa-9202-10d81e3d1dc3"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"62f57139-a475-4d67-8279-acdee0f743e5"},{"field":"status","new":"missing"},{"field":"recordedOn","new":"1998-01-01"}]');
INSERT INTO public.audit_entries VALUES ('60f20074-9834-4bf8-a5de-b524c5247efd', 'linkage', 'd24428c6-2809-48a9-9a19-e483a87559c7', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.92289+00', '[{"field":"fromActorId","new":"731c39f6-413c-40aa-9202-10d81e3d1dc3"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"62f57139-a475-4d67-8279-acdee0f743e5"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"1999-01-01"}]');
INSERT INTO public.audit_entries VALUES ('7aafefa3-23cf-4be4-b2b2-5910a5e50ee7', 'linkage', '750e6b3f-f09c-4b2f-9985-4b0398d7f8d5', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.930166+00', '[{"field":"fromActorId","new":"3c5527db-d13a-4a10-bbd4-0dc1182a183c"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"731c39f6-413c-40aa-9202-10d81e3d1dc3"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"1999-09-01"}]');
INSERT INTO public.audit_entries VALUES ('36eee871-e7e9-4b10-ab19-9e05d55296cd', 'action_plan', 'da1ad074-3ad1-4fbc-bd4a-64ba12b43801', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.93493+00', '[{"field":"vision","new":"Move the cluster to higher market segments and exports through skills and technology."},{"field":"objectives","new":"Skilled workforce, Exports"},{"field":"adoptedOn","new":"1998-06-01"},{"field":"currency","new":"USD"},{"field":"version","new":"1"}]');
INSERT INTO public.audit_entries VALUES ('e8036658-ed70-440b-a63d-3a57d195dd0b', 'action', '7c219a18-d65f-4eb8-9690-3d44ef404d3b', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.943587+00', '[{"field":"title","new":"Training cell for women machine operators at GPW"},{"field":"objective","new":"Skilled workforce"},{"field":"type","new":"training"},{"field":"leadActorId","new":"731c39f6-413c-40aa-9202-10d81e3d1dc3"},{"field":"partnerIds","new":"3c5527db-d13a-4a10-bbd4-0dc1182a183c, 503295cb-7a21-4568-ad8c-16e7f4293f35, daabb77a-7afa-4de4-b55d-3668ad0be176"},{"field":"startOn","new":"1999-09-01"},{"field":"endOn","new":"2000-09-30"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"},{"field":"achievedOutputs","new":"7 batches; more than 110 women trained; 80 % employed in the cluster."}]');
INSERT INTO public.audit_entries VALUES ('a599f207-2be0-4ca4-9ff7-67bf5933d1bf', 'action', '32a80a73-bef8-40b9-9720-07d314d25431', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.952332+00', '[{"field":"title","new":"Visits to foreign fairs"},{"field":"objective","new":"Exports"},{"field":"type","new":"joint_marketing"},{"field":"leadActorId","new":"731c39f6-413c-40aa-9202-10d81e3d1dc3"},{"field":"startOn","new":"1998-09-01"},{"field":"endOn","new":"2000-12-31"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('cf5f2082-d0ea-41a8-b67e-edadf503c3c4', 'contribution', '191d8bca-7810-48ad-adc0-4f1fef076904', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.960852+00', '[{"field":"actionId","new":"7c219a18-d65f-4eb8-9690-3d44ef404d3b"},{"field":"funderName","new":"UNIDO project"},{"field":"funderKind","new":"project"},{"field":"form","new":"cash"},{"field":"pledged","new":"20000"},{"field":"pledgedOn","new":"1999-06-01"},{"field":"paid","new":"20000"},{"field":"paidOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('7ed8ecd6-66e3-4afc-ac76-67195204a254', 'contribution', '59ed4cc8-2420-45e6-90e9-2c4be1ac8d3d', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.967468+00', '[{"field":"actionId","new":"7c219a18-d65f-4eb8-9690-3d44ef404d3b"},{"field":"funderName","new":"APPEAL members (syllabus and machinery)"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"in_kind"},{"field":"pledged","new":"58000"},{"field":"pledgedOn","new":"1999-06-01"},{"field":"paid","new":"58000"},{"field":"paidOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('17521aac-998c-4e24-8bba-837e3d466b73', 'contribution', '13ebf51d-379a-484a-b71e-8c8d04cdd279', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.975279+00', '[{"field":"actionId","new":"7c219a18-d65f-4eb8-9690-3d44ef404d3b"},{"field":"funderName","new":"Japanese machinery company"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"in_kind"},{"field":"pledged","new":"16000"},{"field":"pledgedOn","new":"1999-06-01"},{"field":"paid","new":"16000"},{"field":"paidOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('4d293cef-f578-4f8c-abc0-23add0c84197', 'contribution', 'e3122b92-5459-47ce-b91e-684e75ba26ce', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.98306+00', '[{"field":"actionId","new":"7c219a18-d65f-4eb8-9690-3d44ef404d3b"},{"field":"funderName","new":"GPW and local NGO"},{"field":"funderKind","new":"institutions"},{"field":"form","new":"in_kind"},{"field":"pledged","new":"6000"},{"field":"pledgedOn","new":"1999-06-01"},{"field":"paid","new":"6000"},{"field":"paidOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('69d890d1-267b-421e-a1b0-61006a468e9f', 'result', 'b6423233-6102-4db4-a3dc-fb8d3fa509fd', 'create', NULL, 'demo loader', '2026-12-02 15:50:27.992493+00', '[{"field":"indicatorId","new":"09ac4041-2c67-4e9c-a255-6939abe88823"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1999-08-31"},{"field":"value","new":"0"}]');
INSERT INTO public.audit_entries VALUES ('340dc46f-905f-4746-8424-7bedbd052158', 'result', 'dee468c4-6a7b-41de-ac8b-e90222f5e8a9', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.002289+00', '[{"field":"indicatorId","new":"09ac4041-2c67-4e9c-a255-6939abe88823"},{"field":"kind","new":"target"},{"field":"observedOn","new":"2000-09-30"},{"field":"value","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('285bfd69-d14d-44b7-b877-814a898a342b', 'result', '8feae48f-9cb0-40a1-bad1-bd01fc53c2cf', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.012515+00', '[{"field":"indicatorId","new":"09ac4041-2c67-4e9c-a255-6939abe88823"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-09-30"},{"field":"value","new":"110"},{"field":"source","new":"GPW records, 7 batches"}]');
INSERT INTO public.audit_entries VALUES ('a78147ed-b6f7-4b1d-8f09-88c968ad2c48', 'result', 'df0361aa-efc0-482f-8620-83d929916118', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.021143+00', '[{"field":"indicatorId","new":"c881f8e4-4037-46fa-a1ac-1000a44e5336"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1999-08-31"},{"field":"value","new":"0"}]');
INSERT INTO public.audit_entries VALUES ('d290c528-841b-44d3-b9f8-078c5f828259', 'result', 'f8353237-2c94-4f5f-a9f2-0dd2d9e3b42d', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.029423+00', '[{"field":"indicatorId","new":"c881f8e4-4037-46fa-a1ac-1000a44e5336"},{"field":"kind","new":"target"},{"field":"observedOn","new":"2000-09-30"},{"field":"value","new":"70"}]');
INSERT INTO public.audit_entries VALUES ('3f8bd31c-0357-47f1-b2e6-f4e49cd4c6df', 'result', 'b8ac566e-c9ba-4af7-98fe-84e60f0bf522', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.038944+00', '[{"field":"indicatorId","new":"c881f8e4-4037-46fa-a1ac-1000a44e5336"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-09-30"},{"field":"value","new":"80"},{"field":"source","new":"Found immediate employment in the cluster"}]');
INSERT INTO public.audit_entries VALUES ('ef3ba2c0-23b1-48be-ac53-7052b6834ffe', 'diagnostic', '5c7141fe-0c4d-4b35-8bb2-e1f31fb6b449', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.04544+00', '[{"field":"title","new":"Fez leather cluster diagnostic"},{"field":"version","new":"1"},{"field":"status","new":"draft"},{"field":"startedOn","new":"2000-03-01"},{"field":"productionSystem","new":"Tanneries in the old town discharge untreated effluent; relocation is under discussion. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('b15817e4-5896-4db3-8b19-f8de9e683fed', 'diagnostic', '1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 'validate', NULL, 'demo loader', '2026-12-02 15:50:28.055977+00', '[{"field":"status","old":"draft","new":"validated"},{"field":"validatedOn","new":"1998-09-30"},{"field":"validatedBy","new":"Validation meeting with entrepreneurs, the testing laboratory and the food administration"},{"field":"validationEventId","new":"464e2241-0ae6-4ac0-8bfb-cd4dd667b9df"}]');
INSERT INTO public.audit_entries VALUES ('2f8bbd36-b712-4842-abe9-a043e7c4bae3', 'diagnostic', '863cc427-8525-4b36-99a6-38dee57d3f9d', 'validate', NULL, 'demo loader', '2026-12-02 15:50:28.061828+00', '[{"field":"status","old":"draft","new":"validated"},{"field":"validatedOn","new":"1997-08-20"},{"field":"validatedBy","new":"Validation meeting with artisans, CALICO and support agencies"}]');
INSERT INTO public.audit_entries VALUES ('6c371df2-03dd-4a58-bd3a-15d0a294dbce', 'diagnostic', '0772daf2-cbb9-42b2-b65b-ea2c68fddb47', 'validate', NULL, 'demo loader', '2026-12-02 15:50:28.067728+00', '[{"field":"status","old":"draft","new":"validated"},{"field":"validatedOn","new":"1997-11-20"},{"field":"validatedBy","new":"Committee for institutional coordination"}]');
INSERT INTO public.audit_entries VALUES ('fbc1cf5f-415d-4650-9731-22e440612060', 'diagnostic', '820b6f9b-6fcf-466e-9fc9-63bc85f718ee', 'validate', NULL, 'demo loader', '2026-12-02 15:50:28.074023+00', '[{"field":"status","old":"draft","new":"validated"},{"field":"validatedOn","new":"1997-10-10"},{"field":"validatedBy","new":"Cluster stakeholders'' meeting"}]');
INSERT INTO public.audit_entries VALUES ('b29e2adc-0fcf-4f2b-8b7b-5dc634a9cb26', 'cluster', 'eec7305b-7fe8-4017-866e-091f78491330', 'update', NULL, 'demo loader', '2026-12-02 15:50:28.096245+00', '[{"field":"stage","old":"selection","new":"action_planning"}]');
INSERT INTO public.audit_entries VALUES ('e9382d9e-7b39-4274-b5d3-992e28a950a3', 'net_assessment', '654c49d9-47ab-4e43-9c8b-8559cb76304b', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.217325+00', '[{"field":"assessedOn","new":"1998-04-15"},{"field":"phase","new":"promotion"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"2"},{"field":"groupCohesionEvidence","new":"Fifteen workshops met for the first time through the broker."},{"field":"internalOrganizationScore","new":"1"},{"field":"strategicAnalysisScore","new":"1"},{"field":"strategicPlanningScore","new":"1"},{"field":"productionRestructuringScore","new":"1"},{"field":"economicPerformanceScore","new":"1"},{"field":"institutionalConnectionScore","new":"1"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('3b991378-1dcf-4805-8ab3-4133e2fcebe4', 'phase_decision', '5f908825-6ab7-4a5b-9d72-38afe2061dd0', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.237581+00', '[{"field":"decidedOn","new":"1998-05-01"},{"field":"fromPhase","new":"promotion"},{"field":"toPhase","new":"strategic_planning"},{"field":"reason","new":"Fifteen woodworkers committed to working together."},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('99163723-508b-4671-adaf-4c3673c29f65', 'network', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'update', NULL, 'demo loader', '2026-12-02 15:50:28.241458+00', '[{"field":"phase","old":"promotion","new":"strategic_planning"}]');
INSERT INTO public.audit_entries VALUES ('da3adf26-0965-4c81-8c95-8a3123d90793', 'business_plan', '93305c6f-0998-4c8c-839b-f103cb998322', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.247079+00', '[{"field":"title","new":"Masaya woodworkers'' business plan"},{"field":"version","new":"1"},{"field":"objectives","new":"Cheaper wood and inputs, Reach buyers abroad"},{"field":"jointActivities","new":"Shared input shop, Bulk wood purchasing, Common catalogue, Exports of rocking chairs"},{"field":"budget","new":"18000"},{"field":"currency","new":"USD"},{"field":"periodStart","new":"1998-07-01"},{"field":"periodEnd","new":"2001-06-30"},{"field":"adoptedOn","new":"1998-06-15"}]');
INSERT INTO public.audit_entries VALUES ('f14bf931-5d9c-46e3-92ef-285548700c02', 'phase_decision', 'ab9a95c8-5657-4b72-9bcb-7d457c62c2b0', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.261525+00', '[{"field":"decidedOn","new":"1998-07-01"},{"field":"fromPhase","new":"strategic_planning"},{"field":"toPhase","new":"pilot_projects"},{"field":"reason","new":"Business plan adopted by the members."},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('881714eb-4877-44ba-b629-f4ea9be96ccb', 'network', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'update', NULL, 'demo loader', '2026-12-02 15:50:28.264006+00', '[{"field":"phase","old":"strategic_planning","new":"pilot_projects"}]');
INSERT INTO public.audit_entries VALUES ('b7ad037e-d9ff-401b-a64e-424d0c41a4f8', 'joint_project', 'd8c1830a-3940-4016-be6f-6218058feec5', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.275791+00', '[{"field":"title","new":"Shared input shop"},{"field":"scale","new":"pilot"},{"field":"type","new":"input_shop"},{"field":"participantIds","new":"793aef8a-5314-41b6-8b0f-58da6507ce4d, c9a00bbb-93da-4b42-92a9-7dd6e72a2dd0, d87190e3-fa07-40be-b6d5-678a8bc73725, 96242a8c-933f-49ae-9c99-8c8df60e517c, 469d4a95-2528-4e22-b3d5-9b0a6a751cce, cdb93202-3be8-4ba0-bcda-baec4562f760, 087d9c46-0bcf-4d83-ad6d-b9decde2f1c1, 79177299-951c-4a54-9df6-9f5ea392b313, cef2c1ac-189a-4402-a2d5-8b80fdf5bbd3, cf092e21-cce1-4061-9ffa-0059c3a919bc, 7aca36be-059f-4675-a348-a6fc247cbab7, 12bed8ed-f021-4d46-a627-39ccea029801, 9ce26fb3-60f1-4f8b-9079-d929ab1beb0e, bd527ff2-9e6a-432f-88bd-5fa544afec3c, 608053c2-e63f-4f0c-9e86-6ccd9ef87334"},{"field":"startOn","new":"1998-08-01"},{"field":"endOn","new":"1999-03-31"},{"field":"status","new":"completed"},{"field":"results","new":"Glue, varnish and tools bought for all at wholesale prices."}]');
INSERT INTO public.audit_entries VALUES ('2b274250-bd65-4254-a1d0-7340afa4f040', 'joint_project', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.29267+00', '[{"field":"title","new":"Bulk wood purchasing"},{"field":"scale","new":"pilot"},{"field":"type","new":"bulk_purchasing"},{"field":"participantIds","new":"793aef8a-5314-41b6-8b0f-58da6507ce4d, c9a00bbb-93da-4b42-92a9-7dd6e72a2dd0, d87190e3-fa07-40be-b6d5-678a8bc73725, 96242a8c-933f-49ae-9c99-8c8df60e517c, 469d4a95-2528-4e22-b3d5-9b0a6a751cce, cdb93202-3be8-4ba0-bcda-baec4562f760, 087d9c46-0bcf-4d83-ad6d-b9decde2f1c1, 79177299-951c-4a54-9df6-9f5ea392b313, cef2c1ac-189a-4402-a2d5-8b80fdf5bbd3, cf092e21-cce1-4061-9ffa-0059c3a919bc, 7aca36be-059f-4675-a348-a6fc247cbab7, 12bed8ed-f021-4d46-a627-39ccea029801, 9ce26fb3-60f1-4f8b-9079-d929ab1beb0e, bd527ff2-9e6a-432f-88bd-5fa544afec3c, 608053c2-e63f-4f0c-9e86-6ccd9ef87334"},{"field":"startOn","new":"1998-10-01"},{"field":"endOn","new":"1999-06-30"},{"field":"status","new":"completed"},{"field":"results","new":"Wood bought by the truckload for the group."}]');
INSERT INTO public.audit_entries VALUES ('be7ac604-e90b-4255-a8e9-190072efbf7e', 'net_assessment', '66b90aa3-c1d1-4270-84d4-11ec3d551894', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.304483+00', '[{"field":"assessedOn","new":"1998-12-10"},{"field":"phase","new":"pilot_projects"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"3"},{"field":"groupCohesionEvidence","new":"The input shop runs; some members buy outside it."},{"field":"internalOrganizationScore","new":"2"},{"field":"strategicAnalysisScore","new":"2"},{"field":"strategicPlanningScore","new":"3"},{"field":"productionRestructuringScore","new":"2"},{"field":"economicPerformanceScore","new":"2"},{"field":"institutionalConnectionScore","new":"2"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('2aa760ad-2bf0-473a-8380-ebdf575a82cc', 'network_rules', 'e32f6856-22bf-4790-9166-e70a35e67e92', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.309217+00', '[{"field":"title","new":"Rules of the Masaya woodworkers"},{"field":"version","new":"1"},{"field":"text","new":"Members buy through the shop, keep the common prices and quality; a member who sells the group''s orders on his own account is expelled by the assembly."},{"field":"adoptedOn","new":"1999-08-01"}]');
INSERT INTO public.audit_entries VALUES ('d3ab1ed6-dc02-4b84-a57c-798997de016d', 'phase_decision', '4b4a6aa1-a225-40ed-98af-75da866a14ca', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.324183+00', '[{"field":"decidedOn","new":"1999-09-01"},{"field":"fromPhase","new":"pilot_projects"},{"field":"toPhase","new":"strategic_projects"},{"field":"reason","new":"Pilot projects completed and rules adopted."},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('7d7cd6eb-33e8-4d61-8e1c-fa6f18a1096c', 'network', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'update', NULL, 'demo loader', '2026-12-02 15:50:28.326652+00', '[{"field":"phase","old":"pilot_projects","new":"strategic_projects"}]');
INSERT INTO public.audit_entries VALUES ('0df42cc8-d9c9-4729-8d97-e9b2893f9f97', 'joint_project', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.337032+00', '[{"field":"title","new":"Common catalogue"},{"field":"scale","new":"strategic"},{"field":"type","new":"catalogue_or_brand"},{"field":"participantIds","new":"793aef8a-5314-41b6-8b0f-58da6507ce4d, c9a00bbb-93da-4b42-92a9-7dd6e72a2dd0, d87190e3-fa07-40be-b6d5-678a8bc73725, 96242a8c-933f-49ae-9c99-8c8df60e517c, 469d4a95-2528-4e22-b3d5-9b0a6a751cce, cdb93202-3be8-4ba0-bcda-baec4562f760, 087d9c46-0bcf-4d83-ad6d-b9decde2f1c1, 79177299-951c-4a54-9df6-9f5ea392b313, cef2c1ac-189a-4402-a2d5-8b80fdf5bbd3, cf092e21-cce1-4061-9ffa-0059c3a919bc, 7aca36be-059f-4675-a348-a6fc247cbab7, 12bed8ed-f021-4d46-a627-39ccea029801, 9ce26fb3-60f1-4f8b-9079-d929ab1beb0e, bd527ff2-9e6a-432f-88bd-5fa544afec3c, 608053c2-e63f-4f0c-9e86-6ccd9ef87334"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-05-31"},{"field":"status","new":"completed"}]');
INSERT INTO public.audit_entries VALUES ('5b11ab39-a456-4679-a7d8-5d3c0f39a908', 'joint_project', '4ea932b0-d102-4897-b10b-9c1156f61472', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.350275+00', '[{"field":"title","new":"Exports of three rocking-chair models to the United Kingdom"},{"field":"scale","new":"strategic"},{"field":"type","new":"joint_export"},{"field":"participantIds","new":"793aef8a-5314-41b6-8b0f-58da6507ce4d, c9a00bbb-93da-4b42-92a9-7dd6e72a2dd0, d87190e3-fa07-40be-b6d5-678a8bc73725, 96242a8c-933f-49ae-9c99-8c8df60e517c, 469d4a95-2528-4e22-b3d5-9b0a6a751cce, cdb93202-3be8-4ba0-bcda-baec4562f760, 087d9c46-0bcf-4d83-ad6d-b9decde2f1c1, 79177299-951c-4a54-9df6-9f5ea392b313, cef2c1ac-189a-4402-a2d5-8b80fdf5bbd3, cf092e21-cce1-4061-9ffa-0059c3a919bc, 7aca36be-059f-4675-a348-a6fc247cbab7, 12bed8ed-f021-4d46-a627-39ccea029801"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-11-30"},{"field":"status","new":"completed"},{"field":"results","new":"Three models of rocking chairs exported to the UK."}]');
INSERT INTO public.audit_entries VALUES ('f5088eda-2af0-4724-becf-39a3be3770fa', 'joint_project', 'fe1c2950-70fd-487c-b781-710fd00c749c', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.356816+00', '[{"field":"title","new":"Wood selling point"},{"field":"scale","new":"strategic"},{"field":"type","new":"selling_point"},{"field":"startOn","new":"2001-06-01"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('a16ea0bf-34a7-4b35-9cc2-f3a75d60b324', 'joint_project', '1989facb-080e-468c-b3db-e49c847ab299', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.360301+00', '[{"field":"title","new":"Shared workplace"},{"field":"scale","new":"strategic"},{"field":"type","new":"shared_workshop"},{"field":"startOn","new":"2001-06-01"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('6b64411f-29bd-47d2-b856-7d0ca002ffd3', 'project_contribution', '25451f7b-3b2b-444b-bc06-c08587b3bfeb', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.36646+00', '[{"field":"jointProjectId","new":"d8c1830a-3940-4016-be6f-6218058feec5"},{"field":"funderName","new":"Members"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"cash"},{"field":"pledged","new":"2500"},{"field":"pledgedOn","new":"1998-08-01"},{"field":"paid","new":"2500"},{"field":"paidOn","new":"1998-09-01"}]');
INSERT INTO public.audit_entries VALUES ('1c22ece0-01d9-438f-8d10-47b32d20faa0', 'project_contribution', '04b049f8-fda8-4586-aed7-a152989afa91', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.372237+00', '[{"field":"jointProjectId","new":"d8c1830a-3940-4016-be6f-6218058feec5"},{"field":"funderName","new":"UNIDO project"},{"field":"funderKind","new":"project"},{"field":"form","new":"cash"},{"field":"pledged","new":"1500"},{"field":"pledgedOn","new":"1998-08-01"},{"field":"paid","new":"1500"},{"field":"paidOn","new":"1998-09-01"}]');
INSERT INTO public.audit_entries VALUES ('a5d2cb11-4d07-4806-8b1e-78e387e6f5ad', 'project_contribution', '899a0d01-1da6-47c8-a924-415756f9a7e6', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.37645+00', '[{"field":"jointProjectId","new":"1ba6e190-4824-4f95-96b4-0e3c946a3ab0"},{"field":"funderName","new":"Members"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"cash"},{"field":"pledged","new":"1800"},{"field":"pledgedOn","new":"1998-08-01"},{"field":"paid","new":"1800"},{"field":"paidOn","new":"1998-09-01"}]');
INSERT INTO public.audit_entries VALUES ('51f83aaa-67fd-41de-af67-67287ebcf5d3', 'project_contribution', 'ac3e6f36-2ae6-49c0-9ef9-8f132e43328b', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.380621+00', '[{"field":"jointProjectId","new":"1ba6e190-4824-4f95-96b4-0e3c946a3ab0"},{"field":"funderName","new":"UNIDO project"},{"field":"funderKind","new":"project"},{"field":"form","new":"cash"},{"field":"pledged","new":"2200"},{"field":"pledgedOn","new":"1998-08-01"},{"field":"paid","new":"2200"},{"field":"paidOn","new":"1998-09-01"}]');
INSERT INTO public.audit_entries VALUES ('fa5d826c-b670-4718-af32-243fc3ff8915', 'net_assessment', '0c9d19a8-10ba-43ce-9858-45926818f52a', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.385687+00', '[{"field":"assessedOn","new":"1999-12-15"},{"field":"phase","new":"strategic_projects"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"4"},{"field":"groupCohesionEvidence","new":"Three members expelled for selling on their own account; the others closed ranks."},{"field":"internalOrganizationScore","new":"3"},{"field":"strategicAnalysisScore","new":"3"},{"field":"strategicPlanningScore","new":"3"},{"field":"productionRestructuringScore","new":"3"},{"field":"economicPerformanceScore","new":"3"},{"field":"institutionalConnectionScore","new":"2"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('31e13556-73eb-4410-b70c-67acb7f43fff', 'net_assessment', '2971c61b-34af-48db-bf5d-caf060a7f210', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.391007+00', '[{"field":"assessedOn","new":"2000-12-10"},{"field":"phase","new":"strategic_projects"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"4"},{"field":"groupCohesionEvidence","new":"Exports delivered; a selling point and a shared workplace are planned."},{"field":"internalOrganizationScore","new":"4"},{"field":"strategicAnalysisScore","new":"4"},{"field":"strategicPlanningScore","new":"4"},{"field":"productionRestructuringScore","new":"4"},{"field":"economicPerformanceScore","new":"4"},{"field":"institutionalConnectionScore","new":"3"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('26eb5133-242b-4cff-9751-299bb373c292', 'result', 'e9e98d69-41da-465c-941b-47d4117aa609', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.397973+00', '[{"field":"indicatorId","new":"ce79158e-b10b-4bdb-ba34-01a037225606"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1998-04-15"},{"field":"value","new":"0"}]');
INSERT INTO public.audit_entries VALUES ('c14ea6f3-be06-4ef5-96cc-1032ea00430e', 'result', '35099a1c-735b-4dfe-88d9-bbbd06cc0197', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.403813+00', '[{"field":"indicatorId","new":"ce79158e-b10b-4bdb-ba34-01a037225606"},{"field":"kind","new":"target"},{"field":"observedOn","new":"2001-06-30"},{"field":"value","new":"10"}]');
INSERT INTO public.audit_entries VALUES ('58fdf15e-de80-4828-9192-f087446a6d64', 'result', '0dc6f646-839e-470e-9d7d-d15ce3422fda', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.409835+00', '[{"field":"indicatorId","new":"ce79158e-b10b-4bdb-ba34-01a037225606"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-11-30"},{"field":"value","new":"12"}]');
INSERT INTO public.audit_entries VALUES ('e22e786d-cf20-41d7-94fb-e6416a2b336f', 'net_assessment', 'f8c4c815-7cb7-49c7-a7ab-7c4276520a1c', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.418249+00', '[{"field":"assessedOn","new":"1999-09-20"},{"field":"phase","new":"pilot_projects"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"3"},{"field":"groupCohesionEvidence","new":"Common dyeing unit run by a rota of members."},{"field":"internalOrganizationScore","new":"3"},{"field":"strategicAnalysisScore","new":"2"},{"field":"strategicPlanningScore","new":"3"},{"field":"productionRestructuringScore","new":"2"},{"field":"economicPerformanceScore","new":"2"},{"field":"institutionalConnectionScore","new":"3"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('e88ae7ad-9eae-4c3c-a4e3-1e3ae3c8270c', 'network', '696d2418-29ca-4199-b43d-2490b4bc6261', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.424231+00', '[{"field":"name","new":"Thiès food processors'' network (illustrative)"},{"field":"kind","new":"horizontal"},{"field":"country","new":"SN"},{"field":"projectId","new":"9632fe75-61fe-4427-b503-b9f7ef385bc3"},{"field":"phase","new":"strategic_planning"},{"field":"formedOn","new":"2001-03-01"},{"field":"legalForm","new":"association"},{"field":"description","new":"Networks organise the private sector from the base and strengthen its representative associations. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('b8e4faa1-e8fa-46af-8e23-bc2d194cc08f', 'net_assessment', 'aa7a329d-14a9-4a47-ac6b-4c3b8639a32f', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.430326+00', '[{"field":"assessedOn","new":"2002-02-15"},{"field":"phase","new":"strategic_planning"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"3"},{"field":"groupCohesionEvidence","new":"Members meet monthly; plan drafted."},{"field":"internalOrganizationScore","new":"2"},{"field":"strategicAnalysisScore","new":"2"},{"field":"strategicPlanningScore","new":"2"},{"field":"productionRestructuringScore","new":"1"},{"field":"economicPerformanceScore","new":"1"},{"field":"institutionalConnectionScore","new":"3"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('7266da3e-ecf4-40ad-b2ca-81679bde41db', 'network', 'f10f7d4f-4093-4561-83e6-46932f328145', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.436336+00', '[{"field":"name","new":"Bulawayo metalworkers'' network (illustrative)"},{"field":"kind","new":"horizontal"},{"field":"country","new":"ZW"},{"field":"projectId","new":"23e00dba-3c3d-4ae5-81fd-1367b0676726"},{"field":"phase","new":"pilot_projects"},{"field":"formedOn","new":"2001-05-01"},{"field":"legalForm","new":"informal"},{"field":"description","new":"The network organises its members'' demand for business development services so that providers upgrade them. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('164fd633-2312-4b5e-8bf5-e0a8e71aa9c1', 'actor', '321e44fa-9bb8-467b-be51-eacac1dde2e3', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.60411+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Plastic bottle maker (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"plastic bottles"},{"field":"employees","new":"15"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('31199760-cca0-4ee6-afe4-e89e11ae9cc2', 'net_assessment', '4a8de284-ae31-4b1b-980a-ce40b04ad0e0', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.442893+00', '[{"field":"assessedOn","new":"2002-02-15"},{"field":"phase","new":"pilot_projects"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"4"},{"field":"groupCohesionEvidence","new":"Joint welding course bought from a local provider."},{"field":"internalOrganizationScore","new":"3"},{"field":"strategicAnalysisScore","new":"3"},{"field":"strategicPlanningScore","new":"3"},{"field":"productionRestructuringScore","new":"3"},{"field":"economicPerformanceScore","new":"2"},{"field":"institutionalConnectionScore","new":"4"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('e4ccc2e0-bf84-405b-99b6-1242b7d1802e', 'actor', '49388bd4-3ce0-4be4-ab91-3503ffec3450', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.447922+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Senegalese food processors'' association (illustrative)"},{"field":"institutionType","new":"business_association"},{"field":"country","new":"SN"}]');
INSERT INTO public.audit_entries VALUES ('1bf927bb-a488-4409-b947-0cc3b55a75ad', 'actor', 'f1ba40f8-8e79-4071-82a8-3c9a9360f27f', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.452714+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Ministry in charge of SMEs, Senegal (illustrative)"},{"field":"institutionType","new":"government_agency"},{"field":"country","new":"SN"}]');
INSERT INTO public.audit_entries VALUES ('b653b7ab-810b-4aea-bb65-a41352461172', 'actor', '2ad7f712-8e07-4b3d-9bcf-faa35b110750', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.457244+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Business service provider, Bulawayo (illustrative)"},{"field":"institutionType","new":"bds_provider"},{"field":"country","new":"ZW"}]');
INSERT INTO public.audit_entries VALUES ('2f9d5f9a-936e-4a40-b2b5-836a8df9e065', 'network_relation', '6793c677-ff40-4b86-b630-0708a4a85478', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.462924+00', '[{"field":"type","new":"strengthens_association"},{"field":"actorId","new":"49388bd4-3ce0-4be4-ab91-3503ffec3450"},{"field":"since","new":"2001-09-01"}]');
INSERT INTO public.audit_entries VALUES ('a758ff70-6a48-4a6d-89ab-05e65c818f40', 'network_relation', '1d35b165-0bf6-48d2-bb68-282689054302', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.46841+00', '[{"field":"type","new":"feeds_policy_dialogue"},{"field":"actorId","new":"f1ba40f8-8e79-4071-82a8-3c9a9360f27f"},{"field":"since","new":"2002-01-15"}]');
INSERT INTO public.audit_entries VALUES ('e9ca51e9-5aab-4653-a437-78038dbe6bbe', 'network_relation', 'e4eeb238-ec5b-4581-985c-8c54a4af2550', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.473129+00', '[{"field":"type","new":"organises_service_demand"},{"field":"actorId","new":"2ad7f712-8e07-4b3d-9bcf-faa35b110750"},{"field":"since","new":"2001-10-01"}]');
INSERT INTO public.audit_entries VALUES ('8e661bcf-dc2d-4c6d-9cb3-f93e7396c2b7', 'network_relation', 'a31bbeff-c6cf-4205-933f-ea6d0de5a500', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.479342+00', '[{"field":"type","new":"strengthens_association"},{"field":"actorId","new":"8444cb9b-ad2d-40ea-adde-86a69ed514e2"},{"field":"since","new":"1999-01-01"}]');
INSERT INTO public.audit_entries VALUES ('2824cb93-1038-46a1-9342-a6979955c460', 'actor', 'dad3737e-dee2-4aa5-9f92-508d0c115716', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.485035+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Peanut grower and sheller (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"peanuts"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('a1820741-a3b1-4a4c-bbd0-f1770dbf3473', 'membership', '9f00687c-b15c-4341-a427-7b53d57fbb57', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.49544+00', '[{"field":"actorId","new":"dad3737e-dee2-4aa5-9f92-508d0c115716"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('5e81cbe4-7398-4d60-acb6-e24115334872', 'actor', '6896a570-e321-49e0-b8a3-07f97242e6c8', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.501512+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Plastic jar maker (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"plastic jars"},{"field":"employees","new":"15"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('5d155e15-da65-4b82-ac34-bf0a73b7619a', 'membership', 'a3b096c7-fbfd-498e-bc38-014603180e01', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.511794+00', '[{"field":"actorId","new":"6896a570-e321-49e0-b8a3-07f97242e6c8"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('60a4bcc4-b1ed-4743-a040-434a66569422', 'network', 'c47a22c8-be67-4202-b730-249eaff93e2f', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.521566+00', '[{"field":"name","new":"Footwear supplier network"},{"field":"kind","new":"vertical"},{"field":"country","new":"NI"},{"field":"projectId","new":"fc458e6a-de42-4f86-817e-7c9d3e29a49c"},{"field":"phase","new":"supplier_evaluation"},{"field":"formedOn","new":"1999-06-01"},{"field":"description","new":"A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('2aaac1f3-75a4-4bc3-8815-8a7bfc3b1827', 'membership', 'af8a3105-42a6-4968-9050-443228492ab6', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.529058+00', '[{"field":"actorId","new":"38f03e34-7c97-4ef9-bde6-b6bfd40ca602"},{"field":"role","new":"client"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('a5718f84-a83c-4984-b5c1-62f9c7942d84', 'actor', 'ecfec11c-e858-486c-bb58-0d6c49c599fd', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.534072+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Shoemaker, Granada (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"leather shoes, sandals"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('b5405133-92f9-4a57-aa40-2ec9d110f414', 'membership', 'dcca6983-fd66-42ff-895e-f6d2787ff998', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.542275+00', '[{"field":"actorId","new":"ecfec11c-e858-486c-bb58-0d6c49c599fd"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('41168e1d-53ed-42ba-a04b-4d05e3e9c5d8', 'actor', '6f6ce890-3ae3-4645-8ee9-40cf67fde204', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.547703+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Shoemaker, León (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"leather shoes"},{"field":"employees","new":"15"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('63213cfb-6454-4825-ad54-3fe2067afb9d', 'membership', 'a0583484-39c9-47f9-95d8-738abfc1cf8f', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.55663+00', '[{"field":"actorId","new":"6f6ce890-3ae3-4645-8ee9-40cf67fde204"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('dde076ed-59eb-4f44-be24-7a5e614aaa85', 'actor', '4bd31c98-4751-4531-b92f-70831b1cb1b3', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.561586+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Shoemaker, Masaya (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"leather shoes"},{"field":"employees","new":"22"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('22ea1da4-1bd1-44b0-a497-44f89d46c640', 'membership', 'fb4b1bd0-fbd7-4f84-b995-88355b60a8f9', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.571247+00', '[{"field":"actorId","new":"4bd31c98-4751-4531-b92f-70831b1cb1b3"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('096e5341-d7a6-490d-89be-03d6f0cdb15a', 'network', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.577848+00', '[{"field":"name","new":"Rum supplier network"},{"field":"kind","new":"vertical"},{"field":"country","new":"NI"},{"field":"projectId","new":"fc458e6a-de42-4f86-817e-7c9d3e29a49c"},{"field":"phase","new":"supplier_evaluation"},{"field":"formedOn","new":"1999-06-01"},{"field":"description","new":"A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('db344ec0-4555-4c7a-9e44-5efb5990d548', 'membership', '7869bf2a-7790-4687-81e5-7584e9f7f493', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.584608+00', '[{"field":"actorId","new":"498a7c64-e5ab-42ab-a911-f926b9a10620"},{"field":"role","new":"client"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('65588f1b-f6f9-4d2e-92b7-8e63fd2132f6', 'actor', '3f1ed64e-5fd0-43ff-83bf-d39326386cb8', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.590371+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Label printer (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"labels"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('96ee9555-76f3-4659-9e2c-d1828a1657a9', 'membership', '299efa1c-f073-4ee7-adbc-c567e64e8f3a', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.598808+00', '[{"field":"actorId","new":"3f1ed64e-5fd0-43ff-83bf-d39326386cb8"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('903eb99c-19de-49df-a910-69c10b10ca31', 'membership', 'f164dee2-4bcf-46c2-acc7-4bab209088d1', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.61429+00', '[{"field":"actorId","new":"321e44fa-9bb8-467b-be51-eacac1dde2e3"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('e2b29519-8d9f-474c-b666-a541b124d604', 'network', 'b61e50dd-70ff-42f8-864f-789cd74346c3', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.620767+00', '[{"field":"name","new":"Ice cream and yoghurt supplier network"},{"field":"kind","new":"vertical"},{"field":"country","new":"NI"},{"field":"projectId","new":"fc458e6a-de42-4f86-817e-7c9d3e29a49c"},{"field":"phase","new":"supplier_evaluation"},{"field":"formedOn","new":"1999-06-01"},{"field":"description","new":"A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('d7cf6d22-a1d1-456b-9f04-f975fa29ab69', 'membership', 'fcd1580a-7893-476f-b336-990f0cf50444', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.627608+00', '[{"field":"actorId","new":"2745a57f-72df-4c11-ab7f-42576fc25373"},{"field":"role","new":"client"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('6dfdaf6e-61fb-4da0-9b78-f53e56a1fb62', 'actor', '38fa6a02-6e58-47f7-af8d-05be279aa98d', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.632953+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Cardboard box maker (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"cardboard boxes"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('b413944d-15d5-46b7-a7ad-f86374c9f74f', 'membership', '2212d8fc-2db0-494a-9840-0007a5b1734f', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.641679+00', '[{"field":"actorId","new":"38fa6a02-6e58-47f7-af8d-05be279aa98d"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('e0053fef-1abf-466b-b20e-f5557da25f51', 'actor', '50670254-b155-4621-9e18-053d5562b6a7', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.647006+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Refrigeration service (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"refrigeration maintenance"},{"field":"employees","new":"15"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('edfb5be6-3e30-4901-b3fe-c93e84009d7a', 'membership', 'c43d676c-1a76-437b-9c20-d633efdee877', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.656233+00', '[{"field":"actorId","new":"50670254-b155-4621-9e18-053d5562b6a7"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('c9cdbc09-1ab2-482f-a9d2-76f728d00ad9', 'client_profile', 'c82830f2-0b15-4353-9f05-db1ba23d4801', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.669478+00', '[{"field":"clientId","new":"2dc7d5a7-82c5-4ad4-aedb-b794ea14433c"},{"field":"qualityWeight","new":"12.5"},{"field":"deliveryWeight","new":"12.5"},{"field":"costWeight","new":"12.5"},{"field":"capacityWeight","new":"12.5"},{"field":"managementWeight","new":"12.5"},{"field":"technologyWeight","new":"12.5"},{"field":"financeWeight","new":"12.5"},{"field":"hseWeight","new":"12.5"},{"field":"products","new":"peanuts, plastic jars"},{"field":"volumes","new":"Monthly orders (illustrative)"},{"field":"localShareBefore","new":"20"},{"field":"localShareNow","new":"30"},{"field":"minQuality","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('16ec2a39-87fc-4bcd-b3f9-4b1fe1c677c4', 'supplier_evaluation', 'a37a6424-4a5b-4b68-84fc-254031d90f3e', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.677256+00', '[{"field":"supplierId","new":"dad3737e-dee2-4aa5-9f92-508d0c115716"},{"field":"evaluatedOn","new":"1999-07-10"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('f1df3fef-135f-4012-9010-24278ddf549c', 'supplier_evaluation', '5c853b2b-94bd-4d4f-b87e-1994d6fbfa8c', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.684532+00', '[{"field":"supplierId","new":"6896a570-e321-49e0-b8a3-07f97242e6c8"},{"field":"evaluatedOn","new":"1999-07-11"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"3"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('38893179-1ce5-413e-b26d-a94d399de0f4', 'phase_decision', '83934c81-5817-41b4-b845-05288c7c2a85', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.702602+00', '[{"field":"decidedOn","new":"1999-07-30"},{"field":"fromPhase","new":"supplier_evaluation"},{"field":"toPhase","new":"round_tables"},{"field":"reason","new":"Suppliers evaluated"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('853ad24a-b3cd-45ec-b5da-6a71829a0c9f', 'network', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'update', NULL, 'demo loader', '2026-12-02 15:50:28.705568+00', '[{"field":"phase","old":"supplier_evaluation","new":"round_tables"}]');
INSERT INTO public.audit_entries VALUES ('b0a71606-dc06-4151-b1cb-6cb767a7b27b', 'round_table', 'b71f08bc-99f0-469c-bfce-9049b03f1124', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.711536+00', '[{"field":"title","new":"Round table with the client"},{"field":"heldOn","new":"1999-08-12"},{"field":"place","new":"CADIN, Managua"},{"field":"actorIds","new":"2dc7d5a7-82c5-4ad4-aedb-b794ea14433c, dad3737e-dee2-4aa5-9f92-508d0c115716, 6896a570-e321-49e0-b8a3-07f97242e6c8"},{"field":"women","new":"3"},{"field":"men","new":"9"},{"field":"agreedRequirements","new":"Deliveries on the agreed day, Batches checked before shipping"},{"field":"improvementAreas","new":"Production planning, Quality control, Stock of materials"}]');
INSERT INTO public.audit_entries VALUES ('89ee0567-9943-4562-9cbf-f6248ad26b65', 'client_profile', '11ceb8fe-84e3-47ea-acdf-5a965e5b563f', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.726134+00', '[{"field":"clientId","new":"2745a57f-72df-4c11-ab7f-42576fc25373"},{"field":"qualityWeight","new":"10"},{"field":"deliveryWeight","new":"30"},{"field":"costWeight","new":"10"},{"field":"capacityWeight","new":"10"},{"field":"managementWeight","new":"10"},{"field":"technologyWeight","new":"10"},{"field":"financeWeight","new":"10"},{"field":"hseWeight","new":"10"},{"field":"products","new":"cardboard boxes, refrigeration maintenance"},{"field":"volumes","new":"Monthly orders (illustrative)"},{"field":"localShareBefore","new":"20"},{"field":"localShareNow","new":"45"},{"field":"minQuality","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('89f20f77-1935-4eb0-95c0-fb5a998ae56b', 'supplier_evaluation', '92b6396b-2f0f-45c8-9ed8-b4878d6700c3', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.732818+00', '[{"field":"supplierId","new":"38fa6a02-6e58-47f7-af8d-05be279aa98d"},{"field":"evaluatedOn","new":"1999-07-10"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('1ac3b68e-a1b2-4f41-8fb0-e425cabdf992', 'supplier_evaluation', 'cae89485-617c-4d3f-98c1-9955e7a167ab', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.738724+00', '[{"field":"supplierId","new":"50670254-b155-4621-9e18-053d5562b6a7"},{"field":"evaluatedOn","new":"1999-07-11"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"3"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('c1bd0530-cbab-4f4a-bc21-5e871bce27b3', 'phase_decision', '10403028-d8d8-47d8-92f1-96b62ce9cd20', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.753179+00', '[{"field":"decidedOn","new":"1999-07-30"},{"field":"fromPhase","new":"supplier_evaluation"},{"field":"toPhase","new":"round_tables"},{"field":"reason","new":"Suppliers evaluated"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('88b2340b-8e2f-4164-89a3-9357a6b8ac77', 'network', 'b61e50dd-70ff-42f8-864f-789cd74346c3', 'update', NULL, 'demo loader', '2026-12-02 15:50:28.756276+00', '[{"field":"phase","old":"supplier_evaluation","new":"round_tables"}]');
INSERT INTO public.audit_entries VALUES ('d0e4980f-2b1c-4697-b8a1-0c3be9e52873', 'network', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'update', NULL, 'demo loader', '2026-12-02 15:50:28.907133+00', '[{"field":"phase","old":"round_tables","new":"detailed_analysis"}]');
INSERT INTO public.audit_entries VALUES ('9f02762d-8376-4938-b48d-b60c1c1406ff', 'round_table', '51ef6022-1e25-49f3-937f-799317f25e66', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.762581+00', '[{"field":"title","new":"Round table with the client"},{"field":"heldOn","new":"1999-08-12"},{"field":"place","new":"CADIN, Managua"},{"field":"actorIds","new":"2745a57f-72df-4c11-ab7f-42576fc25373, 38fa6a02-6e58-47f7-af8d-05be279aa98d, 50670254-b155-4621-9e18-053d5562b6a7"},{"field":"women","new":"3"},{"field":"men","new":"9"},{"field":"agreedRequirements","new":"Deliveries on the agreed day, Batches checked before shipping"},{"field":"improvementAreas","new":"Production planning, Quality control, Stock of materials"}]');
INSERT INTO public.audit_entries VALUES ('f8c6009d-a470-42fa-b637-eb4270517505', 'client_profile', '6f2f375a-e475-45aa-b90c-451cac327605', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.775179+00', '[{"field":"clientId","new":"38f03e34-7c97-4ef9-bde6-b6bfd40ca602"},{"field":"qualityWeight","new":"12.5"},{"field":"deliveryWeight","new":"12.5"},{"field":"costWeight","new":"12.5"},{"field":"capacityWeight","new":"12.5"},{"field":"managementWeight","new":"12.5"},{"field":"technologyWeight","new":"12.5"},{"field":"financeWeight","new":"12.5"},{"field":"hseWeight","new":"12.5"},{"field":"products","new":"leather shoes, sandals"},{"field":"volumes","new":"Monthly orders (illustrative)"},{"field":"localShareBefore","new":"20"},{"field":"localShareNow","new":"30"},{"field":"minQuality","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('8294b237-8920-4038-9a07-02e8b952c156', 'supplier_evaluation', '0df3f0a9-8a3a-46b9-bdfd-bcb89eaa499f', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.781896+00', '[{"field":"supplierId","new":"ecfec11c-e858-486c-bb58-0d6c49c599fd"},{"field":"evaluatedOn","new":"1999-07-10"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('e0d838b3-946b-40bd-b57d-4be226f1d272', 'supplier_evaluation', '55c7e6e8-0561-4a04-af2b-cdc0ce8d20c6', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.788193+00', '[{"field":"supplierId","new":"6f6ce890-3ae3-4645-8ee9-40cf67fde204"},{"field":"evaluatedOn","new":"1999-07-11"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"3"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('76e157ba-25d1-41e3-b446-c223e2df84bb', 'supplier_evaluation', '5127dac1-7943-49b8-a33c-f1557960bf35', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.794615+00', '[{"field":"supplierId","new":"4bd31c98-4751-4531-b92f-70831b1cb1b3"},{"field":"evaluatedOn","new":"1999-07-12"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('c2635ff3-1c9d-43e4-be6e-0fa0d6d60a66', 'phase_decision', 'cc59c446-c15e-4811-8f76-037af10f40e2', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.808869+00', '[{"field":"decidedOn","new":"1999-07-30"},{"field":"fromPhase","new":"supplier_evaluation"},{"field":"toPhase","new":"round_tables"},{"field":"reason","new":"Suppliers evaluated"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('5f4cf2e8-0114-4c24-870d-74d507849dd7', 'network', 'c47a22c8-be67-4202-b730-249eaff93e2f', 'update', NULL, 'demo loader', '2026-12-02 15:50:28.812169+00', '[{"field":"phase","old":"supplier_evaluation","new":"round_tables"}]');
INSERT INTO public.audit_entries VALUES ('1a833d9a-0351-43d9-9f95-62103f7a0fb1', 'round_table', 'b7ca1646-5149-458d-8298-c8411d8cf59d', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.819775+00', '[{"field":"title","new":"Round table with the client"},{"field":"heldOn","new":"1999-08-12"},{"field":"place","new":"CADIN, Managua"},{"field":"actorIds","new":"38f03e34-7c97-4ef9-bde6-b6bfd40ca602, ecfec11c-e858-486c-bb58-0d6c49c599fd, 6f6ce890-3ae3-4645-8ee9-40cf67fde204, 4bd31c98-4751-4531-b92f-70831b1cb1b3"},{"field":"women","new":"3"},{"field":"men","new":"9"},{"field":"agreedRequirements","new":"Deliveries on the agreed day, Batches checked before shipping"},{"field":"improvementAreas","new":"Production planning, Quality control, Stock of materials"}]');
INSERT INTO public.audit_entries VALUES ('e177dc44-135e-4a0c-a6fe-d53a45979491', 'client_profile', 'e0d49f15-94d6-43f7-ba3f-1d355bb3f8cf', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.83569+00', '[{"field":"clientId","new":"498a7c64-e5ab-42ab-a911-f926b9a10620"},{"field":"qualityWeight","new":"10"},{"field":"deliveryWeight","new":"30"},{"field":"costWeight","new":"10"},{"field":"capacityWeight","new":"10"},{"field":"managementWeight","new":"10"},{"field":"technologyWeight","new":"10"},{"field":"financeWeight","new":"10"},{"field":"hseWeight","new":"10"},{"field":"products","new":"labels, plastic bottles"},{"field":"volumes","new":"Monthly orders (illustrative)"},{"field":"localShareBefore","new":"20"},{"field":"localShareNow","new":"45"},{"field":"minQuality","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('bfe5bf92-d169-4ae1-b72f-9ad9e24db046', 'supplier_evaluation', '10c6b38b-3b46-46d0-b742-946381579d95', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.843851+00', '[{"field":"supplierId","new":"3f1ed64e-5fd0-43ff-83bf-d39326386cb8"},{"field":"evaluatedOn","new":"1999-07-10"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"certifications","new":"FSC"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('8938dc29-e9e0-4f10-96d0-170ba964af76', 'supplier_evaluation', '80ee077e-e890-4ee1-b34d-7dd830c4f7ac', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.851768+00', '[{"field":"supplierId","new":"321e44fa-9bb8-467b-be51-eacac1dde2e3"},{"field":"evaluatedOn","new":"1999-07-11"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"3"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('16fa1847-6d39-41a7-861c-8acf052e1b5b', 'phase_decision', '4b1a0b5a-7344-4731-8464-318763615d51', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.868724+00', '[{"field":"decidedOn","new":"1999-07-30"},{"field":"fromPhase","new":"supplier_evaluation"},{"field":"toPhase","new":"round_tables"},{"field":"reason","new":"Suppliers evaluated"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('576c6cb7-fe0d-4753-8d70-7d046ea7c804', 'network', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', 'update', NULL, 'demo loader', '2026-12-02 15:50:28.87201+00', '[{"field":"phase","old":"supplier_evaluation","new":"round_tables"}]');
INSERT INTO public.audit_entries VALUES ('07e1bbfd-52e7-43ed-b640-47459058e9a2', 'round_table', 'eeebe9cf-e3ca-49cc-a594-92cf5d0bbaa5', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.879806+00', '[{"field":"title","new":"Round table with the client"},{"field":"heldOn","new":"1999-08-12"},{"field":"place","new":"CADIN, Managua"},{"field":"actorIds","new":"498a7c64-e5ab-42ab-a911-f926b9a10620, 3f1ed64e-5fd0-43ff-83bf-d39326386cb8, 321e44fa-9bb8-467b-be51-eacac1dde2e3"},{"field":"women","new":"3"},{"field":"men","new":"9"},{"field":"agreedRequirements","new":"Deliveries on the agreed day, Batches checked before shipping"},{"field":"improvementAreas","new":"Production planning, Quality control, Stock of materials"}]');
INSERT INTO public.audit_entries VALUES ('f33c3f37-3d94-4d7c-a835-44a34a6a5750', 'phase_decision', 'ac5d2267-4ddd-4b3f-b52f-8f0bd30dfe1d', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.904135+00', '[{"field":"decidedOn","new":"1999-08-20"},{"field":"fromPhase","new":"round_tables"},{"field":"toPhase","new":"detailed_analysis"},{"field":"reason","new":"The client''s requirements agreed"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('1b6cac73-1147-4d5a-b6fb-b739130d1717', 'phase_decision', '3ba4c437-7c97-409f-8af3-5bb7b5c88515', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.927245+00', '[{"field":"decidedOn","new":"1999-09-10"},{"field":"fromPhase","new":"detailed_analysis"},{"field":"toPhase","new":"improvement_plan"},{"field":"reason","new":"Areas of improvement identified"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('27311b0a-53b6-4c73-afbc-330f7f2ec107', 'network', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'update', NULL, 'demo loader', '2026-12-02 15:50:28.930334+00', '[{"field":"phase","old":"detailed_analysis","new":"improvement_plan"}]');
INSERT INTO public.audit_entries VALUES ('9125fb47-7d34-44ab-af09-ce2faf386a21', 'improvement_plan', 'd3eadbd2-5185-4213-8e9e-aa6f2798b68e', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.937206+00', '[{"field":"firmId","new":"2dc7d5a7-82c5-4ad4-aedb-b794ea14433c"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('c18f54fb-aa49-4123-88dc-1925ab34da5e', 'improvement_action', '5d23f416-34db-4c9d-8326-4c88768b071e', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.944013+00', '[{"field":"planId","new":"d3eadbd2-5185-4213-8e9e-aa6f2798b68e"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('ecd4786f-3ae5-4963-a515-be8b56e483ce', 'improvement_action', '7c225cb8-3f5c-405c-9f19-51d980b0d4d5', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.950892+00', '[{"field":"planId","new":"d3eadbd2-5185-4213-8e9e-aa6f2798b68e"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"in_progress"}]');
INSERT INTO public.audit_entries VALUES ('6c3fc6bc-849e-4902-a405-77c7c93e6442', 'improvement_action', '3f049ceb-6639-4484-93d3-523eb68aac7d', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.957076+00', '[{"field":"planId","new":"d3eadbd2-5185-4213-8e9e-aa6f2798b68e"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('d9393d17-db28-4ab3-8b39-7bf2808416a0', 'improvement_action', 'd5c70ba8-3335-4349-b50d-c94dc5920582', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.963521+00', '[{"field":"planId","new":"d3eadbd2-5185-4213-8e9e-aa6f2798b68e"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('6cf16538-492e-4dd8-a34e-c3d6012572d8', 'improvement_action', '25624df9-a03e-499b-b544-bebcffe23aff', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.969712+00', '[{"field":"planId","new":"d3eadbd2-5185-4213-8e9e-aa6f2798b68e"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('5a025c68-3b27-4c3e-b9ba-596ecc4e2daf', 'improvement_plan', 'adb46b8a-b584-4559-bed6-498579d97608', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.975241+00', '[{"field":"firmId","new":"dad3737e-dee2-4aa5-9f92-508d0c115716"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('e2c6397e-d15c-4c3a-ba97-47266e086501', 'improvement_action', '8e367024-fc69-4e39-bbb5-b2a8a262bd32', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.98152+00', '[{"field":"planId","new":"adb46b8a-b584-4559-bed6-498579d97608"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('196657f8-0484-438a-aa11-955e185690e8', 'improvement_action', '8917b34b-4fdb-490e-86a3-a3cafa3c325d', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.98735+00', '[{"field":"planId","new":"adb46b8a-b584-4559-bed6-498579d97608"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"in_progress"}]');
INSERT INTO public.audit_entries VALUES ('2a74cd5e-aae9-4fc8-b1f2-64afbd53f577', 'improvement_action', '4b326838-21dd-4036-a7b4-c7821a5caffd', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.993117+00', '[{"field":"planId","new":"adb46b8a-b584-4559-bed6-498579d97608"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('b8a56f22-2014-4029-8bea-9e534c661a12', 'improvement_action', '2b31cbd6-9b95-4353-b3e6-b849e4d72aa4', 'create', NULL, 'demo loader', '2026-12-02 15:50:28.99905+00', '[{"field":"planId","new":"adb46b8a-b584-4559-bed6-498579d97608"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('5d7ced75-22d5-4d1c-8396-f6e058f142cc', 'improvement_action', 'f5d12731-9cc7-4f83-93cc-e03655c00ac8', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.005552+00', '[{"field":"planId","new":"adb46b8a-b584-4559-bed6-498579d97608"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('03aef243-ee00-434a-8063-a357280e6d2e', 'improvement_plan', '60afb473-cf48-4e44-aa51-eaa9c082160b', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.011254+00', '[{"field":"firmId","new":"6896a570-e321-49e0-b8a3-07f97242e6c8"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('489a05b0-f49c-4dc2-a62d-aa41fe1cb090', 'improvement_action', '1d20f6df-8597-44d2-8a50-3f73310c2852', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.016993+00', '[{"field":"planId","new":"60afb473-cf48-4e44-aa51-eaa9c082160b"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('7665651c-b2de-459e-839a-3fbf5e868275', 'improvement_action', '3fe09b59-9421-4769-bbe2-89cca2521930', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.023049+00', '[{"field":"planId","new":"60afb473-cf48-4e44-aa51-eaa9c082160b"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"in_progress"}]');
INSERT INTO public.audit_entries VALUES ('ad8170fb-a2b6-427c-abb4-1abb51aba21b', 'improvement_action', 'e4f8fb0c-92c4-424e-8a5b-f14208558cb5', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.029836+00', '[{"field":"planId","new":"60afb473-cf48-4e44-aa51-eaa9c082160b"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('0ab2de9f-d889-4d90-ba36-2aa46f37651f', 'improvement_action', '633f3d33-d35a-4d9f-ac6b-dcc82fe2d3ce', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.035681+00', '[{"field":"planId","new":"60afb473-cf48-4e44-aa51-eaa9c082160b"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('7271af64-a0bf-471c-a79e-c4c088bf62f1', 'improvement_action', 'b338a3a7-7755-4e34-b1ce-77936fe774e2', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.041637+00', '[{"field":"planId","new":"60afb473-cf48-4e44-aa51-eaa9c082160b"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('ec12c949-f59f-4d26-bfad-12e7ee12d3bc', 'phase_decision', 'fe54e32c-f888-4361-a1c6-841560836d2c', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.057302+00', '[{"field":"decidedOn","new":"1999-08-20"},{"field":"fromPhase","new":"round_tables"},{"field":"toPhase","new":"detailed_analysis"},{"field":"reason","new":"The client''s requirements agreed"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('e08407e4-a0d1-40bb-a691-91d65b36da1f', 'network', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', 'update', NULL, 'demo loader', '2026-12-02 15:50:29.059846+00', '[{"field":"phase","old":"round_tables","new":"detailed_analysis"}]');
INSERT INTO public.audit_entries VALUES ('740ca8b9-5602-4c7d-b0d4-c9b6bf6d51d5', 'phase_decision', '50e2e2b6-58ea-428c-baa8-939639aac0c5', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.07536+00', '[{"field":"decidedOn","new":"1999-09-10"},{"field":"fromPhase","new":"detailed_analysis"},{"field":"toPhase","new":"improvement_plan"},{"field":"reason","new":"Areas of improvement identified"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('f63359bc-80e0-4cb8-a27c-82b8cc5f3a1b', 'network', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', 'update', NULL, 'demo loader', '2026-12-02 15:50:29.078116+00', '[{"field":"phase","old":"detailed_analysis","new":"improvement_plan"}]');
INSERT INTO public.audit_entries VALUES ('5c53e62f-53b8-4212-8367-78f1353244da', 'improvement_plan', '08749df7-c282-43c6-8631-3f81c857bd94', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.084766+00', '[{"field":"firmId","new":"498a7c64-e5ab-42ab-a911-f926b9a10620"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('28325c08-4b17-4c68-805e-1934fbc0dfaa', 'improvement_action', 'f8935a9b-6692-4cbc-b863-1a017b00a687', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.090695+00', '[{"field":"planId","new":"08749df7-c282-43c6-8631-3f81c857bd94"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('1188582c-a8cd-4277-ab9d-ec3aee339c45', 'improvement_action', '17420cae-e391-4226-a1c7-3624c7705742', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.096668+00', '[{"field":"planId","new":"08749df7-c282-43c6-8631-3f81c857bd94"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('9c399654-ec43-46ba-9629-dbe3a9604e67', 'improvement_action', '90de46cb-6164-498d-9f27-0d79a43543a2', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.103581+00', '[{"field":"planId","new":"08749df7-c282-43c6-8631-3f81c857bd94"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('b8ce9c83-0ab6-492b-9743-ab10c25ad600', 'improvement_action', '72fcee63-a793-4c95-93fb-1b59a1cde7c7', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.109819+00', '[{"field":"planId","new":"08749df7-c282-43c6-8631-3f81c857bd94"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('dec8003c-f790-4cfc-8536-29817d464e24', 'improvement_action', '304f9568-b789-4ee1-a758-4ffd88fe9294', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.115687+00', '[{"field":"planId","new":"08749df7-c282-43c6-8631-3f81c857bd94"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('65345382-85f3-4968-8a25-9cc8c5fabd12', 'improvement_plan', '47123513-3410-48c0-b9de-31fffbfe8e01', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.120918+00', '[{"field":"firmId","new":"3f1ed64e-5fd0-43ff-83bf-d39326386cb8"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('3cc73f1b-3e65-451d-b75f-da9918b627ff', 'improvement_action', '2e8362f9-12ff-41bd-8706-c12ff7205a6c', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.127621+00', '[{"field":"planId","new":"47123513-3410-48c0-b9de-31fffbfe8e01"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('10fa17b0-b0d6-48d7-81d2-c658b93f49aa', 'improvement_action', 'a34a2fae-ad45-43c6-9c76-3cc5a4a572d3', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.134781+00', '[{"field":"planId","new":"47123513-3410-48c0-b9de-31fffbfe8e01"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('4ee67d6f-6132-4676-aaf4-340795c7e110', 'improvement_action', '5583a937-d22d-44b7-bdff-2e148a8a30ab', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.14143+00', '[{"field":"planId","new":"47123513-3410-48c0-b9de-31fffbfe8e01"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('ab6993d1-1f86-4151-84d0-5b26d8275e97', 'improvement_action', '81b36ddc-464a-4325-a2a0-0d455626665b', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.148197+00', '[{"field":"planId","new":"47123513-3410-48c0-b9de-31fffbfe8e01"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('22b2ae74-1c76-4e43-b806-467ccf220d6a', 'improvement_action', 'e418a641-f325-4239-a04a-9968b757b714', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.155034+00', '[{"field":"planId","new":"47123513-3410-48c0-b9de-31fffbfe8e01"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('1665a5a3-81c3-46fa-962d-e4c4f018728e', 'improvement_plan', 'ef81a132-6f96-4713-adeb-f8910ca519d7', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.16143+00', '[{"field":"firmId","new":"321e44fa-9bb8-467b-be51-eacac1dde2e3"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('78113e32-2d41-4d95-8231-6437fbc1ba1b', 'improvement_action', '7582d66b-3645-4290-bfcb-91a88bd65219', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.168334+00', '[{"field":"planId","new":"ef81a132-6f96-4713-adeb-f8910ca519d7"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('5cfa482c-fcb8-4d7e-8c8f-374eebcccf65', 'improvement_action', 'dde7886c-d6dd-49cf-964d-423df7b8a37f', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.175068+00', '[{"field":"planId","new":"ef81a132-6f96-4713-adeb-f8910ca519d7"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('b2f98edb-4ca6-4b26-817e-1d801d0016c2', 'improvement_action', '8d7f4a23-49db-4fcb-9f3c-032d785978b8', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.18191+00', '[{"field":"planId","new":"ef81a132-6f96-4713-adeb-f8910ca519d7"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('07b1bd49-5d57-4efd-8815-c976b008c7aa', 'improvement_action', 'b24a7d4b-cd8c-40ff-9ddc-ae1812a6b4df', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.188862+00', '[{"field":"planId","new":"ef81a132-6f96-4713-adeb-f8910ca519d7"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('63aa7b26-496e-4f27-b23e-6d33b480a61b', 'improvement_action', '4d40f88f-16ab-49cf-96cb-a0c602754380', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.195457+00', '[{"field":"planId","new":"ef81a132-6f96-4713-adeb-f8910ca519d7"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('57d22d8e-c013-4a4f-ab2e-2f4a1c740b20', 'linkage_unit', '8a3470fe-fefa-4aa1-9045-011a0f13e240', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.206107+00', '[{"field":"name","new":"Vertical Linkages Unit"},{"field":"hostInstitutionId","new":"edbcb0ca-628f-4b45-b2d5-477e25379c36"},{"field":"establishedOn","new":"1999-03-01"},{"field":"package","new":"Supplier evaluation, round tables, detailed analysis and integrated improvement plans for a client and its suppliers."}]');
INSERT INTO public.audit_entries VALUES ('cba2b5ea-c305-4512-943a-b59cc19e016b', 'fee_year', 'a19b98b5-29b5-4b0b-9db0-410b83a90b77', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.212916+00', '[{"field":"year","new":"1999"},{"field":"packages","new":"4"},{"field":"fee","new":"200"},{"field":"unitCost","new":"1000"},{"field":"invoiced","new":"800"},{"field":"paid","new":"800"}]');
INSERT INTO public.audit_entries VALUES ('6c727a18-b4a5-41b8-83c6-c00fe99e57b0', 'fee_year', 'd6f13d66-b371-4293-821d-2457d1d79855', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.21824+00', '[{"field":"year","new":"2000"},{"field":"packages","new":"6"},{"field":"fee","new":"400"},{"field":"unitCost","new":"1000"},{"field":"invoiced","new":"2400"},{"field":"paid","new":"2000"}]');
INSERT INTO public.audit_entries VALUES ('24dcd4a1-c667-4d9f-b27f-81357a6b3585', 'fee_year', '099da985-91d0-448d-964d-b96b56ab7d93', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.223026+00', '[{"field":"year","new":"2001"},{"field":"packages","new":"8"},{"field":"fee","new":"700"},{"field":"unitCost","new":"1000"},{"field":"invoiced","new":"5600"},{"field":"paid","new":"5600"}]');
INSERT INTO public.audit_entries VALUES ('e0c32534-68a0-416b-9201-8145217cdadf', 'fee_year', 'faae6939-5696-4a91-a0a8-a661aee350f7', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.227367+00', '[{"field":"year","new":"2002"},{"field":"packages","new":"10"},{"field":"fee","new":"1000"},{"field":"unitCost","new":"1000"},{"field":"invoiced","new":"10000"},{"field":"paid","new":"9000"}]');
INSERT INTO public.audit_entries VALUES ('0f11e27d-dd32-45d3-8aaa-48db05015147', 'result', 'ddcc4cc8-6014-4a32-a4a1-6b3780928fb7', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.240264+00', '[{"field":"indicatorId","new":"968c0563-c801-4de8-8012-e5908358b5fd"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"dad3737e-dee2-4aa5-9f92-508d0c115716"},{"field":"observedOn","new":"1999-09-30"},{"field":"value","new":"55"}]');
INSERT INTO public.audit_entries VALUES ('670399df-92f8-4452-954a-0bcc66eddcee', 'result', 'db6182de-0b82-49ed-9a2a-57b3ef19d3be', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.251567+00', '[{"field":"indicatorId","new":"968c0563-c801-4de8-8012-e5908358b5fd"},{"field":"kind","new":"target"},{"field":"actorId","new":"dad3737e-dee2-4aa5-9f92-508d0c115716"},{"field":"observedOn","new":"2000-03-31"},{"field":"value","new":"90"}]');
INSERT INTO public.audit_entries VALUES ('514a0746-50e9-4c36-8f1c-6e534db6f61a', 'result', '3f7ce99d-7806-49bd-ae45-97ff4d664776', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.262689+00', '[{"field":"indicatorId","new":"968c0563-c801-4de8-8012-e5908358b5fd"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"dad3737e-dee2-4aa5-9f92-508d0c115716"},{"field":"observedOn","new":"1999-12-31"},{"field":"value","new":"75"}]');
INSERT INTO public.audit_entries VALUES ('251d38a6-cda4-4f0a-aaf4-160ba5d887f0', 'result', '4fa8731d-161c-443a-82f2-6bd458ffc64f', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.273088+00', '[{"field":"indicatorId","new":"2f373936-79e0-47be-8e1c-d1864e2295dc"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"dad3737e-dee2-4aa5-9f92-508d0c115716"},{"field":"observedOn","new":"1999-09-30"},{"field":"value","new":"12"}]');
INSERT INTO public.audit_entries VALUES ('2d38d6d8-1882-4089-a969-41ac6798e4e5', 'result', '15c3a9da-4652-42e9-b6ef-584434070358', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.281946+00', '[{"field":"indicatorId","new":"2f373936-79e0-47be-8e1c-d1864e2295dc"},{"field":"kind","new":"target"},{"field":"actorId","new":"dad3737e-dee2-4aa5-9f92-508d0c115716"},{"field":"observedOn","new":"2000-03-31"},{"field":"value","new":"5"}]');
INSERT INTO public.audit_entries VALUES ('cf186d3a-941c-476f-b608-441f497d96dc', 'result', '20dc8d9e-018f-4a40-a38c-38cbc0c13d4e', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.290789+00', '[{"field":"indicatorId","new":"2f373936-79e0-47be-8e1c-d1864e2295dc"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"dad3737e-dee2-4aa5-9f92-508d0c115716"},{"field":"observedOn","new":"1999-12-31"},{"field":"value","new":"9"}]');
INSERT INTO public.audit_entries VALUES ('12879667-d103-423b-a5ff-a4bb2f704fa2', 'supplier_evaluation', '65ed36ae-830d-44cd-8ef2-e79b50c42fb1', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.295779+00', '[{"field":"supplierId","new":"3f1ed64e-5fd0-43ff-83bf-d39326386cb8"},{"field":"evaluatedOn","new":"2000-03-15"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"certifications","new":"FSC"},{"field":"qualityScore","new":"4"},{"field":"deliveryScore","new":"4"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"4"},{"field":"managementScore","new":"3"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"4"}]');
INSERT INTO public.audit_entries VALUES ('52b6486a-349e-4954-814a-e66a9d9ee2ab', 'phase_decision', 'c5d97237-2cd4-402a-a842-e5268aeaebd6', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.309285+00', '[{"field":"decidedOn","new":"2000-03-20"},{"field":"fromPhase","new":"improvement_plan"},{"field":"toPhase","new":"partnership_decision"},{"field":"reason","new":"Every firm has carried out its plan"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('bc9038d7-87a1-4621-8d9d-eea398cb84f1', 'network', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', 'update', NULL, 'demo loader', '2026-12-02 15:50:29.31151+00', '[{"field":"phase","old":"improvement_plan","new":"partnership_decision"}]');
INSERT INTO public.audit_entries VALUES ('717e5c1b-f43d-4bd5-9e0d-bb63b2d1cfe4', 'partnership_decision', '105fd729-165a-4a6a-8ac8-2c3c4a04d8a0', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.321325+00', '[{"field":"clientId","new":"498a7c64-e5ab-42ab-a911-f926b9a10620"},{"field":"supplierId","new":"3f1ed64e-5fd0-43ff-83bf-d39326386cb8"},{"field":"decidedOn","new":"2000-04-01"},{"field":"entered","new":"yes"},{"field":"contractValue","new":"85000"},{"field":"contractStart","new":"2000-05-01"},{"field":"contractEnd","new":"2001-04-30"},{"field":"lender","new":"Local bank (illustrative)"},{"field":"loanAmount","new":"12000"},{"field":"notes","new":"The client buys its labels locally instead of importing them."}]');
INSERT INTO public.audit_entries VALUES ('ece7aa5e-8d3c-4157-9826-4ebab2766c28', 'partnership_decision', '126f7706-4ddb-421c-8f36-1e41aa749ae7', 'create', NULL, 'demo loader', '2026-12-02 15:50:29.336723+00', '[{"field":"clientId","new":"498a7c64-e5ab-42ab-a911-f926b9a10620"},{"field":"supplierId","new":"321e44fa-9bb8-467b-be51-eacac1dde2e3"},{"field":"decidedOn","new":"2000-04-01"},{"field":"entered","new":"no"},{"field":"notes","new":"Bottle quality not yet at the client''s standard; re-evaluate after the quality system."}]');
INSERT INTO public.audit_entries VALUES ('e2b01f91-9a8e-4410-b5f5-b6151f7ef4df', 'indicator', '8b365d55-ddc9-4d12-97ac-99f23334b175', 'create', '459cb67e-a2d2-4d0c-a22f-4c555d8552f8', 'Administrator', '2026-12-02 15:50:29.511798+00', '[{"field":"name","new":"Women trained, by age (fixture)"},{"field":"unit","new":"women"},{"field":"scale","new":"count"},{"field":"level","new":"cluster"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"age_group"},{"field":"definition","new":"Women who completed a course, by age group."}]');
INSERT INTO public.audit_entries VALUES ('2dfe0d54-417f-4d8a-adb6-bcc5695e4ee5', 'result', 'aec03674-19f4-4851-ad8d-71618af8e085', 'create', '459cb67e-a2d2-4d0c-a22f-4c555d8552f8', 'Administrator', '2026-12-02 15:50:29.538656+00', '[{"field":"indicatorId","new":"8b365d55-ddc9-4d12-97ac-99f23334b175"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"2019-01-15"},{"field":"value","new":"0"},{"field":"youth","new":"0"},{"field":"adults","new":"0"},{"field":"older","new":"0"}]');
INSERT INTO public.audit_entries VALUES ('dd05e15d-d9f6-40de-a701-2d43c677e9a7', 'indicator', '55f468c4-669b-40b0-b995-1b0e38f84e47', 'create', '459cb67e-a2d2-4d0c-a22f-4c555d8552f8', 'Administrator', '2026-12-02 15:50:29.522883+00', '[{"field":"name","new":"Workers in the cluster''s firms (fixture)"},{"field":"unit","new":"workers"},{"field":"scale","new":"count"},{"field":"level","new":"cluster"},{"field":"direction","new":"higher"},{"field":"disaggregation","new":"sex"},{"field":"definition","new":"People working in the cluster''s firms, by sex."}]');
INSERT INTO public.audit_entries VALUES ('c9644089-1ac6-409b-9aea-52d5236d95c9', 'result', '54114818-edaa-4a36-88f2-b51747fffc3b', 'create', '459cb67e-a2d2-4d0c-a22f-4c555d8552f8', 'Administrator', '2026-12-02 15:50:29.556052+00', '[{"field":"indicatorId","new":"8b365d55-ddc9-4d12-97ac-99f23334b175"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2020-06-30"},{"field":"value","new":"110"},{"field":"youth","new":"64"},{"field":"adults","new":"45"},{"field":"older","new":"1"}]');
INSERT INTO public.audit_entries VALUES ('2cfbf069-de96-457b-a3a9-cdd6717740f4', 'result', '3125e593-2084-4c19-ac17-6d0ac376c0ff', 'create', '459cb67e-a2d2-4d0c-a22f-4c555d8552f8', 'Administrator', '2026-12-02 15:50:29.588316+00', '[{"field":"indicatorId","new":"55f468c4-669b-40b0-b995-1b0e38f84e47"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"2019-03-01"},{"field":"value","new":"420"},{"field":"female","new":"35"},{"field":"male","new":"385"}]');
INSERT INTO public.audit_entries VALUES ('fd3ac1d4-e6d1-468b-9629-5902cab5b4d0', 'result', 'f60dc8b5-1c6a-42ba-8463-2cb81a0cc495', 'create', '459cb67e-a2d2-4d0c-a22f-4c555d8552f8', 'Administrator', '2026-12-02 15:50:29.572357+00', '[{"field":"indicatorId","new":"8b365d55-ddc9-4d12-97ac-99f23334b175"},{"field":"kind","new":"target"},{"field":"observedOn","new":"2021-12-31"},{"field":"value","new":"150"}]');
INSERT INTO public.audit_entries VALUES ('4f644b3f-2751-46bd-8265-c44989ef4a34', 'result', 'b56b233a-5878-4a50-95ec-ba0ad97e6fd0', 'create', '459cb67e-a2d2-4d0c-a22f-4c555d8552f8', 'Administrator', '2026-12-02 15:50:29.604461+00', '[{"field":"indicatorId","new":"55f468c4-669b-40b0-b995-1b0e38f84e47"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2020-09-01"},{"field":"value","new":"512"},{"field":"female","new":"127"},{"field":"male","new":"385"}]');


--
-- Data for Name: broker_cost_steps; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.broker_cost_steps VALUES ('9ed876e9-ce26-43a5-be63-fbdf058a9af1', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '1999-09-01', 100, 0, NULL, '2026-12-02 15:50:27.879635+00', '2026-12-02 15:50:27.879635+00');
INSERT INTO public.broker_cost_steps VALUES ('2ba088a0-db50-4af0-802e-bbbb8945d104', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '2000-09-01', 60, 40, NULL, '2026-12-02 15:50:27.884813+00', '2026-12-02 15:50:27.884813+00');
INSERT INTO public.broker_cost_steps VALUES ('847cf861-aaa0-48c7-af0b-ef63b59a462a', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '2002-01-01', 0, 100, NULL, '2026-12-02 15:50:27.88958+00', '2026-12-02 15:50:27.88958+00');


--
-- Data for Name: business_plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.business_plans VALUES ('93305c6f-0998-4c8c-839b-f103cb998322', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 1, 'Masaya woodworkers'' business plan', 'Cheaper wood and inputs
Reach buyers abroad', 'Shared input shop
Bulk wood purchasing
Common catalogue
Exports of rocking chairs', 18000, 'USD', '1998-07-01', '2001-06-30', '1998-06-15', '2026-12-02 15:50:28.247438+00', '2026-12-02 15:50:28.247438+00');


--
-- Data for Name: chain_stage_actors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.chain_stage_actors VALUES ('568cd550-2824-4afd-9ba7-44dc8114eb34', 'dfe3c137-e6b1-4c68-8367-b9678154604b', 0, 'cc50c367-ded7-4e32-9f87-bd4e7f633e46');
INSERT INTO public.chain_stage_actors VALUES ('e4612bfd-f5d5-43a2-9c49-5428f64bf5df', 'dfe3c137-e6b1-4c68-8367-b9678154604b', 1, 'f35396d5-6446-49f3-906f-84cb0dc770e9');
INSERT INTO public.chain_stage_actors VALUES ('173994b2-56fa-4b79-bfc4-f9d1cfcc4a0c', 'dfe3c137-e6b1-4c68-8367-b9678154604b', 2, 'cc30a736-a01a-4e17-91e4-a2029cc54a88');
INSERT INTO public.chain_stage_actors VALUES ('38b95adc-44a0-4ea4-b0ac-5ce5acba9e97', 'dfe3c137-e6b1-4c68-8367-b9678154604b', 3, 'dc4a7e22-df3d-471d-aed8-4d4cb1ff752b');
INSERT INTO public.chain_stage_actors VALUES ('55c19745-3646-452d-a5d2-5cc73b0ca4d7', 'dfe3c137-e6b1-4c68-8367-b9678154604b', 4, '4ee67cd3-6944-47a4-8603-f22b2fdca978');
INSERT INTO public.chain_stage_actors VALUES ('5adbfc99-266e-448e-a751-d6ead403da2a', 'd17fce4f-b1c1-4a42-aa82-12fbdf237993', 0, 'f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2');
INSERT INTO public.chain_stage_actors VALUES ('55440c59-ce71-44f9-a587-0d6804547cb5', 'd17fce4f-b1c1-4a42-aa82-12fbdf237993', 1, '7697381f-f476-49b0-839d-9d10339430ca');
INSERT INTO public.chain_stage_actors VALUES ('4b12a86d-9559-450b-a7dd-64fde24e0d0f', 'd17fce4f-b1c1-4a42-aa82-12fbdf237993', 2, 'caca8b66-b352-4a94-83e5-a8d9020eec35');
INSERT INTO public.chain_stage_actors VALUES ('223f8e6b-41aa-4450-96e7-64dc27bdb139', 'da0413cc-be34-4497-b378-41c5617dbcdb', 0, 'dd355bfa-2d98-43e1-9ead-48f9cf433fde');


--
-- Data for Name: chain_stages; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.chain_stages VALUES ('410e2162-e618-406c-a426-2ab96dc7dd25', 'eec7305b-7fe8-4017-866e-091f78491330', '1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 1, 'Procurement of produce', NULL, 'Quality of raw material not tested', '2026-12-02 15:50:27.040521+00', '2026-12-02 15:50:27.040521+00');
INSERT INTO public.chain_stages VALUES ('94bd6122-908e-4981-a556-f3de9e07bfb1', 'eec7305b-7fe8-4017-866e-091f78491330', '1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 2, 'Processing', NULL, 'Traditional practices, little hygiene control', '2026-12-02 15:50:27.053147+00', '2026-12-02 15:50:27.053147+00');
INSERT INTO public.chain_stages VALUES ('08969358-d11f-40e7-8e89-b8413b7dd574', 'eec7305b-7fe8-4017-866e-091f78491330', '1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 3, 'Testing', NULL, 'Existing laboratories unused', '2026-12-02 15:50:27.063342+00', '2026-12-02 15:50:27.063342+00');
INSERT INTO public.chain_stages VALUES ('ed8a11fc-1541-4d45-bae4-2c945fe5b3dc', 'eec7305b-7fe8-4017-866e-091f78491330', '1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 4, 'Marketing', NULL, 'Fear of audits keeps firms small', '2026-12-02 15:50:27.073337+00', '2026-12-02 15:50:27.073337+00');
INSERT INTO public.chain_stages VALUES ('dfe3c137-e6b1-4c68-8367-b9678154604b', 'f64f6aef-5fc4-4946-b667-4a73024719a8', '863cc427-8525-4b36-99a6-38dee57d3f9d', 1, 'Dyeing and hand-block printing', NULL, 'Screen printers copy designs at lower cost', '2026-12-02 15:50:27.43144+00', '2026-12-02 15:50:27.43144+00');
INSERT INTO public.chain_stages VALUES ('d17fce4f-b1c1-4a42-aa82-12fbdf237993', 'f64f6aef-5fc4-4946-b667-4a73024719a8', '863cc427-8525-4b36-99a6-38dee57d3f9d', 2, 'Finishing and tailoring', NULL, 'Few units finish to export quality', '2026-12-02 15:50:27.447984+00', '2026-12-02 15:50:27.447984+00');
INSERT INTO public.chain_stages VALUES ('da0413cc-be34-4497-b378-41c5617dbcdb', 'f64f6aef-5fc4-4946-b667-4a73024719a8', '863cc427-8525-4b36-99a6-38dee57d3f9d', 3, 'Marketing and export', NULL, 'No direct access to buyers abroad', '2026-12-02 15:50:27.461787+00', '2026-12-02 15:50:27.461787+00');
INSERT INTO public.chain_stages VALUES ('8c228402-14e6-4f57-9119-3c47b7c43e0b', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '0772daf2-cbb9-42b2-b65b-ea2c68fddb47', 1, 'Milk production', NULL, 'Irregular supply', '2026-12-02 15:50:27.560116+00', '2026-12-02 15:50:27.560116+00');
INSERT INTO public.chain_stages VALUES ('f48563c0-6612-4ff9-abcf-6903cf6c7bf6', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '0772daf2-cbb9-42b2-b65b-ea2c68fddb47', 2, 'Milk collection', NULL, 'No cooling, milk spoils', '2026-12-02 15:50:27.569566+00', '2026-12-02 15:50:27.569566+00');
INSERT INTO public.chain_stages VALUES ('45198882-ad6b-41c7-801c-ba008b5c5da8', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '0772daf2-cbb9-42b2-b65b-ea2c68fddb47', 3, 'Cheese processing', NULL, 'Poor hygiene, low yields, untreated waste water', '2026-12-02 15:50:27.578815+00', '2026-12-02 15:50:27.578815+00');
INSERT INTO public.chain_stages VALUES ('e0e8918e-134d-4bb1-961d-f12e06f90fa8', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '0772daf2-cbb9-42b2-b65b-ea2c68fddb47', 4, 'Retail', NULL, 'Few cheese types, no norms', '2026-12-02 15:50:27.586529+00', '2026-12-02 15:50:27.586529+00');


--
-- Data for Name: client_profiles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.client_profiles VALUES ('c82830f2-0b15-4353-9f05-db1ba23d4801', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', '2dc7d5a7-82c5-4ad4-aedb-b794ea14433c', 'peanuts
plastic jars', 'Monthly orders (illustrative)', '', 20, 30, 12.5, 3, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, '2026-12-02 15:50:28.669816+00', '2026-12-02 15:50:28.669816+00');
INSERT INTO public.client_profiles VALUES ('11ceb8fe-84e3-47ea-acdf-5a965e5b563f', 'b61e50dd-70ff-42f8-864f-789cd74346c3', '2745a57f-72df-4c11-ab7f-42576fc25373', 'cardboard boxes
refrigeration maintenance', 'Monthly orders (illustrative)', '', 20, 45, 10, 3, 30, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, '2026-12-02 15:50:28.726368+00', '2026-12-02 15:50:28.726368+00');
INSERT INTO public.client_profiles VALUES ('6f2f375a-e475-45aa-b90c-451cac327605', 'c47a22c8-be67-4202-b730-249eaff93e2f', '38f03e34-7c97-4ef9-bde6-b6bfd40ca602', 'leather shoes
sandals', 'Monthly orders (illustrative)', '', 20, 30, 12.5, 3, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, '2026-12-02 15:50:28.775359+00', '2026-12-02 15:50:28.775359+00');
INSERT INTO public.client_profiles VALUES ('e0d49f15-94d6-43f7-ba3f-1d355bb3f8cf', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '498a7c64-e5ab-42ab-a911-f926b9a10620', 'labels
plastic bottles', 'Monthly orders (illustrative)', '', 20, 45, 10, 3, 30, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, '2026-12-02 15:50:28.835902+00', '2026-12-02 15:50:28.835902+00');


--
-- Data for Name: cluster_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cluster_events VALUES ('059d2004-8c4b-4fb8-bd9b-4d5205361e5c', 'eec7305b-7fe8-4017-866e-091f78491330', 'bilateral_meeting', 'Interviews with food processors', '1998-03-10', NULL, NULL, NULL, NULL, 6, 'entrepreneurs=6', NULL, '2026-12-02 15:50:27.081819+00', '2026-12-02 15:50:27.081819+00');
INSERT INTO public.cluster_events VALUES ('da045712-11d8-4ad7-8600-66424d0b77a5', 'eec7305b-7fe8-4017-866e-091f78491330', 'bilateral_meeting', 'Meeting with the testing laboratory', '1998-04-02', NULL, NULL, NULL, NULL, 2, '', NULL, '2026-12-02 15:50:27.094208+00', '2026-12-02 15:50:27.094208+00');
INSERT INTO public.cluster_events VALUES ('b0a429aa-d831-43ad-8493-27d9cfe47ce4', 'eec7305b-7fe8-4017-866e-091f78491330', 'group_meeting', 'Entrepreneurs meet the food administration', '1998-07-20', NULL, NULL, NULL, 4, 21, 'entrepreneurs=18', 'Entrepreneurs admit they do not know the law; demand for an information point.', '2026-12-02 15:50:27.103936+00', '2026-12-02 15:50:27.103936+00');
INSERT INTO public.cluster_events VALUES ('464e2241-0ae6-4ac0-8bfb-cd4dd667b9df', 'eec7305b-7fe8-4017-866e-091f78491330', 'validation_meeting', 'Validation of the diagnostic', '1998-09-30', NULL, NULL, NULL, 5, 30, '', 'Umbrella organisation and technical centre put forward.', '2026-12-02 15:50:27.112523+00', '2026-12-02 15:50:27.112523+00');
INSERT INTO public.cluster_events VALUES ('99297542-451c-44df-903b-fcf1acd46969', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'group_meeting', 'Introductory meeting of block printers', '1997-10-15', NULL, NULL, NULL, NULL, 4, 'entrepreneurs=4', 'Most firms declined to attend; those who came were hostile.', '2026-12-02 15:50:27.199117+00', '2026-12-02 15:50:27.199117+00');
INSERT INTO public.cluster_events VALUES ('4e023a51-466f-4cfd-bbd1-7bba48b5cbaa', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'bilateral_meeting', 'One-to-one interviews with young artisans', '1998-01-20', NULL, NULL, NULL, NULL, 12, 'entrepreneurs=12', NULL, '2026-12-02 15:50:27.209978+00', '2026-12-02 15:50:27.209978+00');
INSERT INTO public.cluster_events VALUES ('983b1b5b-95f4-43ad-a3cc-777ca3e0189a', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'training', 'Market-orientation training for 23 young artisans', '1998-03-02', NULL, NULL, NULL, NULL, 23, 'entrepreneurs=23', 'Average age 21; marketing promotion, quality testing, product development, advertising, distribution.', '2026-12-02 15:50:27.220607+00', '2026-12-02 15:50:27.220607+00');
INSERT INTO public.cluster_events VALUES ('2994fcdd-41d1-4e66-be67-9b7645be00f7', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'study_tour', 'Study tour to Delhi showrooms and Jaipur trading houses', '1998-04-10', NULL, NULL, NULL, NULL, 23, 'entrepreneurs=23', NULL, '2026-12-02 15:50:27.231167+00', '2026-12-02 15:50:27.231167+00');
INSERT INTO public.cluster_events VALUES ('f69a019e-63ad-4677-97ea-becaf4fad162', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'group_meeting', 'Artisans'' meeting: parents attend', '1998-07-15', NULL, NULL, NULL, 6, 38, 'entrepreneurs=40', 'Parents who had declined earlier now take part.', '2026-12-02 15:50:27.242411+00', '2026-12-02 15:50:27.242411+00');
INSERT INTO public.cluster_events VALUES ('a5e7e8c4-82ce-4c18-a692-3aafd08aa0ab', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'trade_fair', 'Joint stand at a national handicrafts fair', '1999-02-05', NULL, NULL, NULL, 3, 9, '', NULL, '2026-12-02 15:50:27.253472+00', '2026-12-02 15:50:27.253472+00');
INSERT INTO public.cluster_events VALUES ('2a42f7f8-f74c-47b8-ac39-e13a197a02d0', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'group_meeting', 'Committee for institutional coordination', '1997-09-10', NULL, NULL, NULL, 3, 9, '', NULL, '2026-12-02 15:50:27.686162+00', '2026-12-02 15:50:27.686162+00');
INSERT INTO public.cluster_events VALUES ('1197a86e-1a7c-40d7-b47e-4b283d059475', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'workshop', 'Benchmarking with Latin American and Dutch dairy clusters', '1998-02-12', NULL, NULL, NULL, 8, 27, 'entrepreneurs=20', NULL, '2026-12-02 15:50:27.695299+00', '2026-12-02 15:50:27.695299+00');
INSERT INTO public.cluster_events VALUES ('08edfca9-c0b9-40d2-b4ca-5d122f4857b1', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'training', 'Hygiene and yield training for cheese makers', '1998-06-08', NULL, NULL, NULL, 12, 18, 'entrepreneurs=30', NULL, '2026-12-02 15:50:27.705122+00', '2026-12-02 15:50:27.705122+00');
INSERT INTO public.cluster_events VALUES ('9396f88c-b118-4113-bb50-5430b573ff33', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', 'group_meeting', 'APPEAL meets the Department of Technical Education', '1998-11-05', NULL, NULL, NULL, 2, 8, '', 'Memorandum of understanding for a training cell at GPW.', '2026-12-02 15:50:27.899736+00', '2026-12-02 15:50:27.899736+00');
INSERT INTO public.cluster_events VALUES ('91b8bb08-8356-462e-bf2c-5f35aae97ea0', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', 'training', 'First training batch at GPW', '1999-09-01', NULL, NULL, NULL, 20, NULL, '', 'Three months, theory and practice.', '2026-12-02 15:50:27.907142+00', '2026-12-02 15:50:27.907142+00');


--
-- Data for Name: cluster_map_candidates; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cluster_map_candidates VALUES ('9ca4dc77-11ca-4af4-97b1-be81a12d6bb0', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'ab320c62-a08b-414d-819c-d25189dd16e6', 1, 'Knitwear and hosiery', 11583, 436, 140076.80963480964, 2.9165346973707234, true, true, 4983, 0.755);
INSERT INTO public.cluster_map_candidates VALUES ('3e5f712f-4388-4b26-8f6f-66971bb8903a', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'ab320c62-a08b-414d-819c-d25189dd16e6', 2, 'Auto components and engineering', 13997, 559, 137308.55876259197, 2.4116803827801547, true, true, 1681, 0.13648911984410522);
INSERT INTO public.cluster_map_candidates VALUES ('11645d22-8643-4300-9506-75413f8f8e65', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'ec30fb9b-cc66-47e6-8637-b998031b52eb', 1, 'Knitwear and hosiery', 15119, 683, 132798.33877901977, 5.344634125143128, true, true, 5263, 0.533989448051948);
INSERT INTO public.cluster_map_candidates VALUES ('1c34a6dc-3b06-4c37-ade6-06516a2aac9d', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'aebf56fb-e12a-4427-b306-60dabe9ab15f', 1, 'Handicrafts and block printing', 12227, 1266, 141220.29672037295, 5.265404186010355, true, true, 2169, 0.21564923444024656);
INSERT INTO public.cluster_map_candidates VALUES ('d2cf8787-e922-48f3-88d4-29aea9a1a2cd', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '924e674e-fc75-4fb4-9763-f6c496ceb8cc', 1, 'Brass and metal ware', 12444, 1103, 156367.97516875603, 6.767162971532929, true, true, 205, 0.016749734455429367);
INSERT INTO public.cluster_map_candidates VALUES ('02899774-4841-4e4d-ad6a-353546e93037', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '8bcb4324-62de-4505-9fe2-5d3308452441', 1, 'Leather and footwear', 12469, 990, 141068.10072980993, 4.021118442653946, true, true, 2440, 0.24329444610629175);
INSERT INTO public.cluster_map_candidates VALUES ('ed25b9b1-2710-4ba1-80bc-448da707bfd6', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '446db15d-7830-4c13-b137-fd02d154e021', 1, 'Leather and footwear', 15090, 906, 133508.27852882704, 4.263470891395141, true, true, 5294, 0.5404246631278072);
INSERT INTO public.cluster_map_candidates VALUES ('bc95f358-6422-4456-9592-966236b94f96', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '08078088-8518-4271-856b-36ea6e37d370', 1, 'Auto components and engineering', 13773, 822, 128438.69222391635, 2.493662117188445, true, true, 861, 0.066682156133829);
INSERT INTO public.cluster_map_candidates VALUES ('6f6ebd3f-2f94-48cd-8a92-71057be2484f', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '08078088-8518-4271-856b-36ea6e37d370', 2, 'Food processing', 10332, 732, 138556.40108401084, 2.446977662722997, true, true, 1463, 0.164956590370955);
INSERT INTO public.cluster_map_candidates VALUES ('bf9d3e0f-5f54-46f5-9789-a5386ee4c08e', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'ca2e419a-be68-4d97-9109-0dd99321110d', 1, 'Auto components and engineering', 15930, 763, 160692.35913370998, 3.741879390551676, true, true, 4570, 0.4022887323943662);
INSERT INTO public.cluster_map_candidates VALUES ('7d4962a0-a1ef-4284-bdf8-8ab4e1b09467', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'b4376a6e-ac80-4520-bafe-0b0bcde2233e', 1, 'Glass and glassware', 7722, 367, 116798, 9.308440373265874, true, true, 3330, 0.7581967213114754);
INSERT INTO public.cluster_map_candidates VALUES ('dc1b06e3-dcef-4bcf-8544-e3d548161f37', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'e672ef22-2275-446d-88a4-4bdcc36d04d9', 1, 'Textiles and home furnishing', 11697, 597, 122621.74275455246, 3.9080020051054563, true, true, -183, -0.015404040404040404);
INSERT INTO public.cluster_map_candidates VALUES ('1861613d-a7ab-446c-a76f-8f8d41ca2be8', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'f15ec5b6-b714-4a17-b476-a1febfecc997', 1, 'Textiles and home furnishing', 16978, 1732, 161932.5436447167, 4.540280666870503, true, true, 5586, 0.4903441011235955);
INSERT INTO public.cluster_map_candidates VALUES ('3a94b260-7105-49f9-91a7-ca5a4dd56a7e', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'a090f184-64ad-44db-8d78-e0b5fd1284b1', 1, 'Textiles and home furnishing', 12261, 956, 161678.03327624174, 4.0424406752244, true, true, 1703, 0.1612994885394961);
INSERT INTO public.cluster_map_candidates VALUES ('6903653f-3b47-486d-9a5e-26f409fa0b03', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '773c5ad5-3fef-46a3-8656-abfa3e0c1725', 1, 'Food processing', 10087, 854, 120262.0800039655, 4.185642979603476, true, true, -2748, -0.21410206466692638);
INSERT INTO public.cluster_map_candidates VALUES ('30b8be90-4c08-4011-873b-f837a8051290', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '9271b6ed-afed-4381-afc3-6ee3522b3260', 1, 'Food processing', 13920, 1174, 142500.7068965517, 4.73661422539331, true, true, 5409, 0.6355304899541769);
INSERT INTO public.cluster_map_candidates VALUES ('582cdccf-25e7-4c02-988a-8720b0d197d8', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '114a84ce-e105-4155-ae4f-7d6b573efbb9', 1, 'Leather and footwear', 13171, 655, 141257.13188064686, 2.865259552550889, true, true, 2066, 0.1860423232778028);
INSERT INTO public.cluster_map_candidates VALUES ('6663fbca-baa8-4b74-be9c-fe4fbb5103ab', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '114a84ce-e105-4155-ae4f-7d6b573efbb9', 2, 'Auto components and engineering', 10194, 439, 140424.56189915637, 1.885551724499267, true, true, -631, -0.058290993071593536);
INSERT INTO public.cluster_map_candidates VALUES ('b8f5be61-0e11-4391-ab54-d894de5b50b5', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'fafb9d43-d0de-4e3e-a3f4-f406600ffd3b', 1, 'Handicrafts and block printing', 11393, 855, 129503.07855700869, 5.128552275150722, true, true, 3119, 0.37696398356296834);
INSERT INTO public.cluster_map_candidates VALUES ('50631906-ff06-4da6-b550-ab75972b5181', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '634d8f21-2312-4018-8d33-b998492e5268', 1, 'Glass and glassware', 672, 35, 124124, 1.4781351014820017, true, false, 21, 0.03225806451612903);
INSERT INTO public.cluster_map_candidates VALUES ('6bafcbae-442c-4a49-b1fe-2b0a0736ac5e', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '634d8f21-2312-4018-8d33-b998492e5268', 2, 'Knitwear and hosiery', 1260, 89, 150762.2888888889, 1.139866044865026, true, true, 187, 0.17427772600186392);
INSERT INTO public.cluster_map_candidates VALUES ('b2907767-7803-46b0-9c61-a70fee02ba80', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '634d8f21-2312-4018-8d33-b998492e5268', 3, 'Brass and metal ware', 1280, 59, 156038.01015625, 1.5454840305141695, false, true, 177, 0.16047144152311876);
INSERT INTO public.cluster_map_candidates VALUES ('33be2859-8f91-4f47-8892-64ebfae69e3f', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '634d8f21-2312-4018-8d33-b998492e5268', 4, 'Handicrafts and block printing', 1196, 63, 130214.27090301004, 1.137900263147851, false, false, -65, -0.05154639175257732);
INSERT INTO public.cluster_map_candidates VALUES ('ac35a73d-85b2-4ed3-9c2d-bfe7eb6b057b', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '42093105-7039-43c5-ba3d-5c3abb522f59', 1, 'Brass and metal ware', 1225, 136, 143919.6269387755, 1.4513117309338086, true, false, -37, -0.029318541996830427);
INSERT INTO public.cluster_map_candidates VALUES ('c6a63519-992a-4c93-b526-a3af3cf07fab', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '42093105-7039-43c5-ba3d-5c3abb522f59', 2, 'Knitwear and hosiery', 1307, 83, 144478.40703902065, 1.1601894821751304, true, true, 115, 0.0964765100671141);
INSERT INTO public.cluster_map_candidates VALUES ('ca1adaf7-26b3-43c4-bef3-591856729941', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '42093105-7039-43c5-ba3d-5c3abb522f59', 3, 'Food processing', 1277, 62, 164664.44244322632, 1.0146575186629025, true, true, 14, 0.011084718923198733);
INSERT INTO public.cluster_map_candidates VALUES ('bd33030f-e53c-4201-ab05-02e818143121', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '42093105-7039-43c5-ba3d-5c3abb522f59', 4, 'Glass and glassware', 568, 29, 131839, 1.2259231826531287, false, false, -56, -0.08974358974358974);
INSERT INTO public.cluster_map_candidates VALUES ('cdaade09-004b-42e9-8bcc-8691b2485499', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '44d8d95a-a963-4616-8fdb-681399358e47', 1, 'Brass and metal ware', 1246, 87, 158760.21829855538, 1.512796572818163, true, true, 41, 0.03402489626556016);
INSERT INTO public.cluster_map_candidates VALUES ('f6dab6db-9d33-45d5-8d1c-568d526b6f8c', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '44d8d95a-a963-4616-8fdb-681399358e47', 2, 'Handicrafts and block printing', 1251, 70, 137749.42605915267, 1.1968459797640052, true, true, -65, -0.04939209726443769);
INSERT INTO public.cluster_map_candidates VALUES ('3a3621b8-ebb8-44c9-91c6-7d6ce5bc9174', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '44d8d95a-a963-4616-8fdb-681399358e47', 3, 'Food processing', 1238, 106, 146825.8142164782, 1.0080616613489488, true, false, 130, 0.11732851985559567);
INSERT INTO public.cluster_map_candidates VALUES ('aa3f8dbf-fefb-4129-a572-a422ad2c207c', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '44d8d95a-a963-4616-8fdb-681399358e47', 4, 'Glass and glassware', 574, 24, 116087, 1.2695934908418849, false, false, 36, 0.06691449814126393);
INSERT INTO public.cluster_map_candidates VALUES ('1580f6cc-3c12-4966-bec4-6785a22fe3ad', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '7863e24a-5da2-4912-92dc-85649a4feec2', 1, 'Glass and glassware', 652, 40, 159979, 1.4000815088706628, true, false, 97, 0.17477477477477477);
INSERT INTO public.cluster_map_candidates VALUES ('c3c52347-8d65-442b-88be-9d9526efeee3', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '7863e24a-5da2-4912-92dc-85649a4feec2', 2, 'Handicrafts and block printing', 1349, 90, 146006.39065974797, 1.2529848925547353, true, true, 47, 0.03609831029185868);
INSERT INTO public.cluster_map_candidates VALUES ('f0737422-29a8-4ec7-997f-e65c68631bc3', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '7863e24a-5da2-4912-92dc-85649a4feec2', 3, 'Brass and metal ware', 1066, 75, 132372.06566604128, 1.2565293106431208, false, false, -133, -0.11092577147623019);
INSERT INTO public.cluster_map_candidates VALUES ('3248c913-5f69-43c3-ac34-ea296e00af5e', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '7863e24a-5da2-4912-92dc-85649a4feec2', 4, 'Knitwear and hosiery', 1331, 54, 171704.87828700224, 1.1754988103192514, false, true, 123, 0.10182119205298014);
INSERT INTO public.cluster_map_candidates VALUES ('c6b6b656-1994-45f5-a85b-a4a5235b021a', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'e5b7e563-36cd-4c91-9c96-d4a6c88c8440', 1, 'Handicrafts and block printing', 1258, 112, 153462.94435612083, 1.2395169304034799, true, true, 26, 0.021103896103896104);
INSERT INTO public.cluster_map_candidates VALUES ('589c1a3a-95ef-4adf-8c84-60ad76b56876', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'e5b7e563-36cd-4c91-9c96-d4a6c88c8440', 2, 'Glass and glassware', 626, 27, 115107, 1.425994972380477, false, false, -9, -0.014173228346456693);
INSERT INTO public.cluster_map_candidates VALUES ('5e081f8e-efce-4422-abda-c70322419c28', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'e5b7e563-36cd-4c91-9c96-d4a6c88c8440', 3, 'Brass and metal ware', 1024, 93, 122177.890625, 1.2804225458487986, false, false, -102, -0.0905861456483126);
INSERT INTO public.cluster_map_candidates VALUES ('41295a37-e578-4b4b-be18-166ac2467195', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'e5b7e563-36cd-4c91-9c96-d4a6c88c8440', 4, 'Knitwear and hosiery', 1076, 72, 143182.36988847583, 1.0080784871405966, false, false, -46, -0.040998217468805706);
INSERT INTO public.cluster_map_candidates VALUES ('fe40b576-439f-44d2-9ddd-a2028e780b9d', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'e6338de0-e0e5-4796-83b3-d29d8654fd67', 1, 'Knitwear and hosiery', 1335, 85, 162553.37827715356, 1.2494415606945162, true, true, 201, 0.17724867724867724);
INSERT INTO public.cluster_map_candidates VALUES ('1a8709fd-1caa-4799-b0a0-db82212462ec', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'e6338de0-e0e5-4796-83b3-d29d8654fd67', 2, 'Brass and metal ware', 1104, 42, 134723.26992753622, 1.3790341981292686, false, false, -146, -0.1168);
INSERT INTO public.cluster_map_candidates VALUES ('99c235af-ff03-48ef-9476-14239280f1fb', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'e6338de0-e0e5-4796-83b3-d29d8654fd67', 3, 'Glass and glassware', 558, 55, 159477, 1.269785802346967, false, false, -72, -0.11428571428571428);
INSERT INTO public.cluster_map_candidates VALUES ('63c78413-c40b-4f47-997e-14d5b80c1813', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'e6338de0-e0e5-4796-83b3-d29d8654fd67', 4, 'Handicrafts and block printing', 1142, 110, 123128.33450087566, 1.1240626895122465, false, false, -118, -0.09365079365079365);
INSERT INTO public.cluster_map_candidates VALUES ('ce0279fc-49c7-4f15-8807-321c864657f1', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '6608b901-a5a6-490c-80f7-4b4f60a0c4f5', 1, 'Glass and glassware', 626, 32, 159972, 1.3584756817397254, true, false, 92, 0.17228464419475656);
INSERT INTO public.cluster_map_candidates VALUES ('1fc75b31-91e6-43eb-9185-09c0d3a6bc1b', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '6608b901-a5a6-490c-80f7-4b4f60a0c4f5', 2, 'Brass and metal ware', 1124, 107, 140649.94839857653, 1.3389166473622074, false, false, -130, -0.10366826156299841);
INSERT INTO public.cluster_map_candidates VALUES ('a74f3775-8ad1-41ed-8195-c9081fbc6c3c', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '6608b901-a5a6-490c-80f7-4b4f60a0c4f5', 3, 'Handicrafts and block printing', 1253, 60, 130183.92657621708, 1.1761338978313465, false, false, 13, 0.010483870967741936);
INSERT INTO public.cluster_map_candidates VALUES ('e4bc7094-42d1-4969-a4ae-554e92b148e9', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', '6608b901-a5a6-490c-80f7-4b4f60a0c4f5', 4, 'Knitwear and hosiery', 1157, 127, 131485.84615384616, 1.0326408674550873, false, false, 38, 0.03395889186773905);
INSERT INTO public.cluster_map_candidates VALUES ('dcf1f7fb-1289-40a4-b8df-65b008ccfbbb', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'a16983b3-9203-4887-b6aa-d1e117869a7b', 1, 'Brass and metal ware', 1148, 105, 149244.7944250871, 1.362896212500909, true, false, -141, -0.10938712179984485);
INSERT INTO public.cluster_map_candidates VALUES ('ff1f1d27-37d2-4544-805c-f56735042122', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'a16983b3-9203-4887-b6aa-d1e117869a7b', 2, 'Handicrafts and block printing', 1356, 72, 141380.7286135693, 1.268525062520387, true, true, 137, 0.11238720262510254);
INSERT INTO public.cluster_map_candidates VALUES ('9daa03b4-e013-4e8d-8cdb-d7d40871ba6b', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'a16983b3-9203-4887-b6aa-d1e117869a7b', 3, 'Glass and glassware', 636, 28, 142405, 1.3755244592630986, false, false, 88, 0.16058394160583941);
INSERT INTO public.cluster_map_candidates VALUES ('9c173510-0840-47e1-90f5-b754a36f524c', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'a16983b3-9203-4887-b6aa-d1e117869a7b', 4, 'Knitwear and hosiery', 1201, 84, 157497.9417152373, 1.0682985118595463, false, false, -39, -0.031451612903225803);


--
-- Data for Name: cluster_map_regions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cluster_map_regions VALUES ('ab320c62-a08b-414d-819c-d25189dd16e6', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Ludhiana', 30.9, 75.85, 32490, 2, 2.9165346973707234);
INSERT INTO public.cluster_map_regions VALUES ('ec30fb9b-cc66-47e6-8637-b998031b52eb', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Tiruppur', 11.11, 77.34, 23142, 1, 5.344634125143128);
INSERT INTO public.cluster_map_regions VALUES ('aebf56fb-e12a-4427-b306-60dabe9ab15f', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Jaipur', 26.91, 75.79, 19979, 1, 5.265404186010355);
INSERT INTO public.cluster_map_regions VALUES ('924e674e-fc75-4fb4-9763-f6c496ceb8cc', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Moradabad', 28.84, 78.77, 20078, 1, 6.767162971532929);
INSERT INTO public.cluster_map_regions VALUES ('8bcb4324-62de-4505-9fe2-5d3308452441', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Agra', 27.18, 78.01, 20416, 1, 4.021118442653946);
INSERT INTO public.cluster_map_regions VALUES ('446db15d-7830-4c13-b137-fd02d154e021', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Kanpur', 26.45, 80.33, 23303, 1, 4.263470891395141);
INSERT INTO public.cluster_map_regions VALUES ('08078088-8518-4271-856b-36ea6e37d370', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Pune', 18.52, 73.86, 30919, 2, 2.493662117188445);
INSERT INTO public.cluster_map_regions VALUES ('ca2e419a-be68-4d97-9109-0dd99321110d', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Coimbatore', 11.02, 76.96, 23832, 1, 3.741879390551676);
INSERT INTO public.cluster_map_regions VALUES ('b4376a6e-ac80-4520-bafe-0b0bcde2233e', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Firozabad', 27.15, 78.4, 16501, 1, 9.308440373265874);
INSERT INTO public.cluster_map_regions VALUES ('e672ef22-2275-446d-88a4-4bdcc36d04d9', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Surat', 21.17, 72.83, 19615, 1, 3.9080020051054563);
INSERT INTO public.cluster_map_regions VALUES ('f15ec5b6-b714-4a17-b476-a1febfecc997', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Panipat', 29.39, 76.97, 24506, 1, 4.540280666870503);
INSERT INTO public.cluster_map_regions VALUES ('a090f184-64ad-44db-8d78-e0b5fd1284b1', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Bhagalpur', 25.24, 86.97, 19877, 1, 4.0424406752244);
INSERT INTO public.cluster_map_regions VALUES ('773c5ad5-3fef-46a3-8656-abfa3e0c1725', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Kolhapur', 16.7, 74.24, 17647, 1, 4.185642979603476);
INSERT INTO public.cluster_map_regions VALUES ('9271b6ed-afed-4381-afc3-6ee3522b3260', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Nashik', 20, 73.79, 21520, 1, 4.73661422539331);
INSERT INTO public.cluster_map_regions VALUES ('114a84ce-e105-4155-ae4f-7d6b573efbb9', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Chennai', 13.08, 80.27, 30265, 2, 2.865259552550889);
INSERT INTO public.cluster_map_regions VALUES ('fafb9d43-d0de-4e3e-a3f4-f406600ffd3b', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Varanasi', 25.32, 82.97, 19113, 1, 5.128552275150722);
INSERT INTO public.cluster_map_regions VALUES ('634d8f21-2312-4018-8d33-b998492e5268', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Indore', 22.72, 75.86, 9043, 2, 1.4781351014820017);
INSERT INTO public.cluster_map_regions VALUES ('42093105-7039-43c5-ba3d-5c3abb522f59', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Patna', 25.59, 85.14, 9216, 3, 1.4513117309338086);
INSERT INTO public.cluster_map_regions VALUES ('44d8d95a-a963-4616-8fdb-681399358e47', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Lucknow', 26.85, 80.95, 8993, 3, 1.512796572818163);
INSERT INTO public.cluster_map_regions VALUES ('7863e24a-5da2-4912-92dc-85649a4feec2', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Bhopal', 23.26, 77.41, 9263, 2, 1.4000815088706628);
INSERT INTO public.cluster_map_regions VALUES ('e5b7e563-36cd-4c91-9c96-d4a6c88c8440', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Nagpur', 21.15, 79.09, 8732, 1, 1.2395169304034799);
INSERT INTO public.cluster_map_regions VALUES ('e6338de0-e0e5-4796-83b3-d29d8654fd67', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Guwahati', 26.14, 91.74, 8741, 1, 1.2494415606945162);
INSERT INTO public.cluster_map_regions VALUES ('6608b901-a5a6-490c-80f7-4b4f60a0c4f5', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Raipur', 21.25, 81.63, 9166, 1, 1.3584756817397254);
INSERT INTO public.cluster_map_regions VALUES ('a16983b3-9203-4887-b6aa-d1e117869a7b', '7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'Dehradun', 30.32, 78.03, 9197, 2, 1.362896212500909);


--
-- Data for Name: cluster_maps; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cluster_maps VALUES ('7234b8a4-c75f-4b11-ac33-65ac68c6f98c', 'India: districts, 2013 and 2023 (illustrative)', 'IN', NULL, 2013, 2023, 864, 24, 18, 10, 34, '2026-12-02 15:50:29.344772+00');


--
-- Data for Name: clusters; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.clusters VALUES ('947e13c2-369e-4414-abcb-2c67a0240b83', 'Tirupur hosiery', 'IN', 'Tirupur, Tamil Nadu', 11.11, 77.34, 'Cotton hosiery', 'cotton hosiery', 7000, NULL, 650000000, NULL, 'selection', 'Over 7,000 SMEs exported over 650 million US dollars of cotton hosiery in 1999, over 80% of Indian exports of such goods. A reference cluster, not a project site.', '2026-12-02 15:50:26.542292+00', '2026-12-02 15:50:26.542292+00', 'tirupur hosiery  tirupur, tamil nadu  cotton hosiery  cotton hosiery');
INSERT INTO public.clusters VALUES ('eec7305b-7fe8-4017-866e-091f78491330', 'Pune food processing', 'IN', 'Pune, Maharashtra', 18.52, 73.86, 'Food processing', 'processed foods', NULL, NULL, NULL, '2d1fcee4-9879-409c-9b49-7759fbfe6178', 'action_planning', 'Entrepreneurs saw the Food Adulteration Act as the obstacle; institutions saw low regard for product safety. Dialogue led to an information point, an umbrella organisation and a technical centre.', '2026-12-02 15:50:26.507427+00', '2026-12-02 15:50:28.096995+00', 'pune food processing  pune, maharashtra  food processing  processed foods');
INSERT INTO public.clusters VALUES ('f64f6aef-5fc4-4946-b667-4a73024719a8', 'Bagru and Sanganer block printing', 'IN', 'Bagru and Sanganer, Jaipur, Rajasthan', 26.81, 75.55, 'Textile hand-block printing', 'hand-block printed textiles', 350, 10000, NULL, '2d1fcee4-9879-409c-9b49-7759fbfe6178', 'implementation', 'About 350 small firms employ almost 10,000 workers. A cooperation attempt failed twenty years before the 1997 diagnostic; trust was rebuilt through the artisans'' sons.', '2026-12-02 15:50:26.516266+00', '2026-12-02 15:50:28.124187+00', 'bagru and sanganer block printing  bagru and sanganer, jaipur, rajasthan  textile hand-block printing  hand-block printed textiles');
INSERT INTO public.clusters VALUES ('3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'Boaco and Chontales milk and cheese', 'NI', 'Boaco and Chontales', 12.47, -85.66, 'Dairy', 'milk
cheese', NULL, NULL, NULL, 'fc458e6a-de42-4f86-817e-7c9d3e29a49c', 'implementation', 'Action plan results: technical norms, five new products, yields +25%, waste-water pollution down up to 70%, a cooperative, Alianza Láctea, CANISLAC.', '2026-12-02 15:50:26.530243+00', '2026-12-02 15:50:28.155496+00', 'boaco and chontales milk and cheese  boaco and chontales  dairy  milk  cheese');
INSERT INTO public.clusters VALUES ('7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', 'Ludhiana knitwear', 'IN', 'Ludhiana, Punjab', 30.9, 75.85, 'Woollen knitwear', 'woollen knitwear', 10000, NULL, NULL, '2d1fcee4-9879-409c-9b49-7759fbfe6178', 'implementation', 'Over 10,000 small and medium firms, nearly 90% of the national market for woollen knitwear. Costs shared: project 20%, private sector 74%, other institutions 6%.', '2026-12-02 15:50:26.52341+00', '2026-12-02 15:50:28.186378+00', 'ludhiana knitwear  ludhiana, punjab  woollen knitwear  woollen knitwear');
INSERT INTO public.clusters VALUES ('cf3ba8d1-4d78-423c-a793-a722723de16d', 'Fez leather', 'MA', 'Fez', 34.03, -5, 'Leather', 'finished leather
leather goods', NULL, NULL, NULL, '2fe391f3-a1af-42f3-b68b-5a7a75e32bb4', 'trust_building', 'Restructuring including relocation of units for environmental reasons; cooperation with the Santa Croce leather cluster in Italy.', '2026-12-02 15:50:26.537104+00', '2026-12-02 15:50:28.208065+00', 'fez leather  fez  leather  finished leather  leather goods');


--
-- Data for Name: contributions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.contributions VALUES ('dd9df888-2020-429c-afeb-824da67caf54', 'f64f6aef-5fc4-4946-b667-4a73024719a8', '219d5f22-6ac6-4258-ae39-642b3cd9b052', 'CALICO members', NULL, 'private_sector', 'cash', 8000, '1999-01-15', 8000, '1999-01-15', '2026-12-02 15:50:27.52912+00', '2026-12-02 15:50:27.52912+00');
INSERT INTO public.contributions VALUES ('afc7de1f-dea5-4ae0-bc55-81f17e57549c', 'f64f6aef-5fc4-4946-b667-4a73024719a8', '219d5f22-6ac6-4258-ae39-642b3cd9b052', 'UNIDO project', NULL, 'project', 'cash', 4000, '1999-01-15', 4000, '1999-01-15', '2026-12-02 15:50:27.537543+00', '2026-12-02 15:50:27.537543+00');
INSERT INTO public.contributions VALUES ('9fbf75c9-13fc-493b-afee-9f2b3b755ed7', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '4b26e9f8-a59a-42a4-8703-20d02a4d2c4f', 'Inter-American Development Bank', NULL, 'project', 'cash', 30000, '1998-06-01', 30000, '1998-06-01', '2026-12-02 15:50:27.812579+00', '2026-12-02 15:50:27.812579+00');
INSERT INTO public.contributions VALUES ('055b0ed5-9dfa-4886-a995-18b20e64f4bb', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'c164bcf1-5315-445b-9ed6-6b4e9c6d304b', 'Ministry of Health', NULL, 'government', 'cash', 10000, '1998-03-15', 6000, '1998-03-15', '2026-12-02 15:50:27.819947+00', '2026-12-02 15:50:27.819947+00');
INSERT INTO public.contributions VALUES ('0d9f89a7-79b4-4fb7-b933-d490ad9488a1', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'c164bcf1-5315-445b-9ed6-6b4e9c6d304b', 'Cheese makers', NULL, 'private_sector', 'in_kind', 5000, '1998-03-15', 5000, '1998-03-15', '2026-12-02 15:50:27.827201+00', '2026-12-02 15:50:27.827201+00');
INSERT INTO public.contributions VALUES ('191d8bca-7810-48ad-adc0-4f1fef076904', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '7c219a18-d65f-4eb8-9690-3d44ef404d3b', 'UNIDO project', NULL, 'project', 'cash', 20000, '1999-06-01', 20000, '1999-06-01', '2026-12-02 15:50:27.961014+00', '2026-12-02 15:50:27.961014+00');
INSERT INTO public.contributions VALUES ('59ed4cc8-2420-45e6-90e9-2c4be1ac8d3d', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '7c219a18-d65f-4eb8-9690-3d44ef404d3b', 'APPEAL members (syllabus and machinery)', NULL, 'private_sector', 'in_kind', 58000, '1999-06-01', 58000, '1999-06-01', '2026-12-02 15:50:27.96759+00', '2026-12-02 15:50:27.96759+00');
INSERT INTO public.contributions VALUES ('13ebf51d-379a-484a-b71e-8c8d04cdd279', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '7c219a18-d65f-4eb8-9690-3d44ef404d3b', 'Japanese machinery company', NULL, 'private_sector', 'in_kind', 16000, '1999-06-01', 16000, '1999-06-01', '2026-12-02 15:50:27.975414+00', '2026-12-02 15:50:27.975414+00');
INSERT INTO public.contributions VALUES ('e3122b92-5459-47ce-b91e-684e75ba26ce', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '7c219a18-d65f-4eb8-9690-3d44ef404d3b', 'GPW and local NGO', NULL, 'institutions', 'in_kind', 6000, '1999-06-01', 6000, '1999-06-01', '2026-12-02 15:50:27.98326+00', '2026-12-02 15:50:27.98326+00');


--
-- Data for Name: countries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.countries VALUES ('e630258e-8a89-415a-ac61-100e354fab1a', 'AD', 'AND', 'Andorra', 'Andorra', 'Andorre', '2026-12-02 15:50:25.866707+00', '2026-12-02 15:50:25.866707+00', 'ad  and  andorra  andorra  andorre');
INSERT INTO public.countries VALUES ('517d1646-f251-4225-9bdb-3d64fdc9e658', 'AE', 'ARE', 'United Arab Emirates', 'Emiratos Árabes Unidos', 'Émirats arabes unis', '2026-12-02 15:50:25.868365+00', '2026-12-02 15:50:25.868365+00', 'ae  are  united arab emirates  emiratos arabes unidos  emirats arabes unis');
INSERT INTO public.countries VALUES ('fe0040eb-0690-4d4d-8e09-863aab1a4f7f', 'AF', 'AFG', 'Afghanistan', 'Afganistán', 'Afghanistan', '2026-12-02 15:50:25.869579+00', '2026-12-02 15:50:25.869579+00', 'af  afg  afghanistan  afganistan  afghanistan');
INSERT INTO public.countries VALUES ('26906d63-003e-4d6c-b828-36e0e232cded', 'AG', 'ATG', 'Antigua and Barbuda', 'Antigua y Barbuda', 'Antigua-et-Barbuda', '2026-12-02 15:50:25.870657+00', '2026-12-02 15:50:25.870657+00', 'ag  atg  antigua and barbuda  antigua y barbuda  antigua-et-barbuda');
INSERT INTO public.countries VALUES ('db64dc04-9d93-478f-85f1-c48d57f185f4', 'AI', 'AIA', 'Anguilla', 'Anguila', 'Anguilla', '2026-12-02 15:50:25.871737+00', '2026-12-02 15:50:25.871737+00', 'ai  aia  anguilla  anguila  anguilla');
INSERT INTO public.countries VALUES ('867eac66-2909-45ee-bcb8-80d12c16a633', 'AL', 'ALB', 'Albania', 'Albania', 'Albanie', '2026-12-02 15:50:25.872811+00', '2026-12-02 15:50:25.872811+00', 'al  alb  albania  albania  albanie');
INSERT INTO public.countries VALUES ('a59c323c-b1e1-46cd-9f37-47bce1f79251', 'AM', 'ARM', 'Armenia', 'Armenia', 'Arménie', '2026-12-02 15:50:25.873833+00', '2026-12-02 15:50:25.873833+00', 'am  arm  armenia  armenia  armenie');
INSERT INTO public.countries VALUES ('cdf5f0b5-9f63-4c3f-b004-0ba207b7ecb7', 'AO', 'AGO', 'Angola', 'Angola', 'Angola', '2026-12-02 15:50:25.874845+00', '2026-12-02 15:50:25.874845+00', 'ao  ago  angola  angola  angola');
INSERT INTO public.countries VALUES ('6080aa61-6ff2-4973-924c-0a600e44e7bf', 'AQ', 'ATA', 'Antarctica', 'Antártida', 'Antarctique', '2026-12-02 15:50:25.875855+00', '2026-12-02 15:50:25.875855+00', 'aq  ata  antarctica  antartida  antarctique');
INSERT INTO public.countries VALUES ('b3f91a41-01ce-4d13-a7b4-c0c90e393b5f', 'AR', 'ARG', 'Argentina', 'Argentina', 'Argentine', '2026-12-02 15:50:25.876887+00', '2026-12-02 15:50:25.876887+00', 'ar  arg  argentina  argentina  argentine');
INSERT INTO public.countries VALUES ('be671ab4-4538-4eea-a57a-c5da1bf12e2f', 'AS', 'ASM', 'American Samoa', 'Samoa Estadounidense', 'Samoa américaines', '2026-12-02 15:50:25.877901+00', '2026-12-02 15:50:25.877901+00', 'as  asm  american samoa  samoa estadounidense  samoa americaines');
INSERT INTO public.countries VALUES ('7cc5af69-07c9-44b0-b793-0aecf1bc6403', 'AT', 'AUT', 'Austria', 'Austria', 'Autriche', '2026-12-02 15:50:25.878927+00', '2026-12-02 15:50:25.878927+00', 'at  aut  austria  austria  autriche');
INSERT INTO public.countries VALUES ('a5a6c9b7-9b77-43f3-899b-9ba6e2d20f56', 'AU', 'AUS', 'Australia', 'Australia', 'Australie', '2026-12-02 15:50:25.879929+00', '2026-12-02 15:50:25.879929+00', 'au  aus  australia  australia  australie');
INSERT INTO public.countries VALUES ('41c17244-1ad7-477c-9bb1-fc1ddc3d189e', 'AW', 'ABW', 'Aruba', 'Aruba', 'Aruba', '2026-12-02 15:50:25.880978+00', '2026-12-02 15:50:25.880978+00', 'aw  abw  aruba  aruba  aruba');
INSERT INTO public.countries VALUES ('2f8972b7-ebaa-4fc0-9e3e-19a915171f18', 'AX', 'ALA', 'Åland', 'Åland', 'Åland', '2026-12-02 15:50:25.881986+00', '2026-12-02 15:50:25.881986+00', 'ax  ala  aland  aland  aland');
INSERT INTO public.countries VALUES ('ce813876-6932-4fff-abfd-8515b00d650d', 'AZ', 'AZE', 'Azerbaijan', 'Azerbaiyán', 'Azerbaïdjan', '2026-12-02 15:50:25.883079+00', '2026-12-02 15:50:25.883079+00', 'az  aze  azerbaijan  azerbaiyan  azerbaidjan');
INSERT INTO public.countries VALUES ('106b836d-2b54-4f48-ae69-4f174814791a', 'BA', 'BIH', 'Bosnia and Herzegovina', 'Bosnia y Herzegovina', 'Bosnie-Herzégovine', '2026-12-02 15:50:25.884236+00', '2026-12-02 15:50:25.884236+00', 'ba  bih  bosnia and herzegovina  bosnia y herzegovina  bosnie-herzegovine');
INSERT INTO public.countries VALUES ('f1033f06-67d7-49d6-ac2a-44f1ce4cc8dd', 'BB', 'BRB', 'Barbados', 'Barbados', 'Barbade', '2026-12-02 15:50:25.885544+00', '2026-12-02 15:50:25.885544+00', 'bb  brb  barbados  barbados  barbade');
INSERT INTO public.countries VALUES ('63c24e06-cdb0-4084-98af-7c39ede62922', 'BD', 'BGD', 'Bangladesh', 'Bangladés', 'Bangladesh', '2026-12-02 15:50:25.886723+00', '2026-12-02 15:50:25.886723+00', 'bd  bgd  bangladesh  banglades  bangladesh');
INSERT INTO public.countries VALUES ('14012a72-47cc-47f2-9de5-ab3abf1977b8', 'BE', 'BEL', 'Belgium', 'Bélgica', 'Belgique', '2026-12-02 15:50:25.887711+00', '2026-12-02 15:50:25.887711+00', 'be  bel  belgium  belgica  belgique');
INSERT INTO public.countries VALUES ('020bb15e-e825-4c68-9502-038ef6195005', 'BF', 'BFA', 'Burkina Faso', 'Burkina Faso', 'Burkina Faso', '2026-12-02 15:50:25.888667+00', '2026-12-02 15:50:25.888667+00', 'bf  bfa  burkina faso  burkina faso  burkina faso');
INSERT INTO public.countries VALUES ('426914d7-8a12-4b71-b693-2bbc356c2797', 'BG', 'BGR', 'Bulgaria', 'Bulgaria', 'Bulgarie', '2026-12-02 15:50:25.889663+00', '2026-12-02 15:50:25.889663+00', 'bg  bgr  bulgaria  bulgaria  bulgarie');
INSERT INTO public.countries VALUES ('92e3a9bf-5552-441b-a2a0-7c7e67f3e3d6', 'BH', 'BHR', 'Bahrain', 'Baréin', 'Bahreïn', '2026-12-02 15:50:25.890588+00', '2026-12-02 15:50:25.890588+00', 'bh  bhr  bahrain  barein  bahrein');
INSERT INTO public.countries VALUES ('b4275def-e64b-44bd-89c5-2ffe907c1fc4', 'BI', 'BDI', 'Burundi', 'Burundi', 'Burundi', '2026-12-02 15:50:25.891535+00', '2026-12-02 15:50:25.891535+00', 'bi  bdi  burundi  burundi  burundi');
INSERT INTO public.countries VALUES ('ddd7a40f-cfcb-4d93-8749-4abece1bda7e', 'BJ', 'BEN', 'Benin', 'Benín', 'Bénin', '2026-12-02 15:50:25.892591+00', '2026-12-02 15:50:25.892591+00', 'bj  ben  benin  benin  benin');
INSERT INTO public.countries VALUES ('620c37b2-a9dc-4572-b294-1bc0bf991135', 'BL', 'BLM', 'Saint Barthélemy', 'San Bartolomé', 'Saint-Barthélemy', '2026-12-02 15:50:25.893856+00', '2026-12-02 15:50:25.893856+00', 'bl  blm  saint barthelemy  san bartolome  saint-barthelemy');
INSERT INTO public.countries VALUES ('8106da8b-0a82-4c31-ae12-74dbecc2bc68', 'BM', 'BMU', 'Bermuda', 'Bermudas', 'Bermudes', '2026-12-02 15:50:25.89498+00', '2026-12-02 15:50:25.89498+00', 'bm  bmu  bermuda  bermudas  bermudes');
INSERT INTO public.countries VALUES ('12d5c3de-f8ee-4526-b56c-ffc3531dbe1c', 'BN', 'BRN', 'Brunei', 'Brunéi', 'Brunei', '2026-12-02 15:50:25.896219+00', '2026-12-02 15:50:25.896219+00', 'bn  brn  brunei  brunei  brunei');
INSERT INTO public.countries VALUES ('4a974c06-3d98-4c26-8db6-ca6822e9ed5b', 'BO', 'BOL', 'Bolivia', 'Bolivia', 'Bolivie', '2026-12-02 15:50:25.897267+00', '2026-12-02 15:50:25.897267+00', 'bo  bol  bolivia  bolivia  bolivie');
INSERT INTO public.countries VALUES ('edccc25d-a9a1-4cde-9d18-eb670eafdc65', 'BR', 'BRA', 'Brazil', 'Brasil', 'Brésil', '2026-12-02 15:50:25.898313+00', '2026-12-02 15:50:25.898313+00', 'br  bra  brazil  brasil  bresil');
INSERT INTO public.countries VALUES ('69af0e61-439c-4c60-8823-86a0695a2b63', 'BS', 'BHS', 'The Bahamas', 'Bahamas', 'Bahamas', '2026-12-02 15:50:25.899373+00', '2026-12-02 15:50:25.899373+00', 'bs  bhs  the bahamas  bahamas  bahamas');
INSERT INTO public.countries VALUES ('776f72ca-8dc8-410d-9609-f936f446c7b9', 'BT', 'BTN', 'Bhutan', 'Bután', 'Bhoutan', '2026-12-02 15:50:25.900453+00', '2026-12-02 15:50:25.900453+00', 'bt  btn  bhutan  butan  bhoutan');
INSERT INTO public.countries VALUES ('35031aea-52e7-4a31-b2e4-bcc2b87fc46d', 'BW', 'BWA', 'Botswana', 'Botsuana', 'Botswana', '2026-12-02 15:50:25.901468+00', '2026-12-02 15:50:25.901468+00', 'bw  bwa  botswana  botsuana  botswana');
INSERT INTO public.countries VALUES ('cf678454-6a08-447c-a7b4-e737b00adb4b', 'BY', 'BLR', 'Belarus', 'Bielorrusia', 'Biélorussie', '2026-12-02 15:50:25.902565+00', '2026-12-02 15:50:25.902565+00', 'by  blr  belarus  bielorrusia  bielorussie');
INSERT INTO public.countries VALUES ('41a96b9b-b4ed-4f72-a05e-402026ef4b8b', 'BZ', 'BLZ', 'Belize', 'Belice', 'Belize', '2026-12-02 15:50:25.903641+00', '2026-12-02 15:50:25.903641+00', 'bz  blz  belize  belice  belize');
INSERT INTO public.countries VALUES ('02c34898-ed9b-492e-9bbf-ee563a31e5bd', 'CA', 'CAN', 'Canada', 'Canadá', 'Canada', '2026-12-02 15:50:25.904645+00', '2026-12-02 15:50:25.904645+00', 'ca  can  canada  canada  canada');
INSERT INTO public.countries VALUES ('13e641ff-0c05-4f28-b683-42220206766e', 'CD', 'COD', 'Democratic Republic of the Congo', 'República Democrática del Congo', 'République démocratique du Congo', '2026-12-02 15:50:25.90563+00', '2026-12-02 15:50:25.90563+00', 'cd  cod  democratic republic of the congo  republica democratica del congo  republique democratique du congo');
INSERT INTO public.countries VALUES ('7fa7ff33-fb11-4417-8af8-e34166df9b25', 'CF', 'CAF', 'Central African Republic', 'República Centroafricana', 'République centrafricaine', '2026-12-02 15:50:25.906602+00', '2026-12-02 15:50:25.906602+00', 'cf  caf  central african republic  republica centroafricana  republique centrafricaine');
INSERT INTO public.countries VALUES ('7b1e8093-a64d-4f38-aa87-16ab49f02991', 'CG', 'COG', 'Republic of the Congo', 'República del Congo', 'République du Congo', '2026-12-02 15:50:25.907562+00', '2026-12-02 15:50:25.907562+00', 'cg  cog  republic of the congo  republica del congo  republique du congo');
INSERT INTO public.countries VALUES ('01af0532-e12f-490c-9669-b7d5506e0540', 'CH', 'CHE', 'Switzerland', 'Suiza', 'Suisse', '2026-12-02 15:50:25.908582+00', '2026-12-02 15:50:25.908582+00', 'ch  che  switzerland  suiza  suisse');
INSERT INTO public.countries VALUES ('8d6630b9-353c-43f8-ad9a-8b75cb3ea47e', 'CI', 'CIV', 'Ivory Coast', 'Costa de Marfil', 'Côte d''Ivoire', '2026-12-02 15:50:25.909624+00', '2026-12-02 15:50:25.909624+00', 'ci  civ  ivory coast  costa de marfil  cote d''ivoire');
INSERT INTO public.countries VALUES ('66e4510c-0a51-466a-890c-913fc94097d7', 'CK', 'COK', 'Cook Islands', 'Islas Cook', 'Îles Cook', '2026-12-02 15:50:25.91062+00', '2026-12-02 15:50:25.91062+00', 'ck  cok  cook islands  islas cook  iles cook');
INSERT INTO public.countries VALUES ('ce3e6c22-a797-4d14-92ea-7ba96f1dfd76', 'CL', 'CHL', 'Chile', 'Chile', 'Chili', '2026-12-02 15:50:25.91161+00', '2026-12-02 15:50:25.91161+00', 'cl  chl  chile  chile  chili');
INSERT INTO public.countries VALUES ('c781a70a-3856-4cb1-a2f1-07b22581948a', 'CM', 'CMR', 'Cameroon', 'Camerún', 'Cameroun', '2026-12-02 15:50:25.912641+00', '2026-12-02 15:50:25.912641+00', 'cm  cmr  cameroon  camerun  cameroun');
INSERT INTO public.countries VALUES ('d425c73b-70ac-45af-8e90-8bc4190fe6ac', 'CN', 'CHN', 'People''s Republic of China', 'China', 'République populaire de Chine', '2026-12-02 15:50:25.913654+00', '2026-12-02 15:50:25.913654+00', 'cn  chn  people''s republic of china  china  republique populaire de chine');
INSERT INTO public.countries VALUES ('25692dbd-fe33-4be2-a581-e9d099d09e55', 'CO', 'COL', 'Colombia', 'Colombia', 'Colombie', '2026-12-02 15:50:25.914649+00', '2026-12-02 15:50:25.914649+00', 'co  col  colombia  colombia  colombie');
INSERT INTO public.countries VALUES ('68b11e1c-0e80-4b78-b7b7-1f70e57ca700', 'CR', 'CRI', 'Costa Rica', 'Costa Rica', 'Costa Rica', '2026-12-02 15:50:25.915649+00', '2026-12-02 15:50:25.915649+00', 'cr  cri  costa rica  costa rica  costa rica');
INSERT INTO public.countries VALUES ('eab17e58-97b6-43c2-a55c-06b5c4bd10fe', 'CU', 'CUB', 'Cuba', 'Cuba', 'Cuba', '2026-12-02 15:50:25.916659+00', '2026-12-02 15:50:25.916659+00', 'cu  cub  cuba  cuba  cuba');
INSERT INTO public.countries VALUES ('7df26ee3-563d-4125-b05b-924bc8004815', 'CV', 'CPV', 'Cape Verde', 'Cabo Verde', 'Cap-Vert', '2026-12-02 15:50:25.917644+00', '2026-12-02 15:50:25.917644+00', 'cv  cpv  cape verde  cabo verde  cap-vert');
INSERT INTO public.countries VALUES ('eec54057-4c45-402a-83f1-1f8bb4dd5799', 'CW', 'CUW', 'Curaçao', 'Curazao', 'Curaçao', '2026-12-02 15:50:25.918641+00', '2026-12-02 15:50:25.918641+00', 'cw  cuw  curacao  curazao  curacao');
INSERT INTO public.countries VALUES ('8392dcd4-2abe-459e-a7bc-3fa369348d36', 'CY', 'CYP', 'Cyprus', 'Chipre', 'Chypre', '2026-12-02 15:50:25.919667+00', '2026-12-02 15:50:25.919667+00', 'cy  cyp  cyprus  chipre  chypre');
INSERT INTO public.countries VALUES ('9eaba343-e103-49e7-bfba-0975eb9a5b8b', 'CZ', 'CZE', 'Czech Republic', 'República Checa', 'Tchéquie', '2026-12-02 15:50:25.920697+00', '2026-12-02 15:50:25.920697+00', 'cz  cze  czech republic  republica checa  tchequie');
INSERT INTO public.countries VALUES ('fc6a5489-c8a5-4d38-8c71-3d9901b5b462', 'DE', 'DEU', 'Germany', 'Alemania', 'Allemagne', '2026-12-02 15:50:25.921895+00', '2026-12-02 15:50:25.921895+00', 'de  deu  germany  alemania  allemagne');
INSERT INTO public.countries VALUES ('6d4ffaea-ee19-4d13-8d89-4f802614eaef', 'DJ', 'DJI', 'Djibouti', 'Yibuti', 'Djibouti', '2026-12-02 15:50:25.923179+00', '2026-12-02 15:50:25.923179+00', 'dj  dji  djibouti  yibuti  djibouti');
INSERT INTO public.countries VALUES ('1c0920d3-a75d-44be-ac3c-8110c8b13ba8', 'DK', 'DNK', 'Denmark', 'Dinamarca', 'Danemark', '2026-12-02 15:50:25.924316+00', '2026-12-02 15:50:25.924316+00', 'dk  dnk  denmark  dinamarca  danemark');
INSERT INTO public.countries VALUES ('4d4db0fc-ee39-4702-804f-4ace2a8c0ae1', 'DM', 'DMA', 'Dominica', 'Dominica', 'Dominique', '2026-12-02 15:50:25.925329+00', '2026-12-02 15:50:25.925329+00', 'dm  dma  dominica  dominica  dominique');
INSERT INTO public.countries VALUES ('35b6f2af-bfcc-432e-8682-4450281ea593', 'DO', 'DOM', 'Dominican Republic', 'República Dominicana', 'République dominicaine', '2026-12-02 15:50:25.926392+00', '2026-12-02 15:50:25.926392+00', 'do  dom  dominican republic  republica dominicana  republique dominicaine');
INSERT INTO public.countries VALUES ('b7509743-50ac-44f4-b4e7-6636291609d0', 'DZ', 'DZA', 'Algeria', 'Argelia', 'Algérie', '2026-12-02 15:50:25.92741+00', '2026-12-02 15:50:25.92741+00', 'dz  dza  algeria  argelia  algerie');
INSERT INTO public.countries VALUES ('15589f30-34ab-4594-974f-422218e7491f', 'EC', 'ECU', 'Ecuador', 'Ecuador', 'Équateur', '2026-12-02 15:50:25.92846+00', '2026-12-02 15:50:25.92846+00', 'ec  ecu  ecuador  ecuador  equateur');
INSERT INTO public.countries VALUES ('bbd7ab98-b056-4dbc-97c0-7b1d12a738ed', 'EE', 'EST', 'Estonia', 'Estonia', 'Estonie', '2026-12-02 15:50:25.929512+00', '2026-12-02 15:50:25.929512+00', 'ee  est  estonia  estonia  estonie');
INSERT INTO public.countries VALUES ('a1ecdfcc-9bde-438c-9584-c856b5782537', 'EG', 'EGY', 'Egypt', 'Egipto', 'Égypte', '2026-12-02 15:50:25.930522+00', '2026-12-02 15:50:25.930522+00', 'eg  egy  egypt  egipto  egypte');
INSERT INTO public.countries VALUES ('67a5a4cd-c47b-4e6d-a1e8-8a73a3686cba', 'EH', 'ESH', 'Western Sahara', 'Sahara Occidental', 'Sahara occidental', '2026-12-02 15:50:25.931539+00', '2026-12-02 15:50:25.931539+00', 'eh  esh  western sahara  sahara occidental  sahara occidental');
INSERT INTO public.countries VALUES ('d767175c-8701-4bee-a27c-1a48fbb4747e', 'ER', 'ERI', 'Eritrea', 'Eritrea', 'Érythrée', '2026-12-02 15:50:25.932588+00', '2026-12-02 15:50:25.932588+00', 'er  eri  eritrea  eritrea  erythree');
INSERT INTO public.countries VALUES ('d2b443cb-78d1-4d53-bb69-7be8329f9c13', 'ES', 'ESP', 'Spain', 'España', 'Espagne', '2026-12-02 15:50:25.93356+00', '2026-12-02 15:50:25.93356+00', 'es  esp  spain  espana  espagne');
INSERT INTO public.countries VALUES ('46aeb5c8-bccf-4eea-8422-73ebab77ed56', 'ET', 'ETH', 'Ethiopia', 'Etiopía', 'Éthiopie', '2026-12-02 15:50:25.934614+00', '2026-12-02 15:50:25.934614+00', 'et  eth  ethiopia  etiopia  ethiopie');
INSERT INTO public.countries VALUES ('98d02f94-c209-4fe0-97d5-be0ad956f2e4', 'FI', 'FIN', 'Finland', 'Finlandia', 'Finlande', '2026-12-02 15:50:25.935616+00', '2026-12-02 15:50:25.935616+00', 'fi  fin  finland  finlandia  finlande');
INSERT INTO public.countries VALUES ('873e2ab8-018a-4013-9389-7f43ef3766e9', 'FJ', 'FJI', 'Fiji', 'Fiyi', 'Fidji', '2026-12-02 15:50:25.93668+00', '2026-12-02 15:50:25.93668+00', 'fj  fji  fiji  fiyi  fidji');
INSERT INTO public.countries VALUES ('be20ef0a-101a-4405-a48e-6adc20dd6d31', 'FK', 'FLK', 'Falkland Islands', 'Islas Malvinas', 'îles Malouines', '2026-12-02 15:50:25.937682+00', '2026-12-02 15:50:25.937682+00', 'fk  flk  falkland islands  islas malvinas  iles malouines');
INSERT INTO public.countries VALUES ('09b1d491-d0d7-47cf-8fd1-d54b5da28ffb', 'FM', 'FSM', 'Federated States of Micronesia', 'Estados Federados de Micronesia', 'États fédérés de Micronésie', '2026-12-02 15:50:25.938678+00', '2026-12-02 15:50:25.938678+00', 'fm  fsm  federated states of micronesia  estados federados de micronesia  etats federes de micronesie');
INSERT INTO public.countries VALUES ('5eb2bc42-8e8f-4a4e-a1c6-d20bee776fc9', 'FO', 'FRO', 'Faroe Islands', 'Islas Feroe', 'îles Féroé', '2026-12-02 15:50:25.93983+00', '2026-12-02 15:50:25.93983+00', 'fo  fro  faroe islands  islas feroe  iles feroe');
INSERT INTO public.countries VALUES ('b6d4e1dd-b6a2-432f-ade9-36693ec9bd45', 'FR', 'FRA', 'France', 'Francia', 'France', '2026-12-02 15:50:25.940965+00', '2026-12-02 15:50:25.940965+00', 'fr  fra  france  francia  france');
INSERT INTO public.countries VALUES ('809e13f1-d797-4ea4-ba71-fac32ded4325', 'GA', 'GAB', 'Gabon', 'Gabón', 'Gabon', '2026-12-02 15:50:25.941979+00', '2026-12-02 15:50:25.941979+00', 'ga  gab  gabon  gabon  gabon');
INSERT INTO public.countries VALUES ('3e375328-dd41-4e7f-bac7-0f1827a0307f', 'GB', 'GBR', 'United Kingdom', 'Reino Unido', 'Royaume-Uni', '2026-12-02 15:50:25.942995+00', '2026-12-02 15:50:25.942995+00', 'gb  gbr  united kingdom  reino unido  royaume-uni');
INSERT INTO public.countries VALUES ('f35d0db5-db1a-4fcc-a590-725d1e85c89b', 'GD', 'GRD', 'Grenada', 'Granada', 'Grenade', '2026-12-02 15:50:25.944109+00', '2026-12-02 15:50:25.944109+00', 'gd  grd  grenada  granada  grenade');
INSERT INTO public.countries VALUES ('190f9d0c-f0f7-4bd0-8e20-11c6c8ee1770', 'GE', 'GEO', 'Georgia', 'Georgia', 'Géorgie', '2026-12-02 15:50:25.945107+00', '2026-12-02 15:50:25.945107+00', 'ge  geo  georgia  georgia  georgie');
INSERT INTO public.countries VALUES ('2b5bcafe-c7b8-4b07-a47d-e8eb41007f6d', 'GG', 'GGY', 'Guernsey', 'Guernsey', 'Guernesey', '2026-12-02 15:50:25.946131+00', '2026-12-02 15:50:25.946131+00', 'gg  ggy  guernsey  guernsey  guernesey');
INSERT INTO public.countries VALUES ('6b1b82a7-408c-4253-a8ff-74a93da05c8a', 'GH', 'GHA', 'Ghana', 'Ghana', 'Ghana', '2026-12-02 15:50:25.947126+00', '2026-12-02 15:50:25.947126+00', 'gh  gha  ghana  ghana  ghana');
INSERT INTO public.countries VALUES ('6e231c9c-de77-49f0-a059-b098eebd44cc', 'GI', 'GIB', 'Gibraltar', 'Gibraltar', 'Gibraltar', '2026-12-02 15:50:25.948161+00', '2026-12-02 15:50:25.948161+00', 'gi  gib  gibraltar  gibraltar  gibraltar');
INSERT INTO public.countries VALUES ('b884b0ba-d0cd-4179-a213-b76d46d9dc8d', 'GL', 'GRL', 'Greenland', 'Groenlandia', 'Groenland', '2026-12-02 15:50:25.949201+00', '2026-12-02 15:50:25.949201+00', 'gl  grl  greenland  groenlandia  groenland');
INSERT INTO public.countries VALUES ('2ffc8dd7-390e-4e72-ad63-c828caaef561', 'GM', 'GMB', 'The Gambia', 'Gambia', 'Gambie', '2026-12-02 15:50:25.95023+00', '2026-12-02 15:50:25.95023+00', 'gm  gmb  the gambia  gambia  gambie');
INSERT INTO public.countries VALUES ('895ab349-9353-4a2a-b643-60a4d1433fe2', 'GN', 'GIN', 'Guinea', 'Guinea', 'Guinée', '2026-12-02 15:50:25.951235+00', '2026-12-02 15:50:25.951235+00', 'gn  gin  guinea  guinea  guinee');
INSERT INTO public.countries VALUES ('d782e3cf-1769-409c-8704-09486427dd83', 'GQ', 'GNQ', 'Equatorial Guinea', 'Guinea Ecuatorial', 'Guinée équatoriale', '2026-12-02 15:50:25.952284+00', '2026-12-02 15:50:25.952284+00', 'gq  gnq  equatorial guinea  guinea ecuatorial  guinee equatoriale');
INSERT INTO public.countries VALUES ('52812584-6b26-45af-988f-4b59fde37174', 'GR', 'GRC', 'Greece', 'Grecia', 'Grèce', '2026-12-02 15:50:25.953273+00', '2026-12-02 15:50:25.953273+00', 'gr  grc  greece  grecia  grece');
INSERT INTO public.countries VALUES ('1275792d-67cb-4f3e-8f13-c54177848c84', 'GS', 'SGS', 'South Georgia and the South Sandwich Islands', 'Islas Georgias del Sur y Sandwich del Sur', 'Géorgie du Sud-et-les Îles Sandwich du Sud', '2026-12-02 15:50:25.954275+00', '2026-12-02 15:50:25.954275+00', 'gs  sgs  south georgia and the south sandwich islands  islas georgias del sur y sandwich del sur  georgie du sud-et-les iles sandwich du sud');
INSERT INTO public.countries VALUES ('b9fc0233-24ac-4a73-a4c4-998e718cacd2', 'GT', 'GTM', 'Guatemala', 'Guatemala', 'Guatemala', '2026-12-02 15:50:25.955256+00', '2026-12-02 15:50:25.955256+00', 'gt  gtm  guatemala  guatemala  guatemala');
INSERT INTO public.countries VALUES ('bf40fd67-54fc-4960-b175-11c6297aaf31', 'GU', 'GUM', 'Guam', 'Guam', 'Guam', '2026-12-02 15:50:25.957221+00', '2026-12-02 15:50:25.957221+00', 'gu  gum  guam  guam  guam');
INSERT INTO public.countries VALUES ('bf547a50-a798-4c55-bd9c-2811b93e2460', 'GW', 'GNB', 'Guinea-Bissau', 'Guinea-Bisáu', 'Guinée-Bissau', '2026-12-02 15:50:25.958364+00', '2026-12-02 15:50:25.958364+00', 'gw  gnb  guinea-bissau  guinea-bisau  guinee-bissau');
INSERT INTO public.countries VALUES ('8c940b12-6e34-4b15-8882-4f29f68c7c16', 'GY', 'GUY', 'Guyana', 'Guyana', 'Guyana', '2026-12-02 15:50:25.959499+00', '2026-12-02 15:50:25.959499+00', 'gy  guy  guyana  guyana  guyana');
INSERT INTO public.countries VALUES ('6a15e1e5-71f6-4273-be00-d0e206a4a894', 'HK', 'HKG', 'Hong Kong', 'Hong Kong', 'Hong Kong', '2026-12-02 15:50:25.960607+00', '2026-12-02 15:50:25.960607+00', 'hk  hkg  hong kong  hong kong  hong kong');
INSERT INTO public.countries VALUES ('1ecbaa5a-48bb-4be5-8152-2d68064b5822', 'HM', 'HMD', 'Heard Island and McDonald Islands', 'Islas Heard y McDonald', 'îles Heard-et-MacDonald', '2026-12-02 15:50:25.96165+00', '2026-12-02 15:50:25.96165+00', 'hm  hmd  heard island and mcdonald islands  islas heard y mcdonald  iles heard-et-macdonald');
INSERT INTO public.countries VALUES ('8da127c5-cf6a-4ee7-a576-0cf4be2fd16d', 'HN', 'HND', 'Honduras', 'Honduras', 'Honduras', '2026-12-02 15:50:25.962689+00', '2026-12-02 15:50:25.962689+00', 'hn  hnd  honduras  honduras  honduras');
INSERT INTO public.countries VALUES ('fb42429e-599b-41d6-a7ab-f6afd16ca2ee', 'HR', 'HRV', 'Croatia', 'Croacia', 'Croatie', '2026-12-02 15:50:25.963759+00', '2026-12-02 15:50:25.963759+00', 'hr  hrv  croatia  croacia  croatie');
INSERT INTO public.countries VALUES ('f5bf3b9f-0fbb-4510-ad02-9788c58091c7', 'HT', 'HTI', 'Haiti', 'Haití', 'Haïti', '2026-12-02 15:50:25.964842+00', '2026-12-02 15:50:25.964842+00', 'ht  hti  haiti  haiti  haiti');
INSERT INTO public.countries VALUES ('0e78ec10-47c3-4577-9ef1-1b071fd26466', 'HU', 'HUN', 'Hungary', 'Hungría', 'Hongrie', '2026-12-02 15:50:25.965854+00', '2026-12-02 15:50:25.965854+00', 'hu  hun  hungary  hungria  hongrie');
INSERT INTO public.countries VALUES ('948afe57-18d7-4913-80ec-a05ed6b8ed52', 'ID', 'IDN', 'Indonesia', 'Indonesia', 'Indonésie', '2026-12-02 15:50:25.96687+00', '2026-12-02 15:50:25.96687+00', 'id  idn  indonesia  indonesia  indonesie');
INSERT INTO public.countries VALUES ('e5260312-14d1-4df9-8914-6f3b744c35db', 'IE', 'IRL', 'Ireland', 'Irlanda', 'Irlande', '2026-12-02 15:50:25.96787+00', '2026-12-02 15:50:25.96787+00', 'ie  irl  ireland  irlanda  irlande');
INSERT INTO public.countries VALUES ('371320ab-fb04-4c1c-b535-cff27d58a775', 'IL', 'ISR', 'Israel', 'Israel', 'Israël', '2026-12-02 15:50:25.968952+00', '2026-12-02 15:50:25.968952+00', 'il  isr  israel  israel  israel');
INSERT INTO public.countries VALUES ('479a0f42-01b1-45ba-8972-b198dc1f43e2', 'IM', 'IMN', 'Isle of Man', 'Isla de Man', 'île de Man', '2026-12-02 15:50:25.970016+00', '2026-12-02 15:50:25.970016+00', 'im  imn  isle of man  isla de man  ile de man');
INSERT INTO public.countries VALUES ('b2f287c6-0f24-43db-9cdf-30d67bb7f69c', 'IN', 'IND', 'India', 'India', 'Inde', '2026-12-02 15:50:25.971023+00', '2026-12-02 15:50:25.971023+00', 'in  ind  india  india  inde');
INSERT INTO public.countries VALUES ('24c3a828-fb63-465d-9b13-da99df73d686', 'IO', 'IOT', 'British Indian Ocean Territory', 'Territorio Británico del Océano Índico', 'Territoire britannique de l’océan Indien', '2026-12-02 15:50:25.972148+00', '2026-12-02 15:50:25.972148+00', 'io  iot  british indian ocean territory  territorio britanico del oceano indico  territoire britannique de l’ocean indien');
INSERT INTO public.countries VALUES ('6eadbdc1-8449-4034-a7f2-2d6798810abb', 'IQ', 'IRQ', 'Iraq', 'Irak', 'Irak', '2026-12-02 15:50:25.973139+00', '2026-12-02 15:50:25.973139+00', 'iq  irq  iraq  irak  irak');
INSERT INTO public.countries VALUES ('3275a91a-ed5f-4517-be3b-9f6871d8bf15', 'IR', 'IRN', 'Iran', 'Irán', 'Iran', '2026-12-02 15:50:25.974147+00', '2026-12-02 15:50:25.974147+00', 'ir  irn  iran  iran  iran');
INSERT INTO public.countries VALUES ('0e44af3a-452d-471c-8017-3bb792be4590', 'IS', 'ISL', 'Iceland', 'Islandia', 'Islande', '2026-12-02 15:50:25.975119+00', '2026-12-02 15:50:25.975119+00', 'is  isl  iceland  islandia  islande');
INSERT INTO public.countries VALUES ('9be46910-0fba-49ad-9db3-96d8351573fd', 'IT', 'ITA', 'Italy', 'Italia', 'Italie', '2026-12-02 15:50:25.976116+00', '2026-12-02 15:50:25.976116+00', 'it  ita  italy  italia  italie');
INSERT INTO public.countries VALUES ('6d21821b-eea1-495e-a809-14c2bf32b32f', 'JE', 'JEY', 'Jersey', 'Jersey', 'Jersey', '2026-12-02 15:50:25.977132+00', '2026-12-02 15:50:25.977132+00', 'je  jey  jersey  jersey  jersey');
INSERT INTO public.countries VALUES ('8715ed03-67cd-4870-aa33-f6d29b15acb6', 'JM', 'JAM', 'Jamaica', 'Jamaica', 'Jamaïque', '2026-12-02 15:50:25.978389+00', '2026-12-02 15:50:25.978389+00', 'jm  jam  jamaica  jamaica  jamaique');
INSERT INTO public.countries VALUES ('0101a878-02f6-4aef-92d8-432101f311bf', 'JO', 'JOR', 'Jordan', 'Jordania', 'Jordanie', '2026-12-02 15:50:25.979606+00', '2026-12-02 15:50:25.979606+00', 'jo  jor  jordan  jordania  jordanie');
INSERT INTO public.countries VALUES ('8215b98b-f7c9-4486-9864-52f312ddd0d1', 'JP', 'JPN', 'Japan', 'Japón', 'Japon', '2026-12-02 15:50:25.980714+00', '2026-12-02 15:50:25.980714+00', 'jp  jpn  japan  japon  japon');
INSERT INTO public.countries VALUES ('2edf3e9d-0b88-48b0-98e3-8099a83a1dc4', 'KE', 'KEN', 'Kenya', 'Kenia', 'Kenya', '2026-12-02 15:50:25.981772+00', '2026-12-02 15:50:25.981772+00', 'ke  ken  kenya  kenia  kenya');
INSERT INTO public.countries VALUES ('15c5232c-8a63-4a88-aa62-8f66fa6a6a18', 'KG', 'KGZ', 'Kyrgyzstan', 'Kirguistán', 'Kirghizistan', '2026-12-02 15:50:25.982832+00', '2026-12-02 15:50:25.982832+00', 'kg  kgz  kyrgyzstan  kirguistan  kirghizistan');
INSERT INTO public.countries VALUES ('6124b2df-7658-4aac-88e1-13cc467b977e', 'KH', 'KHM', 'Cambodia', 'Camboya', 'Cambodge', '2026-12-02 15:50:25.983882+00', '2026-12-02 15:50:25.983882+00', 'kh  khm  cambodia  camboya  cambodge');
INSERT INTO public.countries VALUES ('4b5166f8-5841-4e7a-8b1b-3d08f80db305', 'KI', 'KIR', 'Kiribati', 'Kiribati', 'Kiribati', '2026-12-02 15:50:25.98499+00', '2026-12-02 15:50:25.98499+00', 'ki  kir  kiribati  kiribati  kiribati');
INSERT INTO public.countries VALUES ('fae52918-1ad1-4eb1-91d9-100896a31212', 'KM', 'COM', 'Comoros', 'Comoras', 'Comores', '2026-12-02 15:50:25.986064+00', '2026-12-02 15:50:25.986064+00', 'km  com  comoros  comoras  comores');
INSERT INTO public.countries VALUES ('835b1ff5-3133-4769-bc4a-80b3ed2f2928', 'KN', 'KNA', 'Saint Kitts and Nevis', 'San Cristóbal y Nieves', 'Saint-Christophe-et-Niévès', '2026-12-02 15:50:25.987312+00', '2026-12-02 15:50:25.987312+00', 'kn  kna  saint kitts and nevis  san cristobal y nieves  saint-christophe-et-nieves');
INSERT INTO public.countries VALUES ('793936ca-3315-42ef-a970-2b99ba13649b', 'KP', 'PRK', 'North Korea', 'Corea del Norte', 'Corée du Nord', '2026-12-02 15:50:25.988442+00', '2026-12-02 15:50:25.988442+00', 'kp  prk  north korea  corea del norte  coree du nord');
INSERT INTO public.countries VALUES ('c21768b0-ef3f-4d9b-b013-ef0d7726f97a', 'KR', 'KOR', 'South Korea', 'Corea del Sur', 'Corée du Sud', '2026-12-02 15:50:25.989419+00', '2026-12-02 15:50:25.989419+00', 'kr  kor  south korea  corea del sur  coree du sud');
INSERT INTO public.countries VALUES ('8fb8eeb2-4977-4747-aec3-fca90904c331', 'KW', 'KWT', 'Kuwait', 'Kuwait', 'Koweït', '2026-12-02 15:50:25.990416+00', '2026-12-02 15:50:25.990416+00', 'kw  kwt  kuwait  kuwait  koweit');
INSERT INTO public.countries VALUES ('c9206e66-c354-4abe-9658-1136c04204cc', 'KY', 'CYM', 'Cayman Islands', 'Islas Caimán', 'îles Caïmans', '2026-12-02 15:50:25.991477+00', '2026-12-02 15:50:25.991477+00', 'ky  cym  cayman islands  islas caiman  iles caimans');
INSERT INTO public.countries VALUES ('55b302c8-ab93-4ad4-a0c5-20ee446a5c17', 'KZ', 'KAZ', 'Kazakhstan', 'Kazajistán', 'Kazakhstan', '2026-12-02 15:50:25.992533+00', '2026-12-02 15:50:25.992533+00', 'kz  kaz  kazakhstan  kazajistan  kazakhstan');
INSERT INTO public.countries VALUES ('ac6898c6-67c8-4d8b-97af-ea537ea28827', 'LA', 'LAO', 'Laos', 'Laos', 'Laos', '2026-12-02 15:50:25.99358+00', '2026-12-02 15:50:25.99358+00', 'la  lao  laos  laos  laos');
INSERT INTO public.countries VALUES ('bd02c8c3-0181-4a7a-ac21-eed8053bbafa', 'LB', 'LBN', 'Lebanon', 'Líbano', 'Liban', '2026-12-02 15:50:25.994636+00', '2026-12-02 15:50:25.994636+00', 'lb  lbn  lebanon  libano  liban');
INSERT INTO public.countries VALUES ('61c12118-f734-41fa-bacb-5617d62a09a9', 'LC', 'LCA', 'Saint Lucia', 'Santa Lucía', 'Sainte-Lucie', '2026-12-02 15:50:25.995668+00', '2026-12-02 15:50:25.995668+00', 'lc  lca  saint lucia  santa lucia  sainte-lucie');
INSERT INTO public.countries VALUES ('aace369e-3ad3-458b-811f-7d18705a450c', 'LI', 'LIE', 'Liechtenstein', 'Liechtenstein', 'Liechtenstein', '2026-12-02 15:50:25.996742+00', '2026-12-02 15:50:25.996742+00', 'li  lie  liechtenstein  liechtenstein  liechtenstein');
INSERT INTO public.countries VALUES ('0f45eb26-3c23-484a-8362-83d5ffdb52a0', 'LK', 'LKA', 'Sri Lanka', 'Sri Lanka', 'Sri Lanka', '2026-12-02 15:50:25.997771+00', '2026-12-02 15:50:25.997771+00', 'lk  lka  sri lanka  sri lanka  sri lanka');
INSERT INTO public.countries VALUES ('0fc1c376-741a-4005-9958-b7eaee02b8d3', 'LR', 'LBR', 'Liberia', 'Liberia', 'Liberia', '2026-12-02 15:50:25.998796+00', '2026-12-02 15:50:25.998796+00', 'lr  lbr  liberia  liberia  liberia');
INSERT INTO public.countries VALUES ('66656a2c-869a-4531-bb83-09897aefc6a8', 'LS', 'LSO', 'Lesotho', 'Lesoto', 'Lesotho', '2026-12-02 15:50:25.999868+00', '2026-12-02 15:50:25.999868+00', 'ls  lso  lesotho  lesoto  lesotho');
INSERT INTO public.countries VALUES ('9a2c5112-a83c-4a54-82f3-8df9ad7f45ef', 'LT', 'LTU', 'Lithuania', 'Lituania', 'Lituanie', '2026-12-02 15:50:26.000942+00', '2026-12-02 15:50:26.000942+00', 'lt  ltu  lithuania  lituania  lituanie');
INSERT INTO public.countries VALUES ('f33583e1-5619-42d9-854a-9ff58207819d', 'LU', 'LUX', 'Luxembourg', 'Luxemburgo', 'Luxembourg', '2026-12-02 15:50:26.001951+00', '2026-12-02 15:50:26.001951+00', 'lu  lux  luxembourg  luxemburgo  luxembourg');
INSERT INTO public.countries VALUES ('dba9edaf-5868-4f1a-965b-e5e2c4511b21', 'LV', 'LVA', 'Latvia', 'Letonia', 'Lettonie', '2026-12-02 15:50:26.00295+00', '2026-12-02 15:50:26.00295+00', 'lv  lva  latvia  letonia  lettonie');
INSERT INTO public.countries VALUES ('54fcc795-cbb6-4ee3-811b-946e9a3e3761', 'LY', 'LBY', 'Libya', 'Libia', 'Libye', '2026-12-02 15:50:26.003948+00', '2026-12-02 15:50:26.003948+00', 'ly  lby  libya  libia  libye');
INSERT INTO public.countries VALUES ('f5487290-90a2-4127-a59f-98016e46216d', 'MA', 'MAR', 'Morocco', 'Marruecos', 'Maroc', '2026-12-02 15:50:26.005005+00', '2026-12-02 15:50:26.005005+00', 'ma  mar  morocco  marruecos  maroc');
INSERT INTO public.countries VALUES ('f95a0ab6-c022-493c-a9e7-8fbcae143b05', 'MC', 'MCO', 'Monaco', 'Mónaco', 'Monaco', '2026-12-02 15:50:26.006002+00', '2026-12-02 15:50:26.006002+00', 'mc  mco  monaco  monaco  monaco');
INSERT INTO public.countries VALUES ('38f63857-5aff-4691-a589-b935421bdaee', 'MD', 'MDA', 'Moldova', 'Moldavia', 'Moldavie', '2026-12-02 15:50:26.007008+00', '2026-12-02 15:50:26.007008+00', 'md  mda  moldova  moldavia  moldavie');
INSERT INTO public.countries VALUES ('94a2539e-2628-47f6-9f7d-00b55f3c44ba', 'ME', 'MNE', 'Montenegro', 'Montenegro', 'Monténégro', '2026-12-02 15:50:26.008009+00', '2026-12-02 15:50:26.008009+00', 'me  mne  montenegro  montenegro  montenegro');
INSERT INTO public.countries VALUES ('be68b3cd-b72e-446e-a4ad-7a5567e151c1', 'MF', 'MAF', 'Saint Martin', 'San Martín', 'Saint-Martin', '2026-12-02 15:50:26.009128+00', '2026-12-02 15:50:26.009128+00', 'mf  maf  saint martin  san martin  saint-martin');
INSERT INTO public.countries VALUES ('54aa27cb-e754-4e3d-b4f5-afb672954338', 'MG', 'MDG', 'Madagascar', 'Madagascar', 'Madagascar', '2026-12-02 15:50:26.010143+00', '2026-12-02 15:50:26.010143+00', 'mg  mdg  madagascar  madagascar  madagascar');
INSERT INTO public.countries VALUES ('34c35f0b-8418-4702-afea-7189d2ec2c88', 'MH', 'MHL', 'Marshall Islands', 'Islas Marshall', 'Îles Marshall', '2026-12-02 15:50:26.011161+00', '2026-12-02 15:50:26.011161+00', 'mh  mhl  marshall islands  islas marshall  iles marshall');
INSERT INTO public.countries VALUES ('0b5ae055-3da2-4232-a06b-9b15ba9b9944', 'MK', 'MKD', 'North Macedonia', 'Macedonia del Norte', 'Macédoine du Nord', '2026-12-02 15:50:26.012217+00', '2026-12-02 15:50:26.012217+00', 'mk  mkd  north macedonia  macedonia del norte  macedoine du nord');
INSERT INTO public.countries VALUES ('203b852c-1f1b-46df-828f-3505507d0fc5', 'ML', 'MLI', 'Mali', 'Malí', 'Mali', '2026-12-02 15:50:26.013222+00', '2026-12-02 15:50:26.013222+00', 'ml  mli  mali  mali  mali');
INSERT INTO public.countries VALUES ('490d4b01-46e5-453a-9083-e227391aa09e', 'MM', 'MMR', 'Myanmar', 'Birmania', 'Birmanie', '2026-12-02 15:50:26.014219+00', '2026-12-02 15:50:26.014219+00', 'mm  mmr  myanmar  birmania  birmanie');
INSERT INTO public.countries VALUES ('88f4b21e-44ed-4232-b7db-27567fb9769b', 'MN', 'MNG', 'Mongolia', 'Mongolia', 'Mongolie', '2026-12-02 15:50:26.015218+00', '2026-12-02 15:50:26.015218+00', 'mn  mng  mongolia  mongolia  mongolie');
INSERT INTO public.countries VALUES ('23826b67-e774-4acd-a166-b4b39d084072', 'MO', 'MAC', 'Macau', 'Macao', 'Macao', '2026-12-02 15:50:26.016407+00', '2026-12-02 15:50:26.016407+00', 'mo  mac  macau  macao  macao');
INSERT INTO public.countries VALUES ('8b86133a-36a3-4b24-8d0b-8d683a222628', 'MP', 'MNP', 'Northern Mariana Islands', 'Islas Marianas del Norte', 'îles Mariannes du Nord', '2026-12-02 15:50:26.017419+00', '2026-12-02 15:50:26.017419+00', 'mp  mnp  northern mariana islands  islas marianas del norte  iles mariannes du nord');
INSERT INTO public.countries VALUES ('924afcde-f93d-454a-b660-fa956ced6d9f', 'MR', 'MRT', 'Mauritania', 'Mauritania', 'Mauritanie', '2026-12-02 15:50:26.018427+00', '2026-12-02 15:50:26.018427+00', 'mr  mrt  mauritania  mauritania  mauritanie');
INSERT INTO public.countries VALUES ('cd270d82-53b5-41e2-93cc-0097e1f94cb3', 'MS', 'MSR', 'Montserrat', 'Montserrat', 'Montserrat', '2026-12-02 15:50:26.019445+00', '2026-12-02 15:50:26.019445+00', 'ms  msr  montserrat  montserrat  montserrat');
INSERT INTO public.countries VALUES ('96cb4b41-5d84-4065-8f42-fbab02b1e472', 'MT', 'MLT', 'Malta', 'Malta', 'Malte', '2026-12-02 15:50:26.020511+00', '2026-12-02 15:50:26.020511+00', 'mt  mlt  malta  malta  malte');
INSERT INTO public.countries VALUES ('c98c4d46-f462-47b4-b133-6e79ca7e4f13', 'MU', 'MUS', 'Mauritius', 'Mauricio', 'Maurice', '2026-12-02 15:50:26.02152+00', '2026-12-02 15:50:26.02152+00', 'mu  mus  mauritius  mauricio  maurice');
INSERT INTO public.countries VALUES ('04eadef1-8d27-4cba-8f31-db0332ae6219', 'MV', 'MDV', 'Maldives', 'Maldivas', 'Maldives', '2026-12-02 15:50:26.022525+00', '2026-12-02 15:50:26.022525+00', 'mv  mdv  maldives  maldivas  maldives');
INSERT INTO public.countries VALUES ('85946cab-b656-4dff-adc7-a6065523a6dd', 'MW', 'MWI', 'Malawi', 'Malaui', 'Malawi', '2026-12-02 15:50:26.023526+00', '2026-12-02 15:50:26.023526+00', 'mw  mwi  malawi  malaui  malawi');
INSERT INTO public.countries VALUES ('13da796b-0ae8-48f5-b785-11051d9d509b', 'MX', 'MEX', 'Mexico', 'México', 'Mexique', '2026-12-02 15:50:26.024557+00', '2026-12-02 15:50:26.024557+00', 'mx  mex  mexico  mexico  mexique');
INSERT INTO public.countries VALUES ('3e5c8aaa-52e4-4edd-852c-f4d97c9e8de2', 'MY', 'MYS', 'Malaysia', 'Malasia', 'Malaisie', '2026-12-02 15:50:26.025565+00', '2026-12-02 15:50:26.025565+00', 'my  mys  malaysia  malasia  malaisie');
INSERT INTO public.countries VALUES ('bb3dd8fe-a66c-4258-9b1e-f9fac9eb2312', 'MZ', 'MOZ', 'Mozambique', 'Mozambique', 'Mozambique', '2026-12-02 15:50:26.026555+00', '2026-12-02 15:50:26.026555+00', 'mz  moz  mozambique  mozambique  mozambique');
INSERT INTO public.countries VALUES ('78729242-b377-4b24-b12b-0bd74051895f', 'NA', 'NAM', 'Namibia', 'Namibia', 'Namibie', '2026-12-02 15:50:26.027543+00', '2026-12-02 15:50:26.027543+00', 'na  nam  namibia  namibia  namibie');
INSERT INTO public.countries VALUES ('59d5b9e4-77df-498b-8987-eeabd7ff86db', 'NC', 'NCL', 'New Caledonia', 'Nueva Caledonia', 'Nouvelle-Calédonie', '2026-12-02 15:50:26.028652+00', '2026-12-02 15:50:26.028652+00', 'nc  ncl  new caledonia  nueva caledonia  nouvelle-caledonie');
INSERT INTO public.countries VALUES ('26d4e1a9-0436-4a6b-b2c5-c34e64e4ef6c', 'NE', 'NER', 'Niger', 'Níger', 'Niger', '2026-12-02 15:50:26.02973+00', '2026-12-02 15:50:26.02973+00', 'ne  ner  niger  niger  niger');
INSERT INTO public.countries VALUES ('d59f7e5c-b931-47ea-a361-11af9d34adda', 'NF', 'NFK', 'Norfolk Island', 'Isla Norfolk', 'Île Norfolk', '2026-12-02 15:50:26.030736+00', '2026-12-02 15:50:26.030736+00', 'nf  nfk  norfolk island  isla norfolk  ile norfolk');
INSERT INTO public.countries VALUES ('e4b5f5de-9463-4b53-8a81-9fb1b31aaab7', 'NG', 'NGA', 'Nigeria', 'Nigeria', 'Nigeria', '2026-12-02 15:50:26.031747+00', '2026-12-02 15:50:26.031747+00', 'ng  nga  nigeria  nigeria  nigeria');
INSERT INTO public.countries VALUES ('1ab32569-2361-46e7-8c85-88abaee8cfcf', 'NI', 'NIC', 'Nicaragua', 'Nicaragua', 'Nicaragua', '2026-12-02 15:50:26.032772+00', '2026-12-02 15:50:26.032772+00', 'ni  nic  nicaragua  nicaragua  nicaragua');
INSERT INTO public.countries VALUES ('769b0345-e4cd-4ca6-ac03-e88eb94cf488', 'NL', 'NLD', 'Netherlands', 'Países Bajos', 'Pays-Bas', '2026-12-02 15:50:26.033771+00', '2026-12-02 15:50:26.033771+00', 'nl  nld  netherlands  paises bajos  pays-bas');
INSERT INTO public.countries VALUES ('c440cdea-4450-4d41-9c3c-a9a7746401f6', 'NO', 'NOR', 'Norway', 'Noruega', 'Norvège', '2026-12-02 15:50:26.034885+00', '2026-12-02 15:50:26.034885+00', 'no  nor  norway  noruega  norvege');
INSERT INTO public.countries VALUES ('6b5c26cc-61d7-4ee5-b70f-75f6152f2a2b', 'NP', 'NPL', 'Nepal', 'Nepal', 'Népal', '2026-12-02 15:50:26.035885+00', '2026-12-02 15:50:26.035885+00', 'np  npl  nepal  nepal  nepal');
INSERT INTO public.countries VALUES ('e029bee7-ecdd-4d64-aead-478ccd445674', 'NR', 'NRU', 'Nauru', 'Nauru', 'Nauru', '2026-12-02 15:50:26.036895+00', '2026-12-02 15:50:26.036895+00', 'nr  nru  nauru  nauru  nauru');
INSERT INTO public.countries VALUES ('f1abb29e-700d-4209-a2cf-d5e74a1287ec', 'NU', 'NIU', 'Niue', 'Niue', 'Niue', '2026-12-02 15:50:26.037871+00', '2026-12-02 15:50:26.037871+00', 'nu  niu  niue  niue  niue');
INSERT INTO public.countries VALUES ('bccb6652-ae4e-4e75-8fb8-128468c788e9', 'NZ', 'NZL', 'New Zealand', 'Nueva Zelanda', 'Nouvelle-Zélande', '2026-12-02 15:50:26.038877+00', '2026-12-02 15:50:26.038877+00', 'nz  nzl  new zealand  nueva zelanda  nouvelle-zelande');
INSERT INTO public.countries VALUES ('87b633d2-5ce9-4b6f-9a17-3b252583c851', 'OM', 'OMN', 'Oman', 'Omán', 'Oman', '2026-12-02 15:50:26.040775+00', '2026-12-02 15:50:26.040775+00', 'om  omn  oman  oman  oman');
INSERT INTO public.countries VALUES ('21940a40-512e-4f6b-b957-5aefa7743a15', 'PA', 'PAN', 'Panama', 'Panamá', 'Panama', '2026-12-02 15:50:26.042177+00', '2026-12-02 15:50:26.042177+00', 'pa  pan  panama  panama  panama');
INSERT INTO public.countries VALUES ('672e869d-5bde-4ebe-8e42-782a5f9fefa7', 'PE', 'PER', 'Peru', 'Perú', 'Pérou', '2026-12-02 15:50:26.04334+00', '2026-12-02 15:50:26.04334+00', 'pe  per  peru  peru  perou');
INSERT INTO public.countries VALUES ('0a6f3698-3593-4046-b9c6-2cdb4e252734', 'PF', 'PYF', 'French Polynesia', 'Polinesia Francesa', 'Polynésie française', '2026-12-02 15:50:26.044457+00', '2026-12-02 15:50:26.044457+00', 'pf  pyf  french polynesia  polinesia francesa  polynesie francaise');
INSERT INTO public.countries VALUES ('270ca7dc-16de-4cb3-9012-55108ba8b907', 'PG', 'PNG', 'Papua New Guinea', 'Papúa Nueva Guinea', 'Papouasie-Nouvelle-Guinée', '2026-12-02 15:50:26.045533+00', '2026-12-02 15:50:26.045533+00', 'pg  png  papua new guinea  papua nueva guinea  papouasie-nouvelle-guinee');
INSERT INTO public.countries VALUES ('44a9f36c-0991-4c93-8fa7-819f77e05e02', 'PH', 'PHL', 'Philippines', 'Filipinas', 'Philippines', '2026-12-02 15:50:26.046736+00', '2026-12-02 15:50:26.046736+00', 'ph  phl  philippines  filipinas  philippines');
INSERT INTO public.countries VALUES ('bd44d7dd-cd10-4c50-a829-cf44265f267e', 'PK', 'PAK', 'Pakistan', 'Pakistán', 'Pakistan', '2026-12-02 15:50:26.047938+00', '2026-12-02 15:50:26.047938+00', 'pk  pak  pakistan  pakistan  pakistan');
INSERT INTO public.countries VALUES ('06eaab33-3944-4ef4-a8ea-566bf39b71e4', 'PL', 'POL', 'Poland', 'Polonia', 'Pologne', '2026-12-02 15:50:26.049118+00', '2026-12-02 15:50:26.049118+00', 'pl  pol  poland  polonia  pologne');
INSERT INTO public.countries VALUES ('732af355-ff06-4608-b7f9-8cd369a2a4f0', 'PM', 'SPM', 'Saint Pierre and Miquelon', 'San Pedro y Miquelón', 'Saint-Pierre-et-Miquelon', '2026-12-02 15:50:26.050241+00', '2026-12-02 15:50:26.050241+00', 'pm  spm  saint pierre and miquelon  san pedro y miquelon  saint-pierre-et-miquelon');
INSERT INTO public.countries VALUES ('565fbd2d-3851-48bd-9709-e678310ed2e5', 'PN', 'PCN', 'Pitcairn Islands', 'Islas Pitcairn', 'Iles Pitcairn', '2026-12-02 15:50:26.05135+00', '2026-12-02 15:50:26.05135+00', 'pn  pcn  pitcairn islands  islas pitcairn  iles pitcairn');
INSERT INTO public.countries VALUES ('a8a63436-2a92-43c4-9014-eb291afe44ed', 'PR', 'PRI', 'Puerto Rico', 'Puerto Rico', 'Porto Rico', '2026-12-02 15:50:26.052562+00', '2026-12-02 15:50:26.052562+00', 'pr  pri  puerto rico  puerto rico  porto rico');
INSERT INTO public.countries VALUES ('f2d1d0e6-619c-44c5-8219-5e37004aba23', 'PS', 'PSE', 'Palestine', 'Palestina', 'Palestine', '2026-12-02 15:50:26.053729+00', '2026-12-02 15:50:26.053729+00', 'ps  pse  palestine  palestina  palestine');
INSERT INTO public.countries VALUES ('de5fab8f-d1b5-4921-8a05-f14484da9612', 'PT', 'PRT', 'Portugal', 'Portugal', 'Portugal', '2026-12-02 15:50:26.054861+00', '2026-12-02 15:50:26.054861+00', 'pt  prt  portugal  portugal  portugal');
INSERT INTO public.countries VALUES ('40c17ec2-4793-41df-b604-e7b2f601f4bd', 'PW', 'PLW', 'Palau', 'Palaos', 'Palaos', '2026-12-02 15:50:26.055942+00', '2026-12-02 15:50:26.055942+00', 'pw  plw  palau  palaos  palaos');
INSERT INTO public.countries VALUES ('bad8173e-f332-4665-a432-8e7d955aaffb', 'PY', 'PRY', 'Paraguay', 'Paraguay', 'Paraguay', '2026-12-02 15:50:26.057091+00', '2026-12-02 15:50:26.057091+00', 'py  pry  paraguay  paraguay  paraguay');
INSERT INTO public.countries VALUES ('cc9ab4f2-0952-4c84-9b45-bde324730474', 'QA', 'QAT', 'Qatar', 'Catar', 'Qatar', '2026-12-02 15:50:26.058192+00', '2026-12-02 15:50:26.058192+00', 'qa  qat  qatar  catar  qatar');
INSERT INTO public.countries VALUES ('c7d02671-9e48-43c7-9ff6-e457b0c00fd0', 'RO', 'ROU', 'Romania', 'Rumania', 'Roumanie', '2026-12-02 15:50:26.059324+00', '2026-12-02 15:50:26.059324+00', 'ro  rou  romania  rumania  roumanie');
INSERT INTO public.countries VALUES ('29b9ab8b-9551-442a-908a-7bc0934e2260', 'RS', 'SRB', 'Serbia', 'Serbia', 'Serbie', '2026-12-02 15:50:26.060419+00', '2026-12-02 15:50:26.060419+00', 'rs  srb  serbia  serbia  serbie');
INSERT INTO public.countries VALUES ('cb572cd7-b04e-4753-9a3f-96f98e917eeb', 'RU', 'RUS', 'Russia', 'Rusia', 'Russie', '2026-12-02 15:50:26.061475+00', '2026-12-02 15:50:26.061475+00', 'ru  rus  russia  rusia  russie');
INSERT INTO public.countries VALUES ('2d30a3cd-9d10-4edb-a66c-efafab1b1f59', 'RW', 'RWA', 'Rwanda', 'Ruanda', 'Rwanda', '2026-12-02 15:50:26.062542+00', '2026-12-02 15:50:26.062542+00', 'rw  rwa  rwanda  ruanda  rwanda');
INSERT INTO public.countries VALUES ('b5fc96a7-762a-4e0f-a9d6-427b5a5c81c9', 'SA', 'SAU', 'Saudi Arabia', 'Arabia Saudita', 'Arabie saoudite', '2026-12-02 15:50:26.06361+00', '2026-12-02 15:50:26.06361+00', 'sa  sau  saudi arabia  arabia saudita  arabie saoudite');
INSERT INTO public.countries VALUES ('88858168-cb4f-4b4f-b759-252c71c2149a', 'SB', 'SLB', 'Solomon Islands', 'Islas Salomón', 'Îles Salomon', '2026-12-02 15:50:26.064704+00', '2026-12-02 15:50:26.064704+00', 'sb  slb  solomon islands  islas salomon  iles salomon');
INSERT INTO public.countries VALUES ('e1b4cc95-d2c8-4c1d-8fa4-a801cf81d2b0', 'SC', 'SYC', 'Seychelles', 'Seychelles', 'Seychelles', '2026-12-02 15:50:26.06579+00', '2026-12-02 15:50:26.06579+00', 'sc  syc  seychelles  seychelles  seychelles');
INSERT INTO public.countries VALUES ('ef88abd9-fb07-4632-8b72-a2b30c4e6229', 'SD', 'SDN', 'Sudan', 'Sudán', 'Soudan', '2026-12-02 15:50:26.066862+00', '2026-12-02 15:50:26.066862+00', 'sd  sdn  sudan  sudan  soudan');
INSERT INTO public.countries VALUES ('5deb2014-3c4f-4d36-8f8b-58c812a2ff28', 'SE', 'SWE', 'Sweden', 'Suecia', 'Suède', '2026-12-02 15:50:26.067992+00', '2026-12-02 15:50:26.067992+00', 'se  swe  sweden  suecia  suede');
INSERT INTO public.countries VALUES ('42d3d86c-34d3-4f45-b5e2-966c8b24f6dd', 'SG', 'SGP', 'Singapore', 'Singapur', 'Singapour', '2026-12-02 15:50:26.069234+00', '2026-12-02 15:50:26.069234+00', 'sg  sgp  singapore  singapur  singapour');
INSERT INTO public.countries VALUES ('46134e59-aa21-4799-aa89-fb759f0c2d87', 'SH', 'SHN', 'Saint Helena', 'Isla Santa Elena', 'Sainte-Hélène', '2026-12-02 15:50:26.070394+00', '2026-12-02 15:50:26.070394+00', 'sh  shn  saint helena  isla santa elena  sainte-helene');
INSERT INTO public.countries VALUES ('267e919e-7bc5-4bc5-8861-6ed919efdc7f', 'SI', 'SVN', 'Slovenia', 'Eslovenia', 'Slovénie', '2026-12-02 15:50:26.071625+00', '2026-12-02 15:50:26.071625+00', 'si  svn  slovenia  eslovenia  slovenie');
INSERT INTO public.countries VALUES ('559b4796-fd8c-464e-bbbc-5549d89948fe', 'SK', 'SVK', 'Slovakia', 'Eslovaquia', 'Slovaquie', '2026-12-02 15:50:26.072978+00', '2026-12-02 15:50:26.072978+00', 'sk  svk  slovakia  eslovaquia  slovaquie');
INSERT INTO public.countries VALUES ('85b990ca-6c3e-46e8-88c8-27f81962e8e0', 'SL', 'SLE', 'Sierra Leone', 'Sierra Leona', 'Sierra Leone', '2026-12-02 15:50:26.074158+00', '2026-12-02 15:50:26.074158+00', 'sl  sle  sierra leone  sierra leona  sierra leone');
INSERT INTO public.countries VALUES ('0fc2d933-f263-44e4-9dc8-cbc2ff09f169', 'SM', 'SMR', 'San Marino', 'San Marino', 'Saint-Marin', '2026-12-02 15:50:26.075329+00', '2026-12-02 15:50:26.075329+00', 'sm  smr  san marino  san marino  saint-marin');
INSERT INTO public.countries VALUES ('284f6a52-89cd-46b8-802c-ffa852fa7770', 'SN', 'SEN', 'Senegal', 'Senegal', 'Sénégal', '2026-12-02 15:50:26.076475+00', '2026-12-02 15:50:26.076475+00', 'sn  sen  senegal  senegal  senegal');
INSERT INTO public.countries VALUES ('3fbc019a-6bd4-4cd6-a497-bb6d92dc9370', 'SO', 'SOM', 'Somalia', 'Somalia', 'Somalie', '2026-12-02 15:50:26.077603+00', '2026-12-02 15:50:26.077603+00', 'so  som  somalia  somalia  somalie');
INSERT INTO public.countries VALUES ('b3033e73-0e3b-4e54-8dd3-e1011fe6a070', 'SR', 'SUR', 'Suriname', 'Surinam', 'Suriname', '2026-12-02 15:50:26.078893+00', '2026-12-02 15:50:26.078893+00', 'sr  sur  suriname  surinam  suriname');
INSERT INTO public.countries VALUES ('9a25e24d-326c-4f0b-a690-4465c54103f7', 'SS', 'SSD', 'South Sudan', 'Sudán del Sur', 'Soudan du Sud', '2026-12-02 15:50:26.080029+00', '2026-12-02 15:50:26.080029+00', 'ss  ssd  south sudan  sudan del sur  soudan du sud');
INSERT INTO public.countries VALUES ('3b8f2ad1-c190-45f3-b79a-a225d862401f', 'ST', 'STP', 'São Tomé and Príncipe', 'Santo Tomé y Príncipe', 'Sao Tomé-et-Principe', '2026-12-02 15:50:26.081127+00', '2026-12-02 15:50:26.081127+00', 'st  stp  sao tome and principe  santo tome y principe  sao tome-et-principe');
INSERT INTO public.countries VALUES ('bd67434e-87c9-411c-94bd-aa5006365ecb', 'SV', 'SLV', 'El Salvador', 'El Salvador', 'Salvador', '2026-12-02 15:50:26.082143+00', '2026-12-02 15:50:26.082143+00', 'sv  slv  el salvador  el salvador  salvador');
INSERT INTO public.countries VALUES ('8916d113-a896-4c4f-9a35-da2d4020a6c6', 'SX', 'SXM', 'Sint Maarten', 'San Martín', 'Saint-Martin', '2026-12-02 15:50:26.083189+00', '2026-12-02 15:50:26.083189+00', 'sx  sxm  sint maarten  san martin  saint-martin');
INSERT INTO public.countries VALUES ('7c4190ec-1f4a-49f4-a03e-0afa331aa628', 'SY', 'SYR', 'Syria', 'Siria', 'Syrie', '2026-12-02 15:50:26.084284+00', '2026-12-02 15:50:26.084284+00', 'sy  syr  syria  siria  syrie');
INSERT INTO public.countries VALUES ('b9b070b4-50f1-49f3-ba16-5bb2bfe3c0c0', 'SZ', 'SWZ', 'Eswatini', 'Suazilandia', 'Eswatini', '2026-12-02 15:50:26.085388+00', '2026-12-02 15:50:26.085388+00', 'sz  swz  eswatini  suazilandia  eswatini');
INSERT INTO public.countries VALUES ('082e9042-a392-4a82-a81e-4098df23fec7', 'TC', 'TCA', 'Turks and Caicos Islands', 'Islas Turcas y Caicos', 'îles Turques-et-Caïques', '2026-12-02 15:50:26.086453+00', '2026-12-02 15:50:26.086453+00', 'tc  tca  turks and caicos islands  islas turcas y caicos  iles turques-et-caiques');
INSERT INTO public.countries VALUES ('9dc9b0b3-8795-4872-b413-14433fa7bd74', 'TD', 'TCD', 'Chad', 'Chad', 'Tchad', '2026-12-02 15:50:26.087503+00', '2026-12-02 15:50:26.087503+00', 'td  tcd  chad  chad  tchad');
INSERT INTO public.countries VALUES ('ec04f321-cd67-4cd0-bc45-416da48f456f', 'TF', 'ATF', 'French Southern and Antarctic Lands', 'Tierras Australes y Antárticas Francesas', 'Terres australes et antarctiques françaises', '2026-12-02 15:50:26.088564+00', '2026-12-02 15:50:26.088564+00', 'tf  atf  french southern and antarctic lands  tierras australes y antarticas francesas  terres australes et antarctiques francaises');
INSERT INTO public.countries VALUES ('449330ee-0b92-4911-a18b-3b081cd7c93f', 'TG', 'TGO', 'Togo', 'Togo', 'Togo', '2026-12-02 15:50:26.089613+00', '2026-12-02 15:50:26.089613+00', 'tg  tgo  togo  togo  togo');
INSERT INTO public.countries VALUES ('3a88dcc2-49ad-4ec2-a1d6-d8fd931cd724', 'TH', 'THA', 'Thailand', 'Tailandia', 'Thaïlande', '2026-12-02 15:50:26.090668+00', '2026-12-02 15:50:26.090668+00', 'th  tha  thailand  tailandia  thailande');
INSERT INTO public.countries VALUES ('411c3956-f52a-4f84-a538-ef9f62b37eab', 'TJ', 'TJK', 'Tajikistan', 'Tayikistán', 'Tadjikistan', '2026-12-02 15:50:26.091682+00', '2026-12-02 15:50:26.091682+00', 'tj  tjk  tajikistan  tayikistan  tadjikistan');
INSERT INTO public.countries VALUES ('59c19b4d-d529-4fef-8198-1fd4fde931d6', 'TL', 'TLS', 'East Timor', 'Timor Oriental', 'Timor oriental', '2026-12-02 15:50:26.092715+00', '2026-12-02 15:50:26.092715+00', 'tl  tls  east timor  timor oriental  timor oriental');
INSERT INTO public.countries VALUES ('eb74049f-946a-4354-a4b3-3fa4151bf9d9', 'TM', 'TKM', 'Turkmenistan', 'Turkmenistán', 'Turkménistan', '2026-12-02 15:50:26.094094+00', '2026-12-02 15:50:26.094094+00', 'tm  tkm  turkmenistan  turkmenistan  turkmenistan');
INSERT INTO public.countries VALUES ('8eaae14a-2bc3-4106-8159-0aee9058ae03', 'TN', 'TUN', 'Tunisia', 'Túnez', 'Tunisie', '2026-12-02 15:50:26.095273+00', '2026-12-02 15:50:26.095273+00', 'tn  tun  tunisia  tunez  tunisie');
INSERT INTO public.countries VALUES ('26437db2-8291-4755-8993-350fc00d96de', 'TO', 'TON', 'Tonga', 'Tonga', 'Tonga', '2026-12-02 15:50:26.09628+00', '2026-12-02 15:50:26.09628+00', 'to  ton  tonga  tonga  tonga');
INSERT INTO public.countries VALUES ('6dc2dde9-d994-44c1-909d-a0118cb123f5', 'TR', 'TUR', 'Turkey', 'Turquía', 'Turquie', '2026-12-02 15:50:26.097353+00', '2026-12-02 15:50:26.097353+00', 'tr  tur  turkey  turquia  turquie');
INSERT INTO public.countries VALUES ('ef3eb2c5-1f35-4c7f-9dbb-bbc5b36a13fb', 'TT', 'TTO', 'Trinidad and Tobago', 'Trinidad y Tobago', 'Trinité-et-Tobago', '2026-12-02 15:50:26.098412+00', '2026-12-02 15:50:26.098412+00', 'tt  tto  trinidad and tobago  trinidad y tobago  trinite-et-tobago');
INSERT INTO public.countries VALUES ('806d4b5c-7b42-4d89-aaa6-3b88775768fd', 'TV', 'TUV', 'Tuvalu', 'Tuvalu', 'Tuvalu', '2026-12-02 15:50:26.099503+00', '2026-12-02 15:50:26.099503+00', 'tv  tuv  tuvalu  tuvalu  tuvalu');
INSERT INTO public.countries VALUES ('06700ef1-efff-428d-8e90-48e0ad7b877d', 'TW', 'TWN', 'Taiwan', 'República de China', 'Taïwan', '2026-12-02 15:50:26.100648+00', '2026-12-02 15:50:26.100648+00', 'tw  twn  taiwan  republica de china  taiwan');
INSERT INTO public.countries VALUES ('a49428fe-1963-4d52-8a01-43681401438f', 'TZ', 'TZA', 'Tanzania', 'Tanzania', 'Tanzanie', '2026-12-02 15:50:26.101858+00', '2026-12-02 15:50:26.101858+00', 'tz  tza  tanzania  tanzania  tanzanie');
INSERT INTO public.countries VALUES ('10d8e97b-1a21-4471-b718-02eda207e885', 'UA', 'UKR', 'Ukraine', 'Ucrania', 'Ukraine', '2026-12-02 15:50:26.103137+00', '2026-12-02 15:50:26.103137+00', 'ua  ukr  ukraine  ucrania  ukraine');
INSERT INTO public.countries VALUES ('23cc983a-fac4-48d2-9ca2-bb195ec4bdb7', 'UG', 'UGA', 'Uganda', 'Uganda', 'Ouganda', '2026-12-02 15:50:26.10426+00', '2026-12-02 15:50:26.10426+00', 'ug  uga  uganda  uganda  ouganda');
INSERT INTO public.countries VALUES ('7f434e34-b372-4ff8-8c00-16a37ad81dae', 'UM', 'UMI', 'United States Minor Outlying Islands', 'Islas ultramarinas de Estados Unidos', 'Îles mineures éloignées des États-Unis', '2026-12-02 15:50:26.10551+00', '2026-12-02 15:50:26.10551+00', 'um  umi  united states minor outlying islands  islas ultramarinas de estados unidos  iles mineures eloignees des etats-unis');
INSERT INTO public.countries VALUES ('a46e4cf6-7763-482f-92fa-0e4e025bd888', 'US', 'USA', 'United States of America', 'Estados Unidos', 'États-Unis', '2026-12-02 15:50:26.10661+00', '2026-12-02 15:50:26.10661+00', 'us  usa  united states of america  estados unidos  etats-unis');
INSERT INTO public.countries VALUES ('46261c1d-9ec1-4936-ad88-2853733f0f81', 'UY', 'URY', 'Uruguay', 'Uruguay', 'Uruguay', '2026-12-02 15:50:26.107686+00', '2026-12-02 15:50:26.107686+00', 'uy  ury  uruguay  uruguay  uruguay');
INSERT INTO public.countries VALUES ('3ea8b5c0-7b71-42f8-a501-4d6a5a08e33d', 'UZ', 'UZB', 'Uzbekistan', 'Uzbekistán', 'Ouzbékistan', '2026-12-02 15:50:26.108887+00', '2026-12-02 15:50:26.108887+00', 'uz  uzb  uzbekistan  uzbekistan  ouzbekistan');
INSERT INTO public.countries VALUES ('c7040648-879e-42d4-8aba-b009ddae9be2', 'VA', 'VAT', 'Vatican City', 'Ciudad del Vaticano', 'Cité du Vatican', '2026-12-02 15:50:26.109977+00', '2026-12-02 15:50:26.109977+00', 'va  vat  vatican city  ciudad del vaticano  cite du vatican');
INSERT INTO public.countries VALUES ('34f4e46d-ece2-4bbd-b734-05c8a23648cc', 'VC', 'VCT', 'Saint Vincent and the Grenadines', 'San Vicente y las Granadinas', 'Saint-Vincent-et-les-Grenadines', '2026-12-02 15:50:26.111025+00', '2026-12-02 15:50:26.111025+00', 'vc  vct  saint vincent and the grenadines  san vicente y las granadinas  saint-vincent-et-les-grenadines');
INSERT INTO public.countries VALUES ('f8526de5-807a-4a03-b4cf-18fb28f6f0c0', 'VE', 'VEN', 'Venezuela', 'Venezuela', 'Venezuela', '2026-12-02 15:50:26.112137+00', '2026-12-02 15:50:26.112137+00', 've  ven  venezuela  venezuela  venezuela');
INSERT INTO public.countries VALUES ('6b77be03-0820-40ff-a377-d6dd31a1cfb9', 'VG', 'VGB', 'British Virgin Islands', 'Islas Vírgenes Británicas', 'îles Vierges britanniques', '2026-12-02 15:50:26.11321+00', '2026-12-02 15:50:26.11321+00', 'vg  vgb  british virgin islands  islas virgenes britanicas  iles vierges britanniques');
INSERT INTO public.countries VALUES ('3b719f52-e950-492a-8d1e-a54027159d33', 'VI', 'VIR', 'United States Virgin Islands', 'Islas Vírgenes de los Estados Unidos', 'îles Vierges des États-Unis', '2026-12-02 15:50:26.114287+00', '2026-12-02 15:50:26.114287+00', 'vi  vir  united states virgin islands  islas virgenes de los estados unidos  iles vierges des etats-unis');
INSERT INTO public.countries VALUES ('73c272d0-5bf9-431b-9be8-9a56c4c58ee0', 'VN', 'VNM', 'Vietnam', 'Vietnam', 'Viêt Nam', '2026-12-02 15:50:26.115561+00', '2026-12-02 15:50:26.115561+00', 'vn  vnm  vietnam  vietnam  viet nam');
INSERT INTO public.countries VALUES ('de0fbdb0-8208-4494-ae7a-4c2a9226454b', 'VU', 'VUT', 'Vanuatu', 'Vanuatu', 'Vanuatu', '2026-12-02 15:50:26.116767+00', '2026-12-02 15:50:26.116767+00', 'vu  vut  vanuatu  vanuatu  vanuatu');
INSERT INTO public.countries VALUES ('24913d81-d088-4f4a-a930-ca905a6ff556', 'WF', 'WLF', 'Wallis and Futuna', 'Wallis y Futuna', 'Wallis-et-Futuna', '2026-12-02 15:50:26.117893+00', '2026-12-02 15:50:26.117893+00', 'wf  wlf  wallis and futuna  wallis y futuna  wallis-et-futuna');
INSERT INTO public.countries VALUES ('6da0e537-b953-4ec4-bc29-e244ca56f6f9', 'WS', 'WSM', 'Samoa', 'Samoa', 'Samoa', '2026-12-02 15:50:26.118991+00', '2026-12-02 15:50:26.118991+00', 'ws  wsm  samoa  samoa  samoa');
INSERT INTO public.countries VALUES ('c27bb78c-7a64-4256-8c91-6cf5804fd682', 'XK', NULL, 'Kosovo', 'Kosovo', 'Kosovo', '2026-12-02 15:50:26.120121+00', '2026-12-02 15:50:26.120121+00', 'xk  kosovo  kosovo  kosovo');
INSERT INTO public.countries VALUES ('30c2efe0-0f27-4beb-89bd-4bfbd97188b0', 'YE', 'YEM', 'Yemen', 'Yemen', 'Yémen', '2026-12-02 15:50:26.121182+00', '2026-12-02 15:50:26.121182+00', 'ye  yem  yemen  yemen  yemen');
INSERT INTO public.countries VALUES ('9c99fe81-8d12-4fae-ada2-7764a9da4f24', 'ZA', 'ZAF', 'South Africa', 'Sudáfrica', 'Afrique du Sud', '2026-12-02 15:50:26.122238+00', '2026-12-02 15:50:26.122238+00', 'za  zaf  south africa  sudafrica  afrique du sud');
INSERT INTO public.countries VALUES ('6b4d8ad7-8afd-421e-b822-abdc9346d427', 'ZM', 'ZMB', 'Zambia', 'Zambia', 'Zambie', '2026-12-02 15:50:26.12326+00', '2026-12-02 15:50:26.12326+00', 'zm  zmb  zambia  zambia  zambie');
INSERT INTO public.countries VALUES ('5ea42717-d4be-4011-8a27-1f951bc3346b', 'ZW', 'ZWE', 'Zimbabwe', 'Zimbabue', 'Zimbabwe', '2026-12-02 15:50:26.124293+00', '2026-12-02 15:50:26.124293+00', 'zw  zwe  zimbabwe  zimbabue  zimbabwe');


--
-- Data for Name: diagnostics; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.diagnostics VALUES ('5c7141fe-0c4d-4b35-8bb2-e1f31fb6b449', 'cf3ba8d1-4d78-423c-a793-a722723de16d', 1, 'draft', 'Fez leather cluster diagnostic', '2000-03-01', 'Tanneries in the old town discharge untreated effluent; relocation is under discussion. Illustrative demo record.', NULL, NULL, NULL, NULL, '', '', '', '', NULL, NULL, NULL, NULL, '2026-12-02 15:50:28.04555+00', '2026-12-02 15:50:28.04555+00');
INSERT INTO public.diagnostics VALUES ('1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 'eec7305b-7fe8-4017-866e-091f78491330', 1, 'validated', 'Pune food processing cluster diagnostic', '1998-01-15', 'Small food processors (pickles, spices, snacks) buying from local farmers and selling through traders.', NULL, 'Representation fragmented among many small associations; no dialogue with the federal food regulator.', NULL, NULL, '', 'Little use of existing testing facilities
Fragmented associations', 'Growing demand for packaged foods', 'Audits under the Food Adulteration Act', 'The groups see the same problem differently; dialogue must come first.', '1998-09-30', 'Validation meeting with entrepreneurs, the testing laboratory and the food administration', '464e2241-0ae6-4ac0-8bfb-cd4dd667b9df', '2026-12-02 15:50:26.948641+00', '2026-12-02 15:50:28.054594+00');
INSERT INTO public.diagnostics VALUES ('863cc427-8525-4b36-99a6-38dee57d3f9d', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 1, 'validated', 'Jaipur block printing cluster diagnostic', '1997-02-01', 'About 350 small firms in hand-block and screen printing employing almost 10,000 workers; screen printers copy designs and use synthetic dyes.', NULL, NULL, 'Twenty years of bitter competition among block printers.', 'An attempt to cooperate failed some twenty years before; no move since.', 'Long tradition of hand-block printing
Natural dyes', '', 'Worldwide appreciation for ethnic design and eco-friendly dyes', 'Screen printers copying designs at lower cost', 'Unexploited capacity to target profitable national and world markets; marketing skills lacking.', '1997-08-20', 'Validation meeting with artisans, CALICO and support agencies', NULL, '2026-12-02 15:50:27.148179+00', '2026-12-02 15:50:28.060726+00');
INSERT INTO public.diagnostics VALUES ('0772daf2-cbb9-42b2-b65b-ea2c68fddb47', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 1, 'validated', 'Boaco and Chontales milk and cheese diagnostic', '1997-05-01', 'Milk producers, collectors, processing cooperatives, testing laboratories and cheese retailers.', NULL, 'Many institutions (INPYME, INCAE, ministries, IDR) without coordination.', NULL, NULL, '', '', '', '', 'Bottlenecks at every stage of the chain; quality and hygiene limit access to markets.', '1997-11-20', 'Committee for institutional coordination', NULL, '2026-12-02 15:50:27.551926+00', '2026-12-02 15:50:28.066632+00');
INSERT INTO public.diagnostics VALUES ('820b6f9b-6fcf-466e-9fc9-63bc85f718ee', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', 1, 'validated', 'Ludhiana knitwear cluster diagnostic', '1997-04-01', 'Over 10,000 small and medium firms, nearly 90 % of the national market for woollen knitwear.', NULL, NULL, NULL, NULL, '', 'Workers'' skills
Finishing technology
Few skilled women workers', 'Higher segments of the domestic market
Exports', 'Liberalisation and cheaper goods from Nepal and China', NULL, '1997-10-10', 'Cluster stakeholders'' meeting', NULL, '2026-12-02 15:50:27.89457+00', '2026-12-02 15:50:28.072861+00');


--
-- Data for Name: event_actors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.event_actors VALUES ('6f6addab-6cfa-4339-8514-116e4bf041e2', '059d2004-8c4b-4fb8-bd9b-4d5205361e5c', 0, '6ceef8ea-646d-4190-a796-a27888fa814c');
INSERT INTO public.event_actors VALUES ('0d846155-47d2-437b-b999-30eaf985b9f8', 'da045712-11d8-4ad7-8600-66424d0b77a5', 0, '515815de-4cfe-498e-8f99-f53ee648bba1');
INSERT INTO public.event_actors VALUES ('0ca176c1-acbf-4faa-a79f-aecaba251eb7', 'b0a429aa-d831-43ad-8493-27d9cfe47ce4', 0, '6ceef8ea-646d-4190-a796-a27888fa814c');
INSERT INTO public.event_actors VALUES ('83765b9f-970d-42a4-927d-44391f3d0cdc', 'b0a429aa-d831-43ad-8493-27d9cfe47ce4', 1, '33fc25a6-ee79-4913-b206-1c75e8ec703a');
INSERT INTO public.event_actors VALUES ('b5d3fe3b-bb7e-4b35-a0ad-3bdb9d493364', 'b0a429aa-d831-43ad-8493-27d9cfe47ce4', 2, '89b84a98-0bbc-4856-afb5-b119b21a8000');
INSERT INTO public.event_actors VALUES ('7967f32c-da4b-45a0-9bf6-31c8516d3dbd', 'b0a429aa-d831-43ad-8493-27d9cfe47ce4', 3, '515815de-4cfe-498e-8f99-f53ee648bba1');
INSERT INTO public.event_actors VALUES ('27fcdf4c-a986-45e6-8649-feb7abb72bc0', '464e2241-0ae6-4ac0-8bfb-cd4dd667b9df', 0, '33fc25a6-ee79-4913-b206-1c75e8ec703a');
INSERT INTO public.event_actors VALUES ('aba1325e-09d3-4a88-a5c5-71adcc75c8b1', '464e2241-0ae6-4ac0-8bfb-cd4dd667b9df', 1, '89b84a98-0bbc-4856-afb5-b119b21a8000');
INSERT INTO public.event_actors VALUES ('e91b30be-0f11-4650-8e72-59a53aead9eb', '464e2241-0ae6-4ac0-8bfb-cd4dd667b9df', 2, '515815de-4cfe-498e-8f99-f53ee648bba1');
INSERT INTO public.event_actors VALUES ('05564968-a86f-4380-84ee-65c8c99fd331', '99297542-451c-44df-903b-fcf1acd46969', 0, 'cc50c367-ded7-4e32-9f87-bd4e7f633e46');
INSERT INTO public.event_actors VALUES ('d8b40b77-28f3-41fb-b2ed-ac0d0e8583b6', '99297542-451c-44df-903b-fcf1acd46969', 1, 'f35396d5-6446-49f3-906f-84cb0dc770e9');
INSERT INTO public.event_actors VALUES ('1e7bd905-97af-4d55-9bc0-5016b8e5e25f', '4e023a51-466f-4cfd-bbd1-7bba48b5cbaa', 0, 'cc30a736-a01a-4e17-91e4-a2029cc54a88');
INSERT INTO public.event_actors VALUES ('c373e64c-7447-4632-a1de-9555926d916c', '4e023a51-466f-4cfd-bbd1-7bba48b5cbaa', 1, 'dc4a7e22-df3d-471d-aed8-4d4cb1ff752b');
INSERT INTO public.event_actors VALUES ('d7f6ddd7-6bb2-4213-b022-efc74befd8e6', '4e023a51-466f-4cfd-bbd1-7bba48b5cbaa', 2, '4ee67cd3-6944-47a4-8603-f22b2fdca978');
INSERT INTO public.event_actors VALUES ('08d14846-e1c6-431e-8f47-663281bc2c36', '983b1b5b-95f4-43ad-a3cc-777ca3e0189a', 0, 'cc30a736-a01a-4e17-91e4-a2029cc54a88');
INSERT INTO public.event_actors VALUES ('271d7861-9aa3-4d42-bc60-1aeda47d7afd', '983b1b5b-95f4-43ad-a3cc-777ca3e0189a', 1, 'dc4a7e22-df3d-471d-aed8-4d4cb1ff752b');
INSERT INTO public.event_actors VALUES ('e023772c-d098-4375-91dc-c39eac1501a0', '983b1b5b-95f4-43ad-a3cc-777ca3e0189a', 2, '4ee67cd3-6944-47a4-8603-f22b2fdca978');
INSERT INTO public.event_actors VALUES ('9e83d81a-b98d-4c25-8b4f-dd18a0a6d095', '983b1b5b-95f4-43ad-a3cc-777ca3e0189a', 3, '84610432-f3df-4ebd-966b-6989f3da8380');
INSERT INTO public.event_actors VALUES ('04db9790-1f5b-4956-86a1-034dc35e67fb', '983b1b5b-95f4-43ad-a3cc-777ca3e0189a', 4, '307e885c-ff8e-427c-af48-7dfd7f125c0a');
INSERT INTO public.event_actors VALUES ('4f98bc44-6bb2-407c-9d48-39273046ae59', '2994fcdd-41d1-4e66-be67-9b7645be00f7', 0, 'cc30a736-a01a-4e17-91e4-a2029cc54a88');
INSERT INTO public.event_actors VALUES ('73d63d1c-0d6e-4ea0-979a-c2a8811686ed', '2994fcdd-41d1-4e66-be67-9b7645be00f7', 1, 'dc4a7e22-df3d-471d-aed8-4d4cb1ff752b');
INSERT INTO public.event_actors VALUES ('2cbfb20d-e537-43d4-bf8f-10cece67753d', '2994fcdd-41d1-4e66-be67-9b7645be00f7', 2, '4ee67cd3-6944-47a4-8603-f22b2fdca978');
INSERT INTO public.event_actors VALUES ('a4d9629d-4d78-4829-a5ff-3a0061bd3363', 'f69a019e-63ad-4677-97ea-becaf4fad162', 0, 'cc50c367-ded7-4e32-9f87-bd4e7f633e46');
INSERT INTO public.event_actors VALUES ('a0641151-2fe7-49cd-914b-7ec71a529714', 'f69a019e-63ad-4677-97ea-becaf4fad162', 1, 'f35396d5-6446-49f3-906f-84cb0dc770e9');
INSERT INTO public.event_actors VALUES ('6b53dd53-5292-4345-9518-01ae215928df', 'f69a019e-63ad-4677-97ea-becaf4fad162', 2, 'cc30a736-a01a-4e17-91e4-a2029cc54a88');
INSERT INTO public.event_actors VALUES ('91a48933-9f38-407d-8314-eece6f608a07', 'f69a019e-63ad-4677-97ea-becaf4fad162', 3, 'dc4a7e22-df3d-471d-aed8-4d4cb1ff752b');
INSERT INTO public.event_actors VALUES ('5dd4603c-cea3-439c-9db7-75b671474e23', 'f69a019e-63ad-4677-97ea-becaf4fad162', 4, '4ee67cd3-6944-47a4-8603-f22b2fdca978');
INSERT INTO public.event_actors VALUES ('ce78f8c7-ef6b-4e7d-8029-bb15d2980429', 'f69a019e-63ad-4677-97ea-becaf4fad162', 5, 'f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2');
INSERT INTO public.event_actors VALUES ('6189c503-77c0-4e70-a3c1-85bc3e3f1f69', 'f69a019e-63ad-4677-97ea-becaf4fad162', 6, '7697381f-f476-49b0-839d-9d10339430ca');
INSERT INTO public.event_actors VALUES ('e4aed90e-9c69-445c-bc45-df32b30349f8', 'f69a019e-63ad-4677-97ea-becaf4fad162', 7, 'caca8b66-b352-4a94-83e5-a8d9020eec35');
INSERT INTO public.event_actors VALUES ('45008d94-18e3-47a0-bcac-7739692455f9', 'f69a019e-63ad-4677-97ea-becaf4fad162', 8, '8444cb9b-ad2d-40ea-adde-86a69ed514e2');
INSERT INTO public.event_actors VALUES ('174dbe82-f54c-48cf-9ff4-dc2cdfb7a85d', 'a5e7e8c4-82ce-4c18-a692-3aafd08aa0ab', 0, '8444cb9b-ad2d-40ea-adde-86a69ed514e2');
INSERT INTO public.event_actors VALUES ('75812b89-7767-4822-862e-5a9d2d6740f5', 'a5e7e8c4-82ce-4c18-a692-3aafd08aa0ab', 1, 'dd355bfa-2d98-43e1-9ead-48f9cf433fde');
INSERT INTO public.event_actors VALUES ('7d051611-514f-4286-b05f-44e448a50950', 'a5e7e8c4-82ce-4c18-a692-3aafd08aa0ab', 2, 'f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2');
INSERT INTO public.event_actors VALUES ('169f8406-fa02-40fd-a681-730a6d0ae454', 'a5e7e8c4-82ce-4c18-a692-3aafd08aa0ab', 3, '7697381f-f476-49b0-839d-9d10339430ca');
INSERT INTO public.event_actors VALUES ('f3e8f8f8-f660-49d5-b29a-87661589e8b3', '2a42f7f8-f74c-47b8-ac39-e13a197a02d0', 0, 'b8bc8d2b-fe47-4d58-80e4-36f2a62c40ac');
INSERT INTO public.event_actors VALUES ('265fd18f-8d0c-40bd-b61c-32e48e46e679', '2a42f7f8-f74c-47b8-ac39-e13a197a02d0', 1, '4ff93b26-3fa1-4217-aab4-4313c93d133b');
INSERT INTO public.event_actors VALUES ('eab052e4-99ea-4f0b-ac89-85a19e641b91', '1197a86e-1a7c-40d7-b47e-4b283d059475', 0, 'b8bc8d2b-fe47-4d58-80e4-36f2a62c40ac');
INSERT INTO public.event_actors VALUES ('67c4532f-389f-45b1-b8b1-34d1ea12c08a', '1197a86e-1a7c-40d7-b47e-4b283d059475', 1, '4ff93b26-3fa1-4217-aab4-4313c93d133b');
INSERT INTO public.event_actors VALUES ('cfbd1ff4-af58-4f90-b66b-58c5ddc6b3c7', '1197a86e-1a7c-40d7-b47e-4b283d059475', 2, '035eb7a1-4bae-4320-9dbf-c0d2cbaba764');
INSERT INTO public.event_actors VALUES ('7102c1d0-3a48-40cc-bd12-aac74b5521cd', '1197a86e-1a7c-40d7-b47e-4b283d059475', 3, '201bcc1e-1452-4495-bbea-114629ec88a9');
INSERT INTO public.event_actors VALUES ('d2c98185-0fc7-454b-bc5d-dbd54bd65c87', '08edfca9-c0b9-40d2-b4ca-5d122f4857b1', 0, '201bcc1e-1452-4495-bbea-114629ec88a9');
INSERT INTO public.event_actors VALUES ('031f07a7-db0b-4558-a65d-c14746e6d49f', '08edfca9-c0b9-40d2-b4ca-5d122f4857b1', 1, '035eb7a1-4bae-4320-9dbf-c0d2cbaba764');
INSERT INTO public.event_actors VALUES ('0b6a5fb2-881a-49fb-8cb4-bf0e3875e79c', '08edfca9-c0b9-40d2-b4ca-5d122f4857b1', 2, 'b8bc8d2b-fe47-4d58-80e4-36f2a62c40ac');
INSERT INTO public.event_actors VALUES ('6886ee51-be91-4c0a-b4be-8a404cc165eb', '9396f88c-b118-4113-bb50-5430b573ff33', 0, '731c39f6-413c-40aa-9202-10d81e3d1dc3');
INSERT INTO public.event_actors VALUES ('11c9e202-1b21-4916-8f0f-9681a03fa055', '9396f88c-b118-4113-bb50-5430b573ff33', 1, '62f57139-a475-4d67-8279-acdee0f743e5');
INSERT INTO public.event_actors VALUES ('300fb128-52d7-49de-aa90-a4a3c743f3bf', '91b8bb08-8356-462e-bf2c-5f35aae97ea0', 0, '3c5527db-d13a-4a10-bbd4-0dc1182a183c');
INSERT INTO public.event_actors VALUES ('1dbf4f88-9492-443b-a1e1-e5f902eee161', '91b8bb08-8356-462e-bf2c-5f35aae97ea0', 1, '731c39f6-413c-40aa-9202-10d81e3d1dc3');
INSERT INTO public.event_actors VALUES ('d8b5a899-4f26-45f3-8211-fa589e68e725', '91b8bb08-8356-462e-bf2c-5f35aae97ea0', 2, '503295cb-7a21-4568-ad8c-16e7f4293f35');


--
-- Data for Name: event_persons; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: handover_plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.handover_plans VALUES ('b6a7b914-9975-4e5b-838c-ce32025426dd', 'f64f6aef-5fc4-4946-b667-4a73024719a8', '84610432-f3df-4ebd-966b-6989f3da8380', '2000-01-15', '2002-01-01', NULL, 'CALICO and COTEX with IIRD as cluster development agent.', NULL, '2026-12-02 15:50:27.545916+00', '2026-12-02 15:50:27.545916+00');
INSERT INTO public.handover_plans VALUES ('fc96e705-9497-4631-a807-13902fa30d1e', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '5a070684-f1aa-42a8-86d1-f415fa57a9e3', '1999-09-01', '2002-01-01', 'Field worker of the foundation (illustrative)', 'Alianza Láctea progressively leads the cluster''s governance.', NULL, '2026-12-02 15:50:27.85743+00', '2026-12-02 15:50:27.85743+00');


--
-- Data for Name: improvement_actions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.improvement_actions VALUES ('5d23f416-34db-4c9d-8326-4c88768b071e', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'd3eadbd2-5185-4213-8e9e-aa6f2798b68e', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-02 15:50:28.944482+00', '2026-12-02 15:50:28.944482+00');
INSERT INTO public.improvement_actions VALUES ('7c225cb8-3f5c-405c-9f19-51d980b0d4d5', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'd3eadbd2-5185-4213-8e9e-aa6f2798b68e', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'in_progress', '2026-12-02 15:50:28.951059+00', '2026-12-02 15:50:28.951059+00');
INSERT INTO public.improvement_actions VALUES ('3f049ceb-6639-4484-93d3-523eb68aac7d', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'd3eadbd2-5185-4213-8e9e-aa6f2798b68e', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'planned', '2026-12-02 15:50:28.957296+00', '2026-12-02 15:50:28.957296+00');
INSERT INTO public.improvement_actions VALUES ('d5c70ba8-3335-4349-b50d-c94dc5920582', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'd3eadbd2-5185-4213-8e9e-aa6f2798b68e', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'planned', '2026-12-02 15:50:28.963678+00', '2026-12-02 15:50:28.963678+00');
INSERT INTO public.improvement_actions VALUES ('25624df9-a03e-499b-b544-bebcffe23aff', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'd3eadbd2-5185-4213-8e9e-aa6f2798b68e', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-02 15:50:28.969874+00', '2026-12-02 15:50:28.969874+00');
INSERT INTO public.improvement_actions VALUES ('8e367024-fc69-4e39-bbb5-b2a8a262bd32', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'adb46b8a-b584-4559-bed6-498579d97608', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-02 15:50:28.981668+00', '2026-12-02 15:50:28.981668+00');
INSERT INTO public.improvement_actions VALUES ('8917b34b-4fdb-490e-86a3-a3cafa3c325d', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'adb46b8a-b584-4559-bed6-498579d97608', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'in_progress', '2026-12-02 15:50:28.987492+00', '2026-12-02 15:50:28.987492+00');
INSERT INTO public.improvement_actions VALUES ('4b326838-21dd-4036-a7b4-c7821a5caffd', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'adb46b8a-b584-4559-bed6-498579d97608', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'planned', '2026-12-02 15:50:28.993253+00', '2026-12-02 15:50:28.993253+00');
INSERT INTO public.improvement_actions VALUES ('2b31cbd6-9b95-4353-b3e6-b849e4d72aa4', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'adb46b8a-b584-4559-bed6-498579d97608', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'planned', '2026-12-02 15:50:28.999215+00', '2026-12-02 15:50:28.999215+00');
INSERT INTO public.improvement_actions VALUES ('f5d12731-9cc7-4f83-93cc-e03655c00ac8', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'adb46b8a-b584-4559-bed6-498579d97608', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-02 15:50:29.005709+00', '2026-12-02 15:50:29.005709+00');
INSERT INTO public.improvement_actions VALUES ('1d20f6df-8597-44d2-8a50-3f73310c2852', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', '60afb473-cf48-4e44-aa51-eaa9c082160b', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-02 15:50:29.017142+00', '2026-12-02 15:50:29.017142+00');
INSERT INTO public.improvement_actions VALUES ('3fe09b59-9421-4769-bbe2-89cca2521930', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', '60afb473-cf48-4e44-aa51-eaa9c082160b', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'in_progress', '2026-12-02 15:50:29.023191+00', '2026-12-02 15:50:29.023191+00');
INSERT INTO public.improvement_actions VALUES ('e4f8fb0c-92c4-424e-8a5b-f14208558cb5', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', '60afb473-cf48-4e44-aa51-eaa9c082160b', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'planned', '2026-12-02 15:50:29.029989+00', '2026-12-02 15:50:29.029989+00');
INSERT INTO public.improvement_actions VALUES ('633f3d33-d35a-4d9f-ac6b-dcc82fe2d3ce', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', '60afb473-cf48-4e44-aa51-eaa9c082160b', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'planned', '2026-12-02 15:50:29.035816+00', '2026-12-02 15:50:29.035816+00');
INSERT INTO public.improvement_actions VALUES ('b338a3a7-7755-4e34-b1ce-77936fe774e2', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', '60afb473-cf48-4e44-aa51-eaa9c082160b', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-02 15:50:29.04178+00', '2026-12-02 15:50:29.04178+00');
INSERT INTO public.improvement_actions VALUES ('f8935a9b-6692-4cbc-b863-1a017b00a687', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '08749df7-c282-43c6-8631-3f81c857bd94', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-02 15:50:29.09085+00', '2026-12-02 15:50:29.09085+00');
INSERT INTO public.improvement_actions VALUES ('17420cae-e391-4226-a1c7-3624c7705742', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '08749df7-c282-43c6-8631-3f81c857bd94', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'done', '2026-12-02 15:50:29.096814+00', '2026-12-02 15:50:29.096814+00');
INSERT INTO public.improvement_actions VALUES ('90de46cb-6164-498d-9f27-0d79a43543a2', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '08749df7-c282-43c6-8631-3f81c857bd94', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'done', '2026-12-02 15:50:29.103739+00', '2026-12-02 15:50:29.103739+00');
INSERT INTO public.improvement_actions VALUES ('72fcee63-a793-4c95-93fb-1b59a1cde7c7', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '08749df7-c282-43c6-8631-3f81c857bd94', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'done', '2026-12-02 15:50:29.109972+00', '2026-12-02 15:50:29.109972+00');
INSERT INTO public.improvement_actions VALUES ('304f9568-b789-4ee1-a758-4ffd88fe9294', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '08749df7-c282-43c6-8631-3f81c857bd94', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-02 15:50:29.115837+00', '2026-12-02 15:50:29.115837+00');
INSERT INTO public.improvement_actions VALUES ('2e8362f9-12ff-41bd-8706-c12ff7205a6c', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '47123513-3410-48c0-b9de-31fffbfe8e01', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-02 15:50:29.127778+00', '2026-12-02 15:50:29.127778+00');
INSERT INTO public.improvement_actions VALUES ('a34a2fae-ad45-43c6-9c76-3cc5a4a572d3', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '47123513-3410-48c0-b9de-31fffbfe8e01', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'done', '2026-12-02 15:50:29.134931+00', '2026-12-02 15:50:29.134931+00');
INSERT INTO public.improvement_actions VALUES ('5583a937-d22d-44b7-bdff-2e148a8a30ab', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '47123513-3410-48c0-b9de-31fffbfe8e01', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'done', '2026-12-02 15:50:29.141567+00', '2026-12-02 15:50:29.141567+00');
INSERT INTO public.improvement_actions VALUES ('81b36ddc-464a-4325-a2a0-0d455626665b', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '47123513-3410-48c0-b9de-31fffbfe8e01', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'done', '2026-12-02 15:50:29.148357+00', '2026-12-02 15:50:29.148357+00');
INSERT INTO public.improvement_actions VALUES ('e418a641-f325-4239-a04a-9968b757b714', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '47123513-3410-48c0-b9de-31fffbfe8e01', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-02 15:50:29.155173+00', '2026-12-02 15:50:29.155173+00');
INSERT INTO public.improvement_actions VALUES ('7582d66b-3645-4290-bfcb-91a88bd65219', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', 'ef81a132-6f96-4713-adeb-f8910ca519d7', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-02 15:50:29.168481+00', '2026-12-02 15:50:29.168481+00');
INSERT INTO public.improvement_actions VALUES ('dde7886c-d6dd-49cf-964d-423df7b8a37f', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', 'ef81a132-6f96-4713-adeb-f8910ca519d7', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'done', '2026-12-02 15:50:29.175211+00', '2026-12-02 15:50:29.175211+00');
INSERT INTO public.improvement_actions VALUES ('8d7f4a23-49db-4fcb-9f3c-032d785978b8', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', 'ef81a132-6f96-4713-adeb-f8910ca519d7', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'done', '2026-12-02 15:50:29.182059+00', '2026-12-02 15:50:29.182059+00');
INSERT INTO public.improvement_actions VALUES ('b24a7d4b-cd8c-40ff-9ddc-ae1812a6b4df', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', 'ef81a132-6f96-4713-adeb-f8910ca519d7', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'done', '2026-12-02 15:50:29.189004+00', '2026-12-02 15:50:29.189004+00');
INSERT INTO public.improvement_actions VALUES ('4d40f88f-16ab-49cf-96cb-a0c602754380', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', 'ef81a132-6f96-4713-adeb-f8910ca519d7', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-02 15:50:29.195593+00', '2026-12-02 15:50:29.195593+00');


--
-- Data for Name: improvement_plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.improvement_plans VALUES ('d3eadbd2-5185-4213-8e9e-aa6f2798b68e', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', '2dc7d5a7-82c5-4ad4-aedb-b794ea14433c', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-02 15:50:28.93764+00', '2026-12-02 15:50:28.93764+00');
INSERT INTO public.improvement_plans VALUES ('adb46b8a-b584-4559-bed6-498579d97608', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'dad3737e-dee2-4aa5-9f92-508d0c115716', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-02 15:50:28.975379+00', '2026-12-02 15:50:28.975379+00');
INSERT INTO public.improvement_plans VALUES ('60afb473-cf48-4e44-aa51-eaa9c082160b', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', '6896a570-e321-49e0-b8a3-07f97242e6c8', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-02 15:50:29.011385+00', '2026-12-02 15:50:29.011385+00');
INSERT INTO public.improvement_plans VALUES ('08749df7-c282-43c6-8631-3f81c857bd94', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '498a7c64-e5ab-42ab-a911-f926b9a10620', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-02 15:50:29.084897+00', '2026-12-02 15:50:29.084897+00');
INSERT INTO public.improvement_plans VALUES ('47123513-3410-48c0-b9de-31fffbfe8e01', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '3f1ed64e-5fd0-43ff-83bf-d39326386cb8', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-02 15:50:29.121101+00', '2026-12-02 15:50:29.121101+00');
INSERT INTO public.improvement_plans VALUES ('ef81a132-6f96-4713-adeb-f8910ca519d7', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '321e44fa-9bb8-467b-be51-eacac1dde2e3', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-02 15:50:29.161549+00', '2026-12-02 15:50:29.161549+00');


--
-- Data for Name: indicators; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.indicators VALUES ('2a3bdce2-0e9e-4026-902e-bf94c9040c81', 'Average milk-to-cheese yield', 'kg cheese per 100 l milk', 'quantity', 'firm', 'higher', 'none', 'Cheese obtained from 100 litres of milk, averaged over the firm''s production.', 'Boaco/Chontales: average increase of yields equivalent to 25 %', '2026-12-02 15:50:26.134192+00', '2026-12-02 15:50:26.134192+00', 'average milk-to-cheese yield  cheese obtained from 100 litres of milk, averaged over the firm''s production.  boaco/chontales: average increase of yields equivalent to 25 %');
INSERT INTO public.indicators VALUES ('6879f732-7919-4c20-ab93-26083bd5ac15', 'Waste-water pollution load', 'kg BOD per day', 'quantity', 'cluster', 'lower', 'none', 'Organic load of residual water discharged by the cluster''s processors.', 'Boaco/Chontales: pollution of residual water reduced by up to 70 %', '2026-12-02 15:50:26.140364+00', '2026-12-02 15:50:26.140364+00', 'waste-water pollution load  organic load of residual water discharged by the cluster''s processors.  boaco/chontales: pollution of residual water reduced by up to 70 %');
INSERT INTO public.indicators VALUES ('edf96f0f-37ec-4e2d-ac5a-002ed3e6cf03', 'New products launched', 'products', 'count', 'cluster', 'higher', 'none', 'New product types brought to market since the baseline.', 'Boaco/Chontales: five new types of cheese launched', '2026-12-02 15:50:26.143696+00', '2026-12-02 15:50:26.143696+00', 'new products launched  new product types brought to market since the baseline.  boaco/chontales: five new types of cheese launched');
INSERT INTO public.indicators VALUES ('d49f51e1-017b-462f-9438-ad4c6881eedf', 'People trained', 'people', 'count', 'project', 'higher', 'sex', 'People who completed a training course of the programme.', 'Ludhiana: more than 110 women trained in 7 batches', '2026-12-02 15:50:26.146955+00', '2026-12-02 15:50:26.146955+00', 'people trained  people who completed a training course of the programme.  ludhiana: more than 110 women trained in 7 batches');
INSERT INTO public.indicators VALUES ('c881f8e4-4037-46fa-a1ac-1000a44e5336', 'Trainees employed', '%', 'percent', 'cluster', 'higher', 'none', 'Share of trainees who found employment in the cluster after the course.', 'Ludhiana: 80 % found immediate employment in the cluster', '2026-12-02 15:50:26.155774+00', '2026-12-02 15:50:26.155774+00', 'trainees employed  share of trainees who found employment in the cluster after the course.  ludhiana: 80 % found immediate employment in the cluster');
INSERT INTO public.indicators VALUES ('09ac4041-2c67-4e9c-a255-6939abe88823', 'Women trained', 'women', 'count', 'cluster', 'higher', 'age_group', 'Women who completed a training course for the cluster''s firms.', 'Ludhiana: more than 110 women trained at the Government Polytechnic for Women', '2026-12-02 15:50:26.159595+00', '2026-12-02 15:50:26.159595+00', 'women trained  women who completed a training course for the cluster''s firms.  ludhiana: more than 110 women trained at the government polytechnic for women');
INSERT INTO public.indicators VALUES ('e0a2399f-2581-40bb-8dcf-8705e800e93b', 'Association membership', 'members', 'count', 'network', 'higher', 'none', 'Firms or artisans who are paying members of the association or network.', 'Jaipur: CALICO membership rose from 26 artisans to 120', '2026-12-02 15:50:26.162762+00', '2026-12-02 15:50:26.162762+00', 'association membership  firms or artisans who are paying members of the association or network.  jaipur: calico membership rose from 26 artisans to 120');
INSERT INTO public.indicators VALUES ('d95a95a6-3eb2-4374-bd42-3bdd5ff39f9c', 'Exports', 'USD per year', 'amount', 'cluster', 'higher', 'none', 'Value of the cluster''s exports in a year.', 'Tirupur: over 650 million US dollars of cotton hosiery exported in 1999', '2026-12-02 15:50:26.165978+00', '2026-12-02 15:50:26.165978+00', 'exports  value of the cluster''s exports in a year.  tirupur: over 650 million us dollars of cotton hosiery exported in 1999');
INSERT INTO public.indicators VALUES ('ce79158e-b10b-4bdb-ba34-01a037225606', 'Firms exporting', 'firms', 'count', 'network', 'higher', 'none', 'Member firms that exported in the year.', 'Masaya: rocking chairs exported to the United Kingdom', '2026-12-02 15:50:26.168767+00', '2026-12-02 15:50:26.168767+00', 'firms exporting  member firms that exported in the year.  masaya: rocking chairs exported to the united kingdom');
INSERT INTO public.indicators VALUES ('de1a3444-fe11-4554-87ff-31f893cdbb24', 'Employment', 'workers', 'count', 'firm', 'higher', 'sex', 'People working in the firm.', 'Jaipur: almost 10,000 workers in about 350 firms', '2026-12-02 15:50:26.176956+00', '2026-12-02 15:50:26.176956+00', 'employment  people working in the firm.  jaipur: almost 10,000 workers in about 350 firms');
INSERT INTO public.indicators VALUES ('50c18352-f049-4e06-94c7-147c862d4d6b', 'Cycle time', 'days', 'quantity', 'firm', 'lower', 'none', 'Days from the order to the finished product.', 'Nicaragua supplier development: process and layout changes to cut cycle time', '2026-12-02 15:50:26.19405+00', '2026-12-02 15:50:26.19405+00', 'cycle time  days from the order to the finished product.  nicaragua supplier development: process and layout changes to cut cycle time');
INSERT INTO public.indicators VALUES ('79ed29c8-d545-4feb-8330-9c3dffe03093', 'Inventory days', 'days', 'quantity', 'firm', 'lower', 'none', 'Days of production the stock of materials and products covers.', 'Nicaragua supplier development: inventory reduction', '2026-12-02 15:50:26.205375+00', '2026-12-02 15:50:26.205375+00', 'inventory days  days of production the stock of materials and products covers.  nicaragua supplier development: inventory reduction');
INSERT INTO public.indicators VALUES ('2f373936-79e0-47be-8e1c-d1864e2295dc', 'Defect rate', '%', 'percent', 'firm', 'lower', 'none', 'Share of units rejected by quality control or by the client.', 'Nicaragua supplier development: total quality systems', '2026-12-02 15:50:26.209073+00', '2026-12-02 15:50:26.209073+00', 'defect rate  share of units rejected by quality control or by the client.  nicaragua supplier development: total quality systems');
INSERT INTO public.indicators VALUES ('968c0563-c801-4de8-8012-e5908358b5fd', 'On-time delivery', '%', 'percent', 'firm', 'higher', 'none', 'Share of deliveries on the agreed day.', 'Nicaragua supplier development: delivery reliability', '2026-12-02 15:50:26.21265+00', '2026-12-02 15:50:26.21265+00', 'on-time delivery  share of deliveries on the agreed day.  nicaragua supplier development: delivery reliability');
INSERT INTO public.indicators VALUES ('4f68bc07-b5c5-4c9a-adf6-a86585846a60', 'Unit cost', 'USD', 'amount', 'firm', 'lower', 'none', 'Cost of producing one unit of the main product.', 'Nicaragua supplier development: process changes to cut cost', '2026-12-02 15:50:26.21611+00', '2026-12-02 15:50:26.21611+00', 'unit cost  cost of producing one unit of the main product.  nicaragua supplier development: process changes to cut cost');
INSERT INTO public.indicators VALUES ('8b365d55-ddc9-4d12-97ac-99f23334b175', 'Women trained, by age (fixture)', 'women', 'count', 'cluster', 'higher', 'age_group', 'Women who completed a course, by age group.', NULL, '2026-12-02 15:50:29.511974+00', '2026-12-02 15:50:29.511974+00', 'women trained, by age (fixture)  women who completed a course, by age group.');
INSERT INTO public.indicators VALUES ('55f468c4-669b-40b0-b995-1b0e38f84e47', 'Workers in the cluster''s firms (fixture)', 'workers', 'count', 'cluster', 'higher', 'sex', 'People working in the cluster''s firms, by sex.', NULL, '2026-12-02 15:50:29.523066+00', '2026-12-02 15:50:29.523066+00', 'workers in the cluster''s firms (fixture)  people working in the cluster''s firms, by sex.');


--
-- Data for Name: joint_project_participants; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.joint_project_participants VALUES ('17de8792-7410-4360-b6e2-8b91f733784b', 'd8c1830a-3940-4016-be6f-6218058feec5', 0, '793aef8a-5314-41b6-8b0f-58da6507ce4d');
INSERT INTO public.joint_project_participants VALUES ('bacff526-94bc-446b-8c9d-064456f4a5c5', 'd8c1830a-3940-4016-be6f-6218058feec5', 1, 'c9a00bbb-93da-4b42-92a9-7dd6e72a2dd0');
INSERT INTO public.joint_project_participants VALUES ('b36943a2-fcb9-4d4d-bdaa-eb288ac13a9a', 'd8c1830a-3940-4016-be6f-6218058feec5', 2, 'd87190e3-fa07-40be-b6d5-678a8bc73725');
INSERT INTO public.joint_project_participants VALUES ('6df75bd3-fe9b-4adf-96cc-93a32ebf9237', 'd8c1830a-3940-4016-be6f-6218058feec5', 3, '96242a8c-933f-49ae-9c99-8c8df60e517c');
INSERT INTO public.joint_project_participants VALUES ('5c4c797b-850a-4228-aab2-8a556252cc01', 'd8c1830a-3940-4016-be6f-6218058feec5', 4, '469d4a95-2528-4e22-b3d5-9b0a6a751cce');
INSERT INTO public.joint_project_participants VALUES ('5acea900-b471-4990-a82c-9cddf898a645', 'd8c1830a-3940-4016-be6f-6218058feec5', 5, 'cdb93202-3be8-4ba0-bcda-baec4562f760');
INSERT INTO public.joint_project_participants VALUES ('35b616fc-042c-4c34-ba82-b6b70dbf18f1', 'd8c1830a-3940-4016-be6f-6218058feec5', 6, '087d9c46-0bcf-4d83-ad6d-b9decde2f1c1');
INSERT INTO public.joint_project_participants VALUES ('3e750d1e-74fb-4ef7-8341-266366e439a0', 'd8c1830a-3940-4016-be6f-6218058feec5', 7, '79177299-951c-4a54-9df6-9f5ea392b313');
INSERT INTO public.joint_project_participants VALUES ('317f8488-edfb-4eb5-8839-8fe2dc904424', 'd8c1830a-3940-4016-be6f-6218058feec5', 8, 'cef2c1ac-189a-4402-a2d5-8b80fdf5bbd3');
INSERT INTO public.joint_project_participants VALUES ('72140086-3f3d-4088-aca6-eeb98c880d18', 'd8c1830a-3940-4016-be6f-6218058feec5', 9, 'cf092e21-cce1-4061-9ffa-0059c3a919bc');
INSERT INTO public.joint_project_participants VALUES ('e5ab33b0-cfc7-4561-a801-2dc7c31a5e0c', 'd8c1830a-3940-4016-be6f-6218058feec5', 10, '7aca36be-059f-4675-a348-a6fc247cbab7');
INSERT INTO public.joint_project_participants VALUES ('594585cc-6c9f-403b-9cb2-d763b959f49c', 'd8c1830a-3940-4016-be6f-6218058feec5', 11, '12bed8ed-f021-4d46-a627-39ccea029801');
INSERT INTO public.joint_project_participants VALUES ('8094540e-4beb-4b80-964d-3aebdcf478d2', 'd8c1830a-3940-4016-be6f-6218058feec5', 12, '9ce26fb3-60f1-4f8b-9079-d929ab1beb0e');
INSERT INTO public.joint_project_participants VALUES ('f7d4a309-525c-4296-96f6-034f513d91e5', 'd8c1830a-3940-4016-be6f-6218058feec5', 13, 'bd527ff2-9e6a-432f-88bd-5fa544afec3c');
INSERT INTO public.joint_project_participants VALUES ('5a62e0f6-7d5b-477e-95cc-0f62bd895dcf', 'd8c1830a-3940-4016-be6f-6218058feec5', 14, '608053c2-e63f-4f0c-9e86-6ccd9ef87334');
INSERT INTO public.joint_project_participants VALUES ('afd5ab4b-4add-4513-b1a4-ef75b075a605', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 0, '793aef8a-5314-41b6-8b0f-58da6507ce4d');
INSERT INTO public.joint_project_participants VALUES ('fa6a1a37-420b-4736-bdfb-9c4bf4954233', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 1, 'c9a00bbb-93da-4b42-92a9-7dd6e72a2dd0');
INSERT INTO public.joint_project_participants VALUES ('bb11eca0-26fb-4cb6-be84-c3919db379e3', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 2, 'd87190e3-fa07-40be-b6d5-678a8bc73725');
INSERT INTO public.joint_project_participants VALUES ('0d8ed6e8-e8fd-42ad-8765-e75d26907c28', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 3, '96242a8c-933f-49ae-9c99-8c8df60e517c');
INSERT INTO public.joint_project_participants VALUES ('67a12097-eea6-4b59-bc22-983445d5e657', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 4, '469d4a95-2528-4e22-b3d5-9b0a6a751cce');
INSERT INTO public.joint_project_participants VALUES ('a105e6fc-4266-4def-9b02-493c8fef9d0e', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 5, 'cdb93202-3be8-4ba0-bcda-baec4562f760');
INSERT INTO public.joint_project_participants VALUES ('b9352f57-021f-46e7-b397-43b10e3aa313', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 6, '087d9c46-0bcf-4d83-ad6d-b9decde2f1c1');
INSERT INTO public.joint_project_participants VALUES ('c223e0f5-de31-4e29-8e83-9ac8bd4d7e09', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 7, '79177299-951c-4a54-9df6-9f5ea392b313');
INSERT INTO public.joint_project_participants VALUES ('b4f812cc-84d1-4bbe-8091-67dae19b175d', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 8, 'cef2c1ac-189a-4402-a2d5-8b80fdf5bbd3');
INSERT INTO public.joint_project_participants VALUES ('5e5f804e-914e-4efb-9d48-7f1861019a4a', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 9, 'cf092e21-cce1-4061-9ffa-0059c3a919bc');
INSERT INTO public.joint_project_participants VALUES ('b183aefe-d302-4c4b-9409-9b28da206b43', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 10, '7aca36be-059f-4675-a348-a6fc247cbab7');
INSERT INTO public.joint_project_participants VALUES ('bfaee840-ae83-48a7-8ffa-30dcf9f8e8b0', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 11, '12bed8ed-f021-4d46-a627-39ccea029801');
INSERT INTO public.joint_project_participants VALUES ('7ba7874d-ec7a-4cd8-8a9f-79da32186d73', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 12, '9ce26fb3-60f1-4f8b-9079-d929ab1beb0e');
INSERT INTO public.joint_project_participants VALUES ('3d796366-0de1-4061-a2f9-bac98906a421', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 13, 'bd527ff2-9e6a-432f-88bd-5fa544afec3c');
INSERT INTO public.joint_project_participants VALUES ('a92c556c-4737-4c0f-a235-e4de1a9f0ab8', 'ad3398f1-24c8-4f97-953a-ea7c588db869', 14, '608053c2-e63f-4f0c-9e86-6ccd9ef87334');
INSERT INTO public.joint_project_participants VALUES ('721a357f-1067-423d-bb2f-d70dda2064a7', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 0, '793aef8a-5314-41b6-8b0f-58da6507ce4d');
INSERT INTO public.joint_project_participants VALUES ('13fc1c6c-d6b3-4cea-847d-647938ee9371', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 1, 'c9a00bbb-93da-4b42-92a9-7dd6e72a2dd0');
INSERT INTO public.joint_project_participants VALUES ('73d1747c-c941-48ae-bea1-c30971e9d90d', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 2, 'd87190e3-fa07-40be-b6d5-678a8bc73725');
INSERT INTO public.joint_project_participants VALUES ('60ceab4e-aafe-4741-997c-5247a6e4221e', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 3, '96242a8c-933f-49ae-9c99-8c8df60e517c');
INSERT INTO public.joint_project_participants VALUES ('2092b427-6a5f-4598-8d07-604dce7d9fc2', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 4, '469d4a95-2528-4e22-b3d5-9b0a6a751cce');
INSERT INTO public.joint_project_participants VALUES ('2e1a215d-babb-441a-8c9f-dcbcaf670ccf', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 5, 'cdb93202-3be8-4ba0-bcda-baec4562f760');
INSERT INTO public.joint_project_participants VALUES ('4f585aa8-18d7-4c95-9862-a67053ff9d21', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 6, '087d9c46-0bcf-4d83-ad6d-b9decde2f1c1');
INSERT INTO public.joint_project_participants VALUES ('34031f7e-50ee-453a-8d4f-649f0d4c8e6a', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 7, '79177299-951c-4a54-9df6-9f5ea392b313');
INSERT INTO public.joint_project_participants VALUES ('c0773852-263a-447c-910a-9186d2766a50', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 8, 'cef2c1ac-189a-4402-a2d5-8b80fdf5bbd3');
INSERT INTO public.joint_project_participants VALUES ('960b63da-7d8f-4753-bebd-d4cf6a825de1', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 9, 'cf092e21-cce1-4061-9ffa-0059c3a919bc');
INSERT INTO public.joint_project_participants VALUES ('79d529fb-5af4-465f-837f-43841de91bda', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 10, '7aca36be-059f-4675-a348-a6fc247cbab7');
INSERT INTO public.joint_project_participants VALUES ('b00b959f-6b3a-4c47-ad0f-09376ac13fcd', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 11, '12bed8ed-f021-4d46-a627-39ccea029801');
INSERT INTO public.joint_project_participants VALUES ('1bc457a4-6274-479a-b456-b18705565c51', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 12, '9ce26fb3-60f1-4f8b-9079-d929ab1beb0e');
INSERT INTO public.joint_project_participants VALUES ('ec64db24-8a6f-43a3-a859-dbd3ead4cba7', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 13, 'bd527ff2-9e6a-432f-88bd-5fa544afec3c');
INSERT INTO public.joint_project_participants VALUES ('4dab3962-20d3-4a23-a1e4-e62349dd7572', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 14, '608053c2-e63f-4f0c-9e86-6ccd9ef87334');
INSERT INTO public.joint_project_participants VALUES ('f78a6d91-7550-42b7-b78f-579fbde43c72', '4ea932b0-d102-4897-b10b-9c1156f61472', 0, '793aef8a-5314-41b6-8b0f-58da6507ce4d');
INSERT INTO public.joint_project_participants VALUES ('17134843-e1f8-4cd3-a58f-0924ff9214d5', '4ea932b0-d102-4897-b10b-9c1156f61472', 1, 'c9a00bbb-93da-4b42-92a9-7dd6e72a2dd0');
INSERT INTO public.joint_project_participants VALUES ('24359a07-4754-44c8-8ddf-a53207056fc2', '4ea932b0-d102-4897-b10b-9c1156f61472', 2, 'd87190e3-fa07-40be-b6d5-678a8bc73725');
INSERT INTO public.joint_project_participants VALUES ('b83aa3ae-430d-4a3f-b67b-e9c195d5f81c', '4ea932b0-d102-4897-b10b-9c1156f61472', 3, '96242a8c-933f-49ae-9c99-8c8df60e517c');
INSERT INTO public.joint_project_participants VALUES ('04e868ce-841d-4efb-a900-a8c012697d35', '4ea932b0-d102-4897-b10b-9c1156f61472', 4, '469d4a95-2528-4e22-b3d5-9b0a6a751cce');
INSERT INTO public.joint_project_participants VALUES ('402540d9-936b-496a-acd4-4b642a26c97b', '4ea932b0-d102-4897-b10b-9c1156f61472', 5, 'cdb93202-3be8-4ba0-bcda-baec4562f760');
INSERT INTO public.joint_project_participants VALUES ('6ad73165-418b-4a76-a351-bbb0d98f31fd', '4ea932b0-d102-4897-b10b-9c1156f61472', 6, '087d9c46-0bcf-4d83-ad6d-b9decde2f1c1');
INSERT INTO public.joint_project_participants VALUES ('d51e2dc1-bc9c-43b6-a732-c1438d52ccd2', '4ea932b0-d102-4897-b10b-9c1156f61472', 7, '79177299-951c-4a54-9df6-9f5ea392b313');
INSERT INTO public.joint_project_participants VALUES ('a2e1bc99-eb0e-4c8e-a0b8-97a596f88023', '4ea932b0-d102-4897-b10b-9c1156f61472', 8, 'cef2c1ac-189a-4402-a2d5-8b80fdf5bbd3');
INSERT INTO public.joint_project_participants VALUES ('cf9aaeb0-1871-4d05-bee4-695a6503c7b9', '4ea932b0-d102-4897-b10b-9c1156f61472', 9, 'cf092e21-cce1-4061-9ffa-0059c3a919bc');
INSERT INTO public.joint_project_participants VALUES ('49aee7e2-9e7d-47f7-b368-4da09b6b9f2d', '4ea932b0-d102-4897-b10b-9c1156f61472', 10, '7aca36be-059f-4675-a348-a6fc247cbab7');
INSERT INTO public.joint_project_participants VALUES ('458b5efa-ff0f-4742-814c-16983e08acb5', '4ea932b0-d102-4897-b10b-9c1156f61472', 11, '12bed8ed-f021-4d46-a627-39ccea029801');


--
-- Data for Name: joint_projects; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.joint_projects VALUES ('d8c1830a-3940-4016-be6f-6218058feec5', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'Shared input shop', 'pilot', 'input_shop', '1998-08-01', '1999-03-31', 'completed', NULL, 'Glue, varnish and tools bought for all at wholesale prices.', '2026-12-02 15:50:28.276337+00', '2026-12-02 15:50:28.276337+00');
INSERT INTO public.joint_projects VALUES ('ad3398f1-24c8-4f97-953a-ea7c588db869', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'Bulk wood purchasing', 'pilot', 'bulk_purchasing', '1998-10-01', '1999-06-30', 'completed', NULL, 'Wood bought by the truckload for the group.', '2026-12-02 15:50:28.292893+00', '2026-12-02 15:50:28.292893+00');
INSERT INTO public.joint_projects VALUES ('1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'Common catalogue', 'strategic', 'catalogue_or_brand', '1999-10-01', '2000-05-31', 'completed', NULL, NULL, '2026-12-02 15:50:28.337171+00', '2026-12-02 15:50:28.337171+00');
INSERT INTO public.joint_projects VALUES ('4ea932b0-d102-4897-b10b-9c1156f61472', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'Exports of three rocking-chair models to the United Kingdom', 'strategic', 'joint_export', '2000-03-01', '2000-11-30', 'completed', NULL, 'Three models of rocking chairs exported to the UK.', '2026-12-02 15:50:28.350422+00', '2026-12-02 15:50:28.350422+00');
INSERT INTO public.joint_projects VALUES ('fe1c2950-70fd-487c-b781-710fd00c749c', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'Wood selling point', 'strategic', 'selling_point', '2001-06-01', NULL, 'planned', NULL, NULL, '2026-12-02 15:50:28.356934+00', '2026-12-02 15:50:28.356934+00');
INSERT INTO public.joint_projects VALUES ('1989facb-080e-468c-b3db-e49c847ab299', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'Shared workplace', 'strategic', 'shared_workshop', '2001-06-01', NULL, 'planned', NULL, NULL, '2026-12-02 15:50:28.360413+00', '2026-12-02 15:50:28.360413+00');


--
-- Data for Name: linkage_fee_years; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.linkage_fee_years VALUES ('a19b98b5-29b5-4b0b-9db0-410b83a90b77', 'fc458e6a-de42-4f86-817e-7c9d3e29a49c', 1999, 4, 200, 1000, 800, 800, '2026-12-02 15:50:29.213248+00', '2026-12-02 15:50:29.213248+00');
INSERT INTO public.linkage_fee_years VALUES ('d6f13d66-b371-4293-821d-2457d1d79855', 'fc458e6a-de42-4f86-817e-7c9d3e29a49c', 2000, 6, 400, 1000, 2400, 2000, '2026-12-02 15:50:29.218348+00', '2026-12-02 15:50:29.218348+00');
INSERT INTO public.linkage_fee_years VALUES ('099da985-91d0-448d-964d-b96b56ab7d93', 'fc458e6a-de42-4f86-817e-7c9d3e29a49c', 2001, 8, 700, 1000, 5600, 5600, '2026-12-02 15:50:29.223145+00', '2026-12-02 15:50:29.223145+00');
INSERT INTO public.linkage_fee_years VALUES ('faae6939-5696-4a91-a0a8-a661aee350f7', 'fc458e6a-de42-4f86-817e-7c9d3e29a49c', 2002, 10, 1000, 1000, 10000, 9000, '2026-12-02 15:50:29.227459+00', '2026-12-02 15:50:29.227459+00');


--
-- Data for Name: linkage_units; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.linkage_units VALUES ('8a3470fe-fefa-4aa1-9045-011a0f13e240', 'fc458e6a-de42-4f86-817e-7c9d3e29a49c', 'Vertical Linkages Unit', 'edbcb0ca-628f-4b45-b2d5-477e25379c36', '1999-03-01', 'Supplier evaluation, round tables, detailed analysis and integrated improvement plans for a client and its suppliers.', '2026-12-02 15:50:29.206431+00', '2026-12-02 15:50:29.206431+00');


--
-- Data for Name: linkages; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.linkages VALUES ('b84ada6a-6ad6-4350-a538-56869e6839ed', 'eec7305b-7fe8-4017-866e-091f78491330', '33fc25a6-ee79-4913-b206-1c75e8ec703a', 'cooperates_with', '89b84a98-0bbc-4856-afb5-b119b21a8000', 'missing', '1998-02-01', NULL, '2026-12-02 15:50:27.122269+00', '2026-12-02 15:50:27.122269+00');
INSERT INTO public.linkages VALUES ('df4c3225-fbad-4936-b21b-b22c9261cc9a', 'eec7305b-7fe8-4017-866e-091f78491330', '515815de-4cfe-498e-8f99-f53ee648bba1', 'service_provider_to', '6ceef8ea-646d-4190-a796-a27888fa814c', 'to_strengthen', '1998-02-01', NULL, '2026-12-02 15:50:27.129447+00', '2026-12-02 15:50:27.129447+00');
INSERT INTO public.linkages VALUES ('1e3d8e91-3416-4edd-bc68-a8387978c874', 'eec7305b-7fe8-4017-866e-091f78491330', '6ceef8ea-646d-4190-a796-a27888fa814c', 'member_of', '33fc25a6-ee79-4913-b206-1c75e8ec703a', 'existing', '1998-02-01', NULL, '2026-12-02 15:50:27.136198+00', '2026-12-02 15:50:27.136198+00');
INSERT INTO public.linkages VALUES ('467699a7-c27e-4afc-a1c5-eafb3f63156a', 'eec7305b-7fe8-4017-866e-091f78491330', '33fc25a6-ee79-4913-b206-1c75e8ec703a', 'cooperates_with', '89b84a98-0bbc-4856-afb5-b119b21a8000', 'to_strengthen', '1998-09-30', NULL, '2026-12-02 15:50:27.143513+00', '2026-12-02 15:50:27.143513+00');
INSERT INTO public.linkages VALUES ('cc41c509-886d-4d33-bf52-a15057f9cc4d', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'cc50c367-ded7-4e32-9f87-bd4e7f633e46', 'in_conflict_with', 'f35396d5-6446-49f3-906f-84cb0dc770e9', 'existing', '1997-05-01', NULL, '2026-12-02 15:50:27.265375+00', '2026-12-02 15:50:27.265375+00');
INSERT INTO public.linkages VALUES ('312953f8-13b8-4606-a34d-6aa44e0b1b2c', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'cc50c367-ded7-4e32-9f87-bd4e7f633e46', 'member_of', '8444cb9b-ad2d-40ea-adde-86a69ed514e2', 'missing', '1997-05-01', NULL, '2026-12-02 15:50:27.275057+00', '2026-12-02 15:50:27.275057+00');
INSERT INTO public.linkages VALUES ('5fb9ea8e-0890-437b-9538-bd587301c8b6', 'f64f6aef-5fc4-4946-b667-4a73024719a8', '307e885c-ff8e-427c-af48-7dfd7f125c0a', 'service_provider_to', 'cc30a736-a01a-4e17-91e4-a2029cc54a88', 'missing', '1997-05-01', NULL, '2026-12-02 15:50:27.285192+00', '2026-12-02 15:50:27.285192+00');
INSERT INTO public.linkages VALUES ('73f30919-414b-4e7d-aac7-c784be2d3a8f', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'cc50c367-ded7-4e32-9f87-bd4e7f633e46', 'member_of', '8444cb9b-ad2d-40ea-adde-86a69ed514e2', 'existing', '2000-06-01', NULL, '2026-12-02 15:50:27.295342+00', '2026-12-02 15:50:27.295342+00');
INSERT INTO public.linkages VALUES ('8d2585a6-f209-400f-aaef-90167df88e7c', 'f64f6aef-5fc4-4946-b667-4a73024719a8', '307e885c-ff8e-427c-af48-7dfd7f125c0a', 'service_provider_to', 'cc30a736-a01a-4e17-91e4-a2029cc54a88', 'existing', '2000-06-01', NULL, '2026-12-02 15:50:27.305612+00', '2026-12-02 15:50:27.305612+00');
INSERT INTO public.linkages VALUES ('0d6934d8-a9a7-49a7-8243-b408eed48e8f', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'cc50c367-ded7-4e32-9f87-bd4e7f633e46', 'cooperates_with', 'f35396d5-6446-49f3-906f-84cb0dc770e9', 'to_strengthen', '2000-06-01', NULL, '2026-12-02 15:50:27.315791+00', '2026-12-02 15:50:27.315791+00');
INSERT INTO public.linkages VALUES ('cf107dd8-db8d-47f8-9fcc-9b4c6616e7ab', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'cc30a736-a01a-4e17-91e4-a2029cc54a88', 'supplier_of', 'f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2', 'existing', '2000-06-01', NULL, '2026-12-02 15:50:27.326641+00', '2026-12-02 15:50:27.326641+00');
INSERT INTO public.linkages VALUES ('5fe311f2-743a-477c-8047-eeb03db6434b', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'dc4a7e22-df3d-471d-aed8-4d4cb1ff752b', 'supplier_of', 'f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2', 'existing', '2000-06-01', NULL, '2026-12-02 15:50:27.337259+00', '2026-12-02 15:50:27.337259+00');
INSERT INTO public.linkages VALUES ('b963f708-bf19-4c7b-90b3-59e8b582eff1', 'f64f6aef-5fc4-4946-b667-4a73024719a8', '4ee67cd3-6944-47a4-8603-f22b2fdca978', 'supplier_of', '7697381f-f476-49b0-839d-9d10339430ca', 'existing', '2000-06-01', NULL, '2026-12-02 15:50:27.348691+00', '2026-12-02 15:50:27.348691+00');
INSERT INTO public.linkages VALUES ('fc6ffd49-f3d3-4f7d-afbd-175363848efd', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'cc30a736-a01a-4e17-91e4-a2029cc54a88', 'cooperates_with', 'dc4a7e22-df3d-471d-aed8-4d4cb1ff752b', 'existing', '2000-06-01', NULL, '2026-12-02 15:50:27.360268+00', '2026-12-02 15:50:27.360268+00');
INSERT INTO public.linkages VALUES ('c4664e82-dc6b-4821-b621-639385ba5605', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2', 'supplier_of', 'dd355bfa-2d98-43e1-9ead-48f9cf433fde', 'existing', '2000-06-01', NULL, '2026-12-02 15:50:27.37158+00', '2026-12-02 15:50:27.37158+00');
INSERT INTO public.linkages VALUES ('9420b197-6212-47f3-9a12-f8b3899054d3', 'f64f6aef-5fc4-4946-b667-4a73024719a8', '7697381f-f476-49b0-839d-9d10339430ca', 'supplier_of', 'dd355bfa-2d98-43e1-9ead-48f9cf433fde', 'existing', '2000-06-01', NULL, '2026-12-02 15:50:27.382948+00', '2026-12-02 15:50:27.382948+00');
INSERT INTO public.linkages VALUES ('9be824e0-a967-45db-bc6a-74db80981190', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'caca8b66-b352-4a94-83e5-a8d9020eec35', 'cooperates_with', 'f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2', 'existing', '2000-06-01', NULL, '2026-12-02 15:50:27.395294+00', '2026-12-02 15:50:27.395294+00');
INSERT INTO public.linkages VALUES ('7dcd2553-160c-49eb-84c4-ef962a7fa5bf', 'f64f6aef-5fc4-4946-b667-4a73024719a8', '8ab481f9-6c8b-4d1d-85b5-dad9bbf9a35e', 'service_provider_to', 'f05ce53d-a201-4e0b-bcb4-9fae50a3a3b2', 'existing', '2000-06-01', NULL, '2026-12-02 15:50:27.407418+00', '2026-12-02 15:50:27.407418+00');
INSERT INTO public.linkages VALUES ('e0896291-097e-4627-b6c4-dbd61ee48beb', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'f35396d5-6446-49f3-906f-84cb0dc770e9', 'member_of', '8444cb9b-ad2d-40ea-adde-86a69ed514e2', 'existing', '2000-06-01', NULL, '2026-12-02 15:50:27.418534+00', '2026-12-02 15:50:27.418534+00');
INSERT INTO public.linkages VALUES ('70313f63-352d-49a8-95a2-130998b9cd7e', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '201bcc1e-1452-4495-bbea-114629ec88a9', 'buyer_of', '035eb7a1-4bae-4320-9dbf-c0d2cbaba764', 'to_strengthen', '1997-06-01', NULL, '2026-12-02 15:50:27.732645+00', '2026-12-02 15:50:27.732645+00');
INSERT INTO public.linkages VALUES ('b2af20de-37c4-4a3b-a78a-d56a68a8c16b', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'c90ca835-6a3c-41b2-ac7c-7e5e3e6310a5', 'service_provider_to', '201bcc1e-1452-4495-bbea-114629ec88a9', 'missing', '1997-06-01', NULL, '2026-12-02 15:50:27.740748+00', '2026-12-02 15:50:27.740748+00');
INSERT INTO public.linkages VALUES ('da135897-08e7-44cd-a35e-c84881bf5788', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '035eb7a1-4bae-4320-9dbf-c0d2cbaba764', 'member_of', 'db49bd04-280f-4bd5-969a-9ebf3e987da2', 'missing', '1997-06-01', NULL, '2026-12-02 15:50:27.74898+00', '2026-12-02 15:50:27.74898+00');
INSERT INTO public.linkages VALUES ('e9f12390-bf4a-4c58-8db3-b8601723567f', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '201bcc1e-1452-4495-bbea-114629ec88a9', 'buyer_of', '035eb7a1-4bae-4320-9dbf-c0d2cbaba764', 'existing', '2000-06-01', NULL, '2026-12-02 15:50:27.757184+00', '2026-12-02 15:50:27.757184+00');
INSERT INTO public.linkages VALUES ('8b6e1e26-5615-4a3d-b253-0b5910e28a1f', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '035eb7a1-4bae-4320-9dbf-c0d2cbaba764', 'member_of', 'db49bd04-280f-4bd5-969a-9ebf3e987da2', 'existing', '2000-06-01', NULL, '2026-12-02 15:50:27.767395+00', '2026-12-02 15:50:27.767395+00');
INSERT INTO public.linkages VALUES ('59c8b151-6a7a-4d03-9cc8-c485be934bd7', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '731c39f6-413c-40aa-9202-10d81e3d1dc3', 'cooperates_with', '62f57139-a475-4d67-8279-acdee0f743e5', 'missing', '1998-01-01', NULL, '2026-12-02 15:50:27.915803+00', '2026-12-02 15:50:27.915803+00');
INSERT INTO public.linkages VALUES ('d24428c6-2809-48a9-9a19-e483a87559c7', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '731c39f6-413c-40aa-9202-10d81e3d1dc3', 'cooperates_with', '62f57139-a475-4d67-8279-acdee0f743e5', 'existing', '1999-01-01', NULL, '2026-12-02 15:50:27.923016+00', '2026-12-02 15:50:27.923016+00');
INSERT INTO public.linkages VALUES ('750e6b3f-f09c-4b2f-9985-4b0398d7f8d5', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '3c5527db-d13a-4a10-bbd4-0dc1182a183c', 'service_provider_to', '731c39f6-413c-40aa-9202-10d81e3d1dc3', 'existing', '1999-09-01', NULL, '2026-12-02 15:50:27.930296+00', '2026-12-02 15:50:27.930296+00');


--
-- Data for Name: memberships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.memberships VALUES ('d6d01605-0d1f-4bc8-9244-d88f0714fd26', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '793aef8a-5314-41b6-8b0f-58da6507ce4d', 'coordinator', '1998-03-01', NULL, NULL, NULL, '2026-12-02 15:50:26.560004+00', '2026-12-02 15:50:26.560004+00');
INSERT INTO public.memberships VALUES ('53b919e8-72ab-4012-99b0-c2fe06ceaaa8', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'c9a00bbb-93da-4b42-92a9-7dd6e72a2dd0', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-02 15:50:26.572012+00', '2026-12-02 15:50:26.572012+00');
INSERT INTO public.memberships VALUES ('47ddb934-b7ca-4f65-abb3-42ad2ff5c0c6', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'd87190e3-fa07-40be-b6d5-678a8bc73725', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-02 15:50:26.582677+00', '2026-12-02 15:50:26.582677+00');
INSERT INTO public.memberships VALUES ('8edd7ae2-4388-4e62-9560-b8d72f6e24bd', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '96242a8c-933f-49ae-9c99-8c8df60e517c', 'member', '1998-03-01', '1999-11-15', 'expelled_opportunistic', NULL, '2026-12-02 15:50:26.593283+00', '2026-12-02 15:50:26.593283+00');
INSERT INTO public.memberships VALUES ('956f055e-c705-4ed0-ba62-0bf16ed6f1f7', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '469d4a95-2528-4e22-b3d5-9b0a6a751cce', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-02 15:50:26.604673+00', '2026-12-02 15:50:26.604673+00');
INSERT INTO public.memberships VALUES ('5de1ac3e-d2c2-4aef-9dd7-37a192055d76', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'cdb93202-3be8-4ba0-bcda-baec4562f760', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-02 15:50:26.618906+00', '2026-12-02 15:50:26.618906+00');
INSERT INTO public.memberships VALUES ('b071bf44-55a1-4fa4-975b-6db82d484561', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '087d9c46-0bcf-4d83-ad6d-b9decde2f1c1', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-02 15:50:26.634427+00', '2026-12-02 15:50:26.634427+00');
INSERT INTO public.memberships VALUES ('66a7f0c9-355b-4211-9420-d136cf283fd2', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '79177299-951c-4a54-9df6-9f5ea392b313', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-02 15:50:26.65161+00', '2026-12-02 15:50:26.65161+00');
INSERT INTO public.memberships VALUES ('98028281-89eb-46fe-a39c-4c729d853d59', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'cef2c1ac-189a-4402-a2d5-8b80fdf5bbd3', 'member', '1998-03-01', '1999-11-15', 'expelled_opportunistic', NULL, '2026-12-02 15:50:26.66562+00', '2026-12-02 15:50:26.66562+00');
INSERT INTO public.memberships VALUES ('eefe3ab3-2d75-4c11-ba1a-59450c9ca8a5', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'cf092e21-cce1-4061-9ffa-0059c3a919bc', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-02 15:50:26.680644+00', '2026-12-02 15:50:26.680644+00');
INSERT INTO public.memberships VALUES ('3d8a83f2-15db-4f19-b96a-0267391483db', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '7aca36be-059f-4675-a348-a6fc247cbab7', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-02 15:50:26.695918+00', '2026-12-02 15:50:26.695918+00');
INSERT INTO public.memberships VALUES ('61fde739-611a-494b-adb3-172073b4b4c7', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '12bed8ed-f021-4d46-a627-39ccea029801', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-02 15:50:26.714328+00', '2026-12-02 15:50:26.714328+00');
INSERT INTO public.memberships VALUES ('92e61eba-9adc-4e56-bd83-c2fa9cfe26a5', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '9ce26fb3-60f1-4f8b-9079-d929ab1beb0e', 'member', '1998-03-01', '1999-11-15', 'expelled_opportunistic', NULL, '2026-12-02 15:50:26.72733+00', '2026-12-02 15:50:26.72733+00');
INSERT INTO public.memberships VALUES ('c20498bd-f080-4e34-8e93-69b429809500', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'bd527ff2-9e6a-432f-88bd-5fa544afec3c', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-02 15:50:26.747009+00', '2026-12-02 15:50:26.747009+00');
INSERT INTO public.memberships VALUES ('25878799-0b0c-483c-93f4-4123eb68e569', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '608053c2-e63f-4f0c-9e86-6ccd9ef87334', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-02 15:50:26.768779+00', '2026-12-02 15:50:26.768779+00');
INSERT INTO public.memberships VALUES ('87baf223-757c-47bc-976b-6a040597172f', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'a85d8734-5c23-493d-81e5-fa0d739c0349', 'member', '2000-09-01', NULL, NULL, 'Joined after the group''s rules were established.', '2026-12-02 15:50:26.78389+00', '2026-12-02 15:50:26.78389+00');
INSERT INTO public.memberships VALUES ('1123aaae-e3aa-44fa-94ea-1b3a7199e250', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', '2dc7d5a7-82c5-4ad4-aedb-b794ea14433c', 'client', '1999-06-01', NULL, NULL, NULL, '2026-12-02 15:50:26.812956+00', '2026-12-02 15:50:26.812956+00');
INSERT INTO public.memberships VALUES ('e0c6add6-75b0-404f-81bd-654be534ce11', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'c90ca835-6a3c-41b2-ac7c-7e5e3e6310a5', 'service_provider', '1999-06-01', NULL, NULL, NULL, '2026-12-02 15:50:26.822661+00', '2026-12-02 15:50:26.822661+00');
INSERT INTO public.memberships VALUES ('9f00687c-b15c-4341-a427-7b53d57fbb57', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'dad3737e-dee2-4aa5-9f92-508d0c115716', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-02 15:50:28.495581+00', '2026-12-02 15:50:28.495581+00');
INSERT INTO public.memberships VALUES ('a3b096c7-fbfd-498e-bc38-014603180e01', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', '6896a570-e321-49e0-b8a3-07f97242e6c8', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-02 15:50:28.511909+00', '2026-12-02 15:50:28.511909+00');
INSERT INTO public.memberships VALUES ('af8a3105-42a6-4968-9050-443228492ab6', 'c47a22c8-be67-4202-b730-249eaff93e2f', '38f03e34-7c97-4ef9-bde6-b6bfd40ca602', 'client', '1999-06-01', NULL, NULL, NULL, '2026-12-02 15:50:28.529162+00', '2026-12-02 15:50:28.529162+00');
INSERT INTO public.memberships VALUES ('dcca6983-fd66-42ff-895e-f6d2787ff998', 'c47a22c8-be67-4202-b730-249eaff93e2f', 'ecfec11c-e858-486c-bb58-0d6c49c599fd', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-02 15:50:28.542396+00', '2026-12-02 15:50:28.542396+00');
INSERT INTO public.memberships VALUES ('a0583484-39c9-47f9-95d8-738abfc1cf8f', 'c47a22c8-be67-4202-b730-249eaff93e2f', '6f6ce890-3ae3-4645-8ee9-40cf67fde204', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-02 15:50:28.556746+00', '2026-12-02 15:50:28.556746+00');
INSERT INTO public.memberships VALUES ('fb4b1bd0-fbd7-4f84-b995-88355b60a8f9', 'c47a22c8-be67-4202-b730-249eaff93e2f', '4bd31c98-4751-4531-b92f-70831b1cb1b3', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-02 15:50:28.571384+00', '2026-12-02 15:50:28.571384+00');
INSERT INTO public.memberships VALUES ('7869bf2a-7790-4687-81e5-7584e9f7f493', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '498a7c64-e5ab-42ab-a911-f926b9a10620', 'client', '1999-06-01', NULL, NULL, NULL, '2026-12-02 15:50:28.584743+00', '2026-12-02 15:50:28.584743+00');
INSERT INTO public.memberships VALUES ('299efa1c-f073-4ee7-adbc-c567e64e8f3a', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '3f1ed64e-5fd0-43ff-83bf-d39326386cb8', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-02 15:50:28.598966+00', '2026-12-02 15:50:28.598966+00');
INSERT INTO public.memberships VALUES ('f164dee2-4bcf-46c2-acc7-4bab209088d1', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '321e44fa-9bb8-467b-be51-eacac1dde2e3', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-02 15:50:28.614435+00', '2026-12-02 15:50:28.614435+00');
INSERT INTO public.memberships VALUES ('fcd1580a-7893-476f-b336-990f0cf50444', 'b61e50dd-70ff-42f8-864f-789cd74346c3', '2745a57f-72df-4c11-ab7f-42576fc25373', 'client', '1999-06-01', NULL, NULL, NULL, '2026-12-02 15:50:28.627742+00', '2026-12-02 15:50:28.627742+00');
INSERT INTO public.memberships VALUES ('2212d8fc-2db0-494a-9840-0007a5b1734f', 'b61e50dd-70ff-42f8-864f-789cd74346c3', '38fa6a02-6e58-47f7-af8d-05be279aa98d', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-02 15:50:28.64183+00', '2026-12-02 15:50:28.64183+00');
INSERT INTO public.memberships VALUES ('c43d676c-1a76-437b-9c20-d633efdee877', 'b61e50dd-70ff-42f8-864f-789cd74346c3', '50670254-b155-4621-9e18-053d5562b6a7', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-02 15:50:28.656366+00', '2026-12-02 15:50:28.656366+00');


--
-- Data for Name: net_assessments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.net_assessments VALUES ('654c49d9-47ab-4e43-9c8b-8559cb76304b', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '1998-04-15', 'promotion', 'Network broker (illustrative)', 1, 5, 2, 'Fifteen workshops met for the first time through the broker.', 1, NULL, 1, NULL, 1, NULL, 1, NULL, 1, NULL, 1, NULL, true, NULL, '2026-12-02 15:50:28.21764+00', '2026-12-02 15:50:28.21764+00');
INSERT INTO public.net_assessments VALUES ('66b90aa3-c1d1-4270-84d4-11ec3d551894', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '1998-12-10', 'pilot_projects', 'Network broker (illustrative)', 1, 5, 3, 'The input shop runs; some members buy outside it.', 2, NULL, 2, NULL, 3, NULL, 2, NULL, 2, NULL, 2, NULL, true, NULL, '2026-12-02 15:50:28.304672+00', '2026-12-02 15:50:28.304672+00');
INSERT INTO public.net_assessments VALUES ('0c9d19a8-10ba-43ce-9858-45926818f52a', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '1999-12-15', 'strategic_projects', 'Network broker (illustrative)', 1, 5, 4, 'Three members expelled for selling on their own account; the others closed ranks.', 3, NULL, 3, NULL, 3, NULL, 3, NULL, 3, NULL, 2, NULL, true, NULL, '2026-12-02 15:50:28.385811+00', '2026-12-02 15:50:28.385811+00');
INSERT INTO public.net_assessments VALUES ('2971c61b-34af-48db-bf5d-caf060a7f210', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '2000-12-10', 'strategic_projects', 'Network broker (illustrative)', 1, 5, 4, 'Exports delivered; a selling point and a shared workplace are planned.', 4, NULL, 4, NULL, 4, NULL, 4, NULL, 4, NULL, 3, NULL, true, NULL, '2026-12-02 15:50:28.391129+00', '2026-12-02 15:50:28.391129+00');
INSERT INTO public.net_assessments VALUES ('f8c4c815-7cb7-49c7-a7ab-7c4276520a1c', '41813b26-fef2-4d38-8725-60bb53fffdbe', '1999-09-20', 'pilot_projects', 'Network broker (illustrative)', 1, 5, 3, 'Common dyeing unit run by a rota of members.', 3, NULL, 2, NULL, 3, NULL, 2, NULL, 2, NULL, 3, NULL, true, NULL, '2026-12-02 15:50:28.418425+00', '2026-12-02 15:50:28.418425+00');
INSERT INTO public.net_assessments VALUES ('aa7a329d-14a9-4a47-ac6b-4c3b8639a32f', '696d2418-29ca-4199-b43d-2490b4bc6261', '2002-02-15', 'strategic_planning', 'Network broker (illustrative)', 1, 5, 3, 'Members meet monthly; plan drafted.', 2, NULL, 2, NULL, 2, NULL, 1, NULL, 1, NULL, 3, NULL, true, NULL, '2026-12-02 15:50:28.430501+00', '2026-12-02 15:50:28.430501+00');
INSERT INTO public.net_assessments VALUES ('4a8de284-ae31-4b1b-980a-ce40b04ad0e0', 'f10f7d4f-4093-4561-83e6-46932f328145', '2002-02-15', 'pilot_projects', 'Network broker (illustrative)', 1, 5, 4, 'Joint welding course bought from a local provider.', 3, NULL, 3, NULL, 3, NULL, 3, NULL, 2, NULL, 4, NULL, true, NULL, '2026-12-02 15:50:28.44307+00', '2026-12-02 15:50:28.44307+00');


--
-- Data for Name: net_targets; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: network_analyses; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: network_relations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.network_relations VALUES ('6793c677-ff40-4b86-b630-0708a4a85478', '696d2418-29ca-4199-b43d-2490b4bc6261', 'strengthens_association', '49388bd4-3ce0-4be4-ab91-3503ffec3450', '2001-09-01', NULL, '2026-12-02 15:50:28.463145+00', '2026-12-02 15:50:28.463145+00');
INSERT INTO public.network_relations VALUES ('1d35b165-0bf6-48d2-bb68-282689054302', '696d2418-29ca-4199-b43d-2490b4bc6261', 'feeds_policy_dialogue', 'f1ba40f8-8e79-4071-82a8-3c9a9360f27f', '2002-01-15', NULL, '2026-12-02 15:50:28.468516+00', '2026-12-02 15:50:28.468516+00');
INSERT INTO public.network_relations VALUES ('e4eeb238-ec5b-4581-985c-8c54a4af2550', 'f10f7d4f-4093-4561-83e6-46932f328145', 'organises_service_demand', '2ad7f712-8e07-4b3d-9bcf-faa35b110750', '2001-10-01', NULL, '2026-12-02 15:50:28.473235+00', '2026-12-02 15:50:28.473235+00');
INSERT INTO public.network_relations VALUES ('a31bbeff-c6cf-4205-933f-ea6d0de5a500', '41813b26-fef2-4d38-8725-60bb53fffdbe', 'strengthens_association', '8444cb9b-ad2d-40ea-adde-86a69ed514e2', '1999-01-01', NULL, '2026-12-02 15:50:28.479445+00', '2026-12-02 15:50:28.479445+00');


--
-- Data for Name: network_rules; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.network_rules VALUES ('e32f6856-22bf-4790-9166-e70a35e67e92', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 1, 'Rules of the Masaya woodworkers', 'Members buy through the shop, keep the common prices and quality; a member who sells the group''s orders on his own account is expelled by the assembly.', '1999-08-01', '2026-12-02 15:50:28.309659+00', '2026-12-02 15:50:28.309659+00');


--
-- Data for Name: networks; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.networks VALUES ('41813b26-fef2-4d38-8725-60bb53fffdbe', 'Jaipur block printers'' common services network', 'horizontal', 'IN', 'f64f6aef-5fc4-4946-b667-4a73024719a8', '2d1fcee4-9879-409c-9b49-7759fbfe6178', 'pilot_projects', '1998-11-01', 'One of several networks promoted in the Jaipur cluster to provide common services to their members. Illustrative demo record.', '2026-12-02 15:50:26.798253+00', '2026-12-02 15:50:26.798253+00', 'informal', NULL, NULL, 'jaipur block printers'' common services network  one of several networks promoted in the jaipur cluster to provide common services to their members. illustrative demo record.');
INSERT INTO public.networks VALUES ('c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'Masaya woodworkers'' network', 'horizontal', 'NI', NULL, 'fc458e6a-de42-4f86-817e-7c9d3e29a49c', 'strategic_projects', '1998-03-01', 'Fifteen micro and small woodworkers: a shared input shop, bulk wood purchasing, a common catalogue, three rocking-chair models exported to the UK. Members who behaved opportunistically were expelled; a new member joined later. Dates illustrative.', '2026-12-02 15:50:26.549299+00', '2026-12-02 15:50:28.327549+00', 'informal', NULL, NULL, 'masaya woodworkers'' network  fifteen micro and small woodworkers: a shared input shop, bulk wood purchasing, a common catalogue, three rocking-chair models exported to the uk. members who behaved opportunistically were expelled; a new member joined later. dates illustrative.');
INSERT INTO public.networks VALUES ('696d2418-29ca-4199-b43d-2490b4bc6261', 'Thiès food processors'' network (illustrative)', 'horizontal', 'SN', NULL, '9632fe75-61fe-4427-b503-b9f7ef385bc3', 'strategic_planning', '2001-03-01', 'Networks organise the private sector from the base and strengthen its representative associations. Illustrative demo record.', '2026-12-02 15:50:28.424488+00', '2026-12-02 15:50:28.424488+00', 'association', NULL, NULL, 'thies food processors'' network (illustrative)  networks organise the private sector from the base and strengthen its representative associations. illustrative demo record.');
INSERT INTO public.networks VALUES ('f10f7d4f-4093-4561-83e6-46932f328145', 'Bulawayo metalworkers'' network (illustrative)', 'horizontal', 'ZW', NULL, '23e00dba-3c3d-4ae5-81fd-1367b0676726', 'pilot_projects', '2001-05-01', 'The network organises its members'' demand for business development services so that providers upgrade them. Illustrative demo record.', '2026-12-02 15:50:28.436599+00', '2026-12-02 15:50:28.436599+00', 'informal', NULL, NULL, 'bulawayo metalworkers'' network (illustrative)  the network organises its members'' demand for business development services so that providers upgrade them. illustrative demo record.');
INSERT INTO public.networks VALUES ('b61e50dd-70ff-42f8-864f-789cd74346c3', 'Ice cream and yoghurt supplier network', 'vertical', 'NI', NULL, 'fc458e6a-de42-4f86-817e-7c9d3e29a49c', 'round_tables', '1999-06-01', 'A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record.', '2026-12-02 15:50:28.621024+00', '2026-12-02 15:50:28.757273+00', NULL, NULL, NULL, 'ice cream and yoghurt supplier network  a client firm and its current or potential sme suppliers, through the vertical linkages unit at cadin. illustrative demo record.');
INSERT INTO public.networks VALUES ('c47a22c8-be67-4202-b730-249eaff93e2f', 'Footwear supplier network', 'vertical', 'NI', NULL, 'fc458e6a-de42-4f86-817e-7c9d3e29a49c', 'round_tables', '1999-06-01', 'A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record.', '2026-12-02 15:50:28.521826+00', '2026-12-02 15:50:28.813265+00', NULL, NULL, NULL, 'footwear supplier network  a client firm and its current or potential sme suppliers, through the vertical linkages unit at cadin. illustrative demo record.');
INSERT INTO public.networks VALUES ('7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'Coffee and cereals supplier network', 'vertical', 'NI', NULL, 'fc458e6a-de42-4f86-817e-7c9d3e29a49c', 'improvement_plan', '1999-06-01', 'A coffee and cereals processor with peanut and plastic jar suppliers and the National Metrology Laboratory, through the Vertical Linkages Unit at CADIN.', '2026-12-02 15:50:26.805278+00', '2026-12-02 15:50:28.931263+00', NULL, NULL, NULL, 'coffee and cereals supplier network  a coffee and cereals processor with peanut and plastic jar suppliers and the national metrology laboratory, through the vertical linkages unit at cadin.');
INSERT INTO public.networks VALUES ('7f34ef60-bd1d-4eb0-be29-a08a83d197fd', 'Rum supplier network', 'vertical', 'NI', NULL, 'fc458e6a-de42-4f86-817e-7c9d3e29a49c', 'partnership_decision', '1999-06-01', 'A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record.', '2026-12-02 15:50:28.578105+00', '2026-12-02 15:50:29.312295+00', NULL, NULL, NULL, 'rum supplier network  a client firm and its current or potential sme suppliers, through the vertical linkages unit at cadin. illustrative demo record.');


--
-- Data for Name: partnership_decisions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.partnership_decisions VALUES ('105fd729-165a-4a6a-8ac8-2c3c4a04d8a0', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '498a7c64-e5ab-42ab-a911-f926b9a10620', '3f1ed64e-5fd0-43ff-83bf-d39326386cb8', '2000-04-01', true, 85000, '2000-05-01', '2001-04-30', 'Local bank (illustrative)', 12000, 'The client buys its labels locally instead of importing them.', '2026-12-02 15:50:29.321608+00', '2026-12-02 15:50:29.321608+00');
INSERT INTO public.partnership_decisions VALUES ('126f7706-4ddb-421c-8f36-1e41aa749ae7', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '498a7c64-e5ab-42ab-a911-f926b9a10620', '321e44fa-9bb8-467b-be51-eacac1dde2e3', '2000-04-01', false, NULL, NULL, NULL, NULL, NULL, 'Bottle quality not yet at the client''s standard; re-evaluate after the quality system.', '2026-12-02 15:50:29.336945+00', '2026-12-02 15:50:29.336945+00');


--
-- Data for Name: perceptions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.perceptions VALUES ('84d6886d-b860-400a-8cf2-829773b2200b', 'eec7305b-7fe8-4017-866e-091f78491330', '1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 'Food safety regulation', 'entrepreneurs', 'major', 'The Food Adulteration Act is too stringent; relax it and exempt us from the feared audits.', '2026-12-02 15:50:26.960315+00', '2026-12-02 15:50:26.960315+00');
INSERT INTO public.perceptions VALUES ('f6115abb-6b49-40c9-92bd-fb7a4f54b0d7', 'eec7305b-7fe8-4017-866e-091f78491330', '1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 'Food safety regulation', 'support_institutions', 'not_a_problem', 'The law is sound; entrepreneurs do not value product safety and rely on traditional practices.', '2026-12-02 15:50:26.970731+00', '2026-12-02 15:50:26.970731+00');
INSERT INTO public.perceptions VALUES ('1da8a505-2c83-4892-8a10-51c50f1c1a8a', 'eec7305b-7fe8-4017-866e-091f78491330', '1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 'Food safety regulation', 'government', 'not_a_problem', 'Regulations protect consumers; producers must comply.', '2026-12-02 15:50:26.980544+00', '2026-12-02 15:50:26.980544+00');
INSERT INTO public.perceptions VALUES ('f6ae221c-8fe0-4528-94db-34611da733ba', 'eec7305b-7fe8-4017-866e-091f78491330', '1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 'Knowledge of the law', 'entrepreneurs', 'major', 'We cannot keep up with the continuous amendments of the law.', '2026-12-02 15:50:26.990101+00', '2026-12-02 15:50:26.990101+00');
INSERT INTO public.perceptions VALUES ('04713cae-aeea-4dd7-9b5e-c900949931d3', 'eec7305b-7fe8-4017-866e-091f78491330', '1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 'Knowledge of the law', 'support_institutions', 'major', 'Producers ignore the rules they must meet.', '2026-12-02 15:50:26.998927+00', '2026-12-02 15:50:26.998927+00');
INSERT INTO public.perceptions VALUES ('798ae3ac-69be-4e1b-9247-1ccf1b54bc2b', 'eec7305b-7fe8-4017-866e-091f78491330', '1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 'Testing facilities', 'entrepreneurs', 'major', 'There are no reliable and independent testing facilities to monitor our compliance.', '2026-12-02 15:50:27.008682+00', '2026-12-02 15:50:27.008682+00');
INSERT INTO public.perceptions VALUES ('8c3fd525-b899-4d00-9917-dcaf48fb5bb2', 'eec7305b-7fe8-4017-866e-091f78491330', '1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 'Testing facilities', 'support_institutions', 'minor', 'Modern testing equipment exists but producers do not use it.', '2026-12-02 15:50:27.019319+00', '2026-12-02 15:50:27.019319+00');
INSERT INTO public.perceptions VALUES ('5171b225-8203-4cb9-9024-5ee9e784b94b', 'eec7305b-7fe8-4017-866e-091f78491330', '1ed94f78-ebc6-4354-a521-ea8ad2f1825c', 'Representation', 'entrepreneurs', 'major', 'Our associations are too fragmented to talk to the regulator in New Delhi.', '2026-12-02 15:50:27.029577+00', '2026-12-02 15:50:27.029577+00');


--
-- Data for Name: persons; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.persons VALUES ('deb84a4c-6e55-484b-a9f5-c510b5c396cd', 'Cluster broker, Jaipur (illustrative)', '84610432-f3df-4ebd-966b-6989f3da8380', 'Cluster development agent', 'female', NULL, NULL, NULL, '2026-12-02 15:50:26.829772+00', '2026-12-02 15:50:26.829772+00', 'cluster broker, jaipur (illustrative)  cluster development agent');
INSERT INTO public.persons VALUES ('0a81c09a-2e3e-4f31-b2dc-16c508de8cad', 'Executive director, CERTEC (illustrative)', '8e67e32a-1bf4-4db7-8246-cc50216e3c4d', 'Former network broker', 'male', NULL, NULL, NULL, '2026-12-02 15:50:26.836035+00', '2026-12-02 15:50:26.836035+00', 'executive director, certec (illustrative)  former network broker');
INSERT INTO public.persons VALUES ('fb7559cc-aff6-4a3d-b76c-97e489ad6456', 'Linkage broker, CADIN (illustrative)', 'edbcb0ca-628f-4b45-b2d5-477e25379c36', 'Vertical Linkages Unit', 'female', NULL, NULL, NULL, '2026-12-02 15:50:26.841362+00', '2026-12-02 15:50:26.841362+00', 'linkage broker, cadin (illustrative)  vertical linkages unit');


--
-- Data for Name: phase_decisions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.phase_decisions VALUES ('5f908825-6ab7-4a5b-9d72-38afe2061dd0', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '1998-05-01', 'promotion', 'strategic_planning', NULL, 'Fifteen woodworkers committed to working together.', false, NULL, '2026-12-02 15:50:28.238058+00', '2026-12-02 15:50:28.238058+00');
INSERT INTO public.phase_decisions VALUES ('ab9a95c8-5657-4b72-9bcb-7d457c62c2b0', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '1998-07-01', 'strategic_planning', 'pilot_projects', NULL, 'Business plan adopted by the members.', false, NULL, '2026-12-02 15:50:28.261654+00', '2026-12-02 15:50:28.261654+00');
INSERT INTO public.phase_decisions VALUES ('4b4a6aa1-a225-40ed-98af-75da866a14ca', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '1999-09-01', 'pilot_projects', 'strategic_projects', NULL, 'Pilot projects completed and rules adopted.', false, NULL, '2026-12-02 15:50:28.324317+00', '2026-12-02 15:50:28.324317+00');
INSERT INTO public.phase_decisions VALUES ('83934c81-5817-41b4-b845-05288c7c2a85', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', '1999-07-30', 'supplier_evaluation', 'round_tables', NULL, 'Suppliers evaluated', false, NULL, '2026-12-02 15:50:28.702745+00', '2026-12-02 15:50:28.702745+00');
INSERT INTO public.phase_decisions VALUES ('10403028-d8d8-47d8-92f1-96b62ce9cd20', 'b61e50dd-70ff-42f8-864f-789cd74346c3', '1999-07-30', 'supplier_evaluation', 'round_tables', NULL, 'Suppliers evaluated', false, NULL, '2026-12-02 15:50:28.753356+00', '2026-12-02 15:50:28.753356+00');
INSERT INTO public.phase_decisions VALUES ('cc59c446-c15e-4811-8f76-037af10f40e2', 'c47a22c8-be67-4202-b730-249eaff93e2f', '1999-07-30', 'supplier_evaluation', 'round_tables', NULL, 'Suppliers evaluated', false, NULL, '2026-12-02 15:50:28.808996+00', '2026-12-02 15:50:28.808996+00');
INSERT INTO public.phase_decisions VALUES ('4b1a0b5a-7344-4731-8464-318763615d51', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '1999-07-30', 'supplier_evaluation', 'round_tables', NULL, 'Suppliers evaluated', false, NULL, '2026-12-02 15:50:28.868906+00', '2026-12-02 15:50:28.868906+00');
INSERT INTO public.phase_decisions VALUES ('ac5d2267-4ddd-4b3f-b52f-8f0bd30dfe1d', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', '1999-08-20', 'round_tables', 'detailed_analysis', NULL, 'The client''s requirements agreed', false, NULL, '2026-12-02 15:50:28.904251+00', '2026-12-02 15:50:28.904251+00');
INSERT INTO public.phase_decisions VALUES ('3ba4c437-7c97-409f-8af3-5bb7b5c88515', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', '1999-09-10', 'detailed_analysis', 'improvement_plan', NULL, 'Areas of improvement identified', false, NULL, '2026-12-02 15:50:28.927381+00', '2026-12-02 15:50:28.927381+00');
INSERT INTO public.phase_decisions VALUES ('fe54e32c-f888-4361-a1c6-841560836d2c', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '1999-08-20', 'round_tables', 'detailed_analysis', NULL, 'The client''s requirements agreed', false, NULL, '2026-12-02 15:50:29.057433+00', '2026-12-02 15:50:29.057433+00');
INSERT INTO public.phase_decisions VALUES ('50e2e2b6-58ea-428c-baa8-939639aac0c5', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '1999-09-10', 'detailed_analysis', 'improvement_plan', NULL, 'Areas of improvement identified', false, NULL, '2026-12-02 15:50:29.075473+00', '2026-12-02 15:50:29.075473+00');
INSERT INTO public.phase_decisions VALUES ('c5d97237-2cd4-402a-a842-e5268aeaebd6', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '2000-03-20', 'improvement_plan', 'partnership_decision', NULL, 'Every firm has carried out its plan', false, NULL, '2026-12-02 15:50:29.309368+00', '2026-12-02 15:50:29.309368+00');


--
-- Data for Name: plan_actions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.plan_actions VALUES ('219d5f22-6ac6-4258-ae39-642b3cd9b052', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'Common showroom', 'Reach profitable markets', 'joint_marketing', '8444cb9b-ad2d-40ea-adde-86a69ed514e2', '1999-01-01', '1999-12-31', 'done', 100, NULL, 'A common showroom opened.', '2026-12-02 15:50:27.48267+00', '2026-12-02 15:50:27.48267+00');
INSERT INTO public.plan_actions VALUES ('8179d07f-8d4c-4da1-af70-401eb992de71', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'New products and designs with NIFT', 'Reach profitable markets', 'technical_assistance', '8ab481f9-6c8b-4d1d-85b5-dad9bbf9a35e', '1999-03-01', '2000-12-31', 'done', 100, NULL, NULL, '2026-12-02 15:50:27.494556+00', '2026-12-02 15:50:27.494556+00');
INSERT INTO public.plan_actions VALUES ('d6bef3cd-8d37-4adc-905e-c8c89f41482b', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'Credit scheme', 'Reach profitable markets', 'finance', '307e885c-ff8e-427c-af48-7dfd7f125c0a', '1999-06-01', '2001-06-30', 'in_progress', 60, NULL, NULL, '2026-12-02 15:50:27.504703+00', '2026-12-02 15:50:27.504703+00');
INSERT INTO public.plan_actions VALUES ('ceee1b74-9f93-4954-b086-cef0c68cf7ab', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'Revitalise CALICO', 'An autonomous governance framework', 'institutional_capacity', '8444cb9b-ad2d-40ea-adde-86a69ed514e2', '1998-10-01', '2001-06-30', 'done', 100, NULL, 'Membership from 26 to 120; COTEX formed.', '2026-12-02 15:50:27.516594+00', '2026-12-02 15:50:27.516594+00');
INSERT INTO public.plan_actions VALUES ('f9f873a1-4812-4361-aa7c-0b1a92053866', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'Waste-water treatment and relocation study', 'Environment', 'infrastructure', '035eb7a1-4bae-4320-9dbf-c0d2cbaba764', '1999-01-01', '2001-06-30', 'planned', NULL, NULL, NULL, '2026-12-02 15:50:27.798579+00', '2026-12-02 15:50:27.798579+00');
INSERT INTO public.plan_actions VALUES ('391c2ea3-b057-4a3c-944a-4ba070e810d9', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'Cooperative for milk supply and joint purchasing', 'Organisation', 'institutional_capacity', '035eb7a1-4bae-4320-9dbf-c0d2cbaba764', '1998-09-01', '1999-12-31', 'done', 100, NULL, NULL, '2026-12-02 15:50:27.805489+00', '2026-12-02 15:50:27.805489+00');
INSERT INTO public.plan_actions VALUES ('4b26e9f8-a59a-42a4-8703-20d02a4d2c4f', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'Product diversification', 'Diversification', 'technical_assistance', 'b8bc8d2b-fe47-4d58-80e4-36f2a62c40ac', '1998-06-01', '2000-12-31', 'in_progress', 80, NULL, NULL, '2026-12-02 15:50:27.789221+00', '2026-12-02 15:50:27.842101+00');
INSERT INTO public.plan_actions VALUES ('c164bcf1-5315-445b-9ed6-6b4e9c6d304b', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'Technical norms for fresh milk and milk products', 'Quality of cheese', 'quality_standards', 'b8bc8d2b-fe47-4d58-80e4-36f2a62c40ac', '1998-03-01', '1999-06-30', 'done', 100, NULL, NULL, '2026-12-02 15:50:27.779862+00', '2026-12-02 15:50:27.848974+00');
INSERT INTO public.plan_actions VALUES ('7c219a18-d65f-4eb8-9690-3d44ef404d3b', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', 'Training cell for women machine operators at GPW', 'Skilled workforce', 'training', '731c39f6-413c-40aa-9202-10d81e3d1dc3', '1999-09-01', '2000-09-30', 'done', 100, NULL, '7 batches; more than 110 women trained; 80 % employed in the cluster.', '2026-12-02 15:50:27.943746+00', '2026-12-02 15:50:27.943746+00');
INSERT INTO public.plan_actions VALUES ('32a80a73-bef8-40b9-9720-07d314d25431', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', 'Visits to foreign fairs', 'Exports', 'joint_marketing', '731c39f6-413c-40aa-9202-10d81e3d1dc3', '1998-09-01', '2000-12-31', 'done', 100, NULL, NULL, '2026-12-02 15:50:27.952486+00', '2026-12-02 15:50:27.952486+00');


--
-- Data for Name: plan_reviews; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.plan_reviews VALUES ('f9d5cc75-21a8-45c7-859a-97dbd4ca4b7d', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 1, '1999-07-15', NULL, 'Norms done; diversification ahead of plan; waste water not started.', 'Ministries act together when the committee sets the agenda.', 'Start the waste-water study with the cooperative; add a second diversification round.', '[{"actionId":"C164BCF1-5315-445B-9ED6-6B4E9C6D304B","note":"Norms diffused with four ministries","percentComplete":100,"status":"done"},{"actionId":"4B26E9F8-A59A-42A4-8703-20D02A4D2C4F","note":"Three new types on the market","percentComplete":80,"status":"in_progress"}]', '{"actions":[{"id":"391C2EA3-B057-4A3C-944A-4BA070E810D9","percentComplete":100,"status":"done","title":"Cooperative for milk supply and joint purchasing","type":"institutional_capacity"},{"id":"4B26E9F8-A59A-42A4-8703-20D02A4D2C4F","percentComplete":80,"status":"in_progress","title":"Product diversification","type":"technical_assistance"},{"id":"C164BCF1-5315-445B-9ED6-6B4E9C6D304B","percentComplete":100,"status":"done","title":"Technical norms for fresh milk and milk products","type":"quality_standards"},{"id":"F9F873A1-4812-4361-AA7C-0B1A92053866","status":"planned","title":"Waste-water treatment and relocation study","type":"infrastructure"}],"objectives":["Quality of cheese","Diversification","Environment","Organisation"],"version":1,"vision":"A cluster known for safe, varied cheese made without harming its rivers."}', '2026-12-02 15:50:27.837563+00', '2026-12-02 15:50:27.837563+00');


--
-- Data for Name: programme_settings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.programme_settings VALUES ('7f340270-3825-4c89-914f-bbc3cc96430f', 'indicator.library.offered', '15');


--
-- Data for Name: project_contributions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project_contributions VALUES ('25451f7b-3b2b-444b-bc06-c08587b3bfeb', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'd8c1830a-3940-4016-be6f-6218058feec5', 'Members', NULL, 'private_sector', 'cash', 2500, '1998-08-01', 2500, '1998-09-01', '2026-12-02 15:50:28.366734+00', '2026-12-02 15:50:28.366734+00');
INSERT INTO public.project_contributions VALUES ('04b049f8-fda8-4586-aed7-a152989afa91', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', 'd8c1830a-3940-4016-be6f-6218058feec5', 'UNIDO project', NULL, 'project', 'cash', 1500, '1998-08-01', 1500, '1998-09-01', '2026-12-02 15:50:28.372338+00', '2026-12-02 15:50:28.372338+00');
INSERT INTO public.project_contributions VALUES ('899a0d01-1da6-47c8-a924-415756f9a7e6', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 'Members', NULL, 'private_sector', 'cash', 1800, '1998-08-01', 1800, '1998-09-01', '2026-12-02 15:50:28.376544+00', '2026-12-02 15:50:28.376544+00');
INSERT INTO public.project_contributions VALUES ('ac3e6f36-2ae6-49c0-9ef9-8f132e43328b', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf', '1ba6e190-4824-4f95-96b4-0e3c946a3ab0', 'UNIDO project', NULL, 'project', 'cash', 2200, '1998-08-01', 2200, '1998-09-01', '2026-12-02 15:50:28.38072+00', '2026-12-02 15:50:28.38072+00');


--
-- Data for Name: project_countries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project_countries VALUES ('1d5e5182-443c-4165-a0c1-21c78ff06ca7', '2d1fcee4-9879-409c-9b49-7759fbfe6178', 'IN');
INSERT INTO public.project_countries VALUES ('d55401c1-f65a-4383-842d-564b8815a416', 'fc458e6a-de42-4f86-817e-7c9d3e29a49c', 'NI');
INSERT INTO public.project_countries VALUES ('16176f5b-e845-4d4d-aa8c-12fb90aa9b29', 'f0255447-dadb-4140-acca-83eeff73ad4e', 'HN');
INSERT INTO public.project_countries VALUES ('6a1156e1-8efe-450b-a069-f5cdb537c2c9', '9632fe75-61fe-4427-b503-b9f7ef385bc3', 'SN');
INSERT INTO public.project_countries VALUES ('1df745ee-34e8-4337-9330-0566b23bb2dc', '23e00dba-3c3d-4ae5-81fd-1367b0676726', 'ZW');
INSERT INTO public.project_countries VALUES ('2aa3db7c-a567-480f-8274-7fb0c7335a80', '2fe391f3-a1af-42f3-b68b-5a7a75e32bb4', 'IT');
INSERT INTO public.project_countries VALUES ('04387ee1-1a68-4fff-83d7-5e4727c7ed89', '2fe391f3-a1af-42f3-b68b-5a7a75e32bb4', 'MA');
INSERT INTO public.project_countries VALUES ('4bd1ec22-1c19-4e31-a158-8ebd1b57c541', 'eaa97073-2ff1-45db-b296-66a503e47b32', 'MG');


--
-- Data for Name: projects; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.projects VALUES ('2d1fcee4-9879-409c-9b49-7759fbfe6178', 'IND-CLN', 'Cluster and network development in India', 'Pune food processing, Bagru and Sanganer block printing (Jaipur), Ludhiana knitwear. Dates and budget illustrative.', 'ongoing', NULL, NULL, '1996-07-01', NULL, 2400000, 'USD', 'Government of Italy (illustrative)', 'SIDBI', 'clusters
horizontal_networks', '2026-12-02 15:50:26.255792+00', '2026-12-02 15:50:26.255792+00', 'ind-cln  cluster and network development in india  pune food processing, bagru and sanganer block printing (jaipur), ludhiana knitwear. dates and budget illustrative.  government of italy (illustrative)  sidbi');
INSERT INTO public.projects VALUES ('fc458e6a-de42-4f86-817e-7c9d3e29a49c', 'NIC-CLN', 'SME networks, clusters and vertical linkages in Nicaragua', 'Boaco/Chontales milk and cheese cluster, Masaya woodworking network, Vertical Linkages Unit at CADIN (designed 1999). Dates and budget illustrative.', 'ongoing', NULL, NULL, '1997-03-01', NULL, 1800000, 'USD', '', 'CADIN
INPYME', 'clusters
horizontal_networks
vertical_linkages', '2026-12-02 15:50:26.267212+00', '2026-12-02 15:50:26.267212+00', 'nic-cln  sme networks, clusters and vertical linkages in nicaragua  boaco/chontales milk and cheese cluster, masaya woodworking network, vertical linkages unit at cadin (designed 1999). dates and budget illustrative.  cadin  inpyme');
INSERT INTO public.projects VALUES ('f0255447-dadb-4140-acca-83eeff73ad4e', 'HON-NET', 'Network brokers in Honduras', 'Network brokers trained by the project founded CERTEC in the last year of implementation (1997). Start date illustrative.', 'completed', NULL, NULL, '1993-01-01', '1997-12-31', NULL, NULL, '', 'CERTEC', 'horizontal_networks', '2026-12-02 15:50:26.277035+00', '2026-12-02 15:50:26.277035+00', 'hon-net  network brokers in honduras  network brokers trained by the project founded certec in the last year of implementation (1997). start date illustrative.  certec');
INSERT INTO public.projects VALUES ('9632fe75-61fe-4427-b503-b9f7ef385bc3', 'SEN-NET', 'From networks to associations to policy in Senegal', 'Networks organise the private sector from the base and strengthen its representative associations.', 'ongoing', NULL, NULL, '2001-01-01', NULL, NULL, NULL, '', '', 'horizontal_networks', '2026-12-02 15:50:26.286685+00', '2026-12-02 15:50:26.286685+00', 'sen-net  from networks to associations to policy in senegal  networks organise the private sector from the base and strengthen its representative associations.');
INSERT INTO public.projects VALUES ('23e00dba-3c3d-4ae5-81fd-1367b0676726', 'ZWE-NET', 'Networks and BDS upgrading in Zimbabwe', 'Networks organise the demand for business development services so that providers upgrade them.', 'ongoing', NULL, NULL, '2001-01-01', NULL, NULL, NULL, '', '', 'horizontal_networks', '2026-12-02 15:50:26.296283+00', '2026-12-02 15:50:26.296283+00', 'zwe-net  networks and bds upgrading in zimbabwe  networks organise the demand for business development services so that providers upgrade them.');
INSERT INTO public.projects VALUES ('2fe391f3-a1af-42f3-b68b-5a7a75e32bb4', 'MAR-CLU', 'Restructuring of the Fez leather cluster', 'Fez leather cluster, including relocation for environmental reasons, in cooperation with the Santa Croce leather cluster in Italy. Start date illustrative.', 'ongoing', NULL, NULL, '2000-01-01', NULL, NULL, NULL, '', '', 'clusters', '2026-12-02 15:50:26.306086+00', '2026-12-02 15:50:26.306086+00', 'mar-clu  restructuring of the fez leather cluster  fez leather cluster, including relocation for environmental reasons, in cooperation with the santa croce leather cluster in italy. start date illustrative.');
INSERT INTO public.projects VALUES ('eaa97073-2ff1-45db-b296-66a503e47b32', 'MDG-CLU', 'Cluster development in Madagascar', 'Under design.', 'under_design', NULL, NULL, NULL, NULL, NULL, NULL, '', '', 'clusters', '2026-12-02 15:50:26.31671+00', '2026-12-02 15:50:26.31671+00', 'mdg-clu  cluster development in madagascar  under design.');


--
-- Data for Name: readiness_items; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.readiness_items VALUES ('ef096d84-baeb-4cab-999f-6896eee5f949', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'Executive director and field worker trained at the Joint Learning Programme in Chile', true, '2000-03-01', NULL, '2026-12-02 15:50:27.862883+00', '2026-12-02 15:50:27.862883+00');
INSERT INTO public.readiness_items VALUES ('3126a444-b587-4a10-b848-e55c7786090e', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'Field worker trained on the job by project consultants', true, '2000-12-01', NULL, '2026-12-02 15:50:27.869286+00', '2026-12-02 15:50:27.869286+00');
INSERT INTO public.readiness_items VALUES ('8c584f0d-0097-48d6-bfc4-9edc7af2e1ce', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'Foundation budget covers the field worker''s full salary', false, NULL, NULL, '2026-12-02 15:50:27.873372+00', '2026-12-02 15:50:27.873372+00');


--
-- Data for Name: result_entries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.result_entries VALUES ('5e538133-9891-46a5-8e3c-77f33de983da', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'e0a2399f-2581-40bb-8dcf-8705e800e93b', 'baseline', '8444cb9b-ad2d-40ea-adde-86a69ed514e2', NULL, '1997-08-20', 26, NULL, '', '863cc427-8525-4b36-99a6-38dee57d3f9d', 'Diagnostic study', NULL, '2026-12-02 15:50:27.16593+00', '2026-12-02 15:50:27.16593+00', NULL);
INSERT INTO public.result_entries VALUES ('7a396da7-b9f2-4527-9787-82b86be3aa03', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'e0a2399f-2581-40bb-8dcf-8705e800e93b', 'target', '8444cb9b-ad2d-40ea-adde-86a69ed514e2', NULL, '2001-12-31', 100, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:27.17797+00', '2026-12-02 15:50:27.17797+00', NULL);
INSERT INTO public.result_entries VALUES ('dd9523da-4e9c-4229-9ea2-7b3fb8b2e571', 'f64f6aef-5fc4-4946-b667-4a73024719a8', 'e0a2399f-2581-40bb-8dcf-8705e800e93b', 'measurement', '8444cb9b-ad2d-40ea-adde-86a69ed514e2', NULL, '2001-06-30', 120, NULL, '', NULL, 'CALICO register', NULL, '2026-12-02 15:50:27.191131+00', '2026-12-02 15:50:27.191131+00', NULL);
INSERT INTO public.result_entries VALUES ('ca420987-e277-4391-af2e-4d055c7c139b', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '2a3bdce2-0e9e-4026-902e-bf94c9040c81', 'baseline', '201bcc1e-1452-4495-bbea-114629ec88a9', NULL, '1997-11-20', 10, NULL, '', '0772daf2-cbb9-42b2-b65b-ea2c68fddb47', 'Diagnostic study (illustrative value)', NULL, '2026-12-02 15:50:27.602936+00', '2026-12-02 15:50:27.602936+00', NULL);
INSERT INTO public.result_entries VALUES ('7deb2eac-5287-4268-9f8f-d9879e51acc6', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '2a3bdce2-0e9e-4026-902e-bf94c9040c81', 'target', '201bcc1e-1452-4495-bbea-114629ec88a9', NULL, '2001-12-31', 12, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:27.614178+00', '2026-12-02 15:50:27.614178+00', NULL);
INSERT INTO public.result_entries VALUES ('a2b4ecc9-9bdb-4fca-83be-23190bf0c5b6', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '2a3bdce2-0e9e-4026-902e-bf94c9040c81', 'measurement', '201bcc1e-1452-4495-bbea-114629ec88a9', NULL, '2000-12-31', 12.5, NULL, '', NULL, '+25 % as reported', NULL, '2026-12-02 15:50:27.625403+00', '2026-12-02 15:50:27.625403+00', NULL);
INSERT INTO public.result_entries VALUES ('e4459b37-6114-4132-b117-0026feb1adbc', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '6879f732-7919-4c20-ab93-26083bd5ac15', 'baseline', NULL, NULL, '1997-11-20', 1000, NULL, '', '0772daf2-cbb9-42b2-b65b-ea2c68fddb47', 'Diagnostic study (illustrative value)', NULL, '2026-12-02 15:50:27.638641+00', '2026-12-02 15:50:27.638641+00', NULL);
INSERT INTO public.result_entries VALUES ('18e90c82-d1be-4a8d-8fc7-35f728f10f19', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '6879f732-7919-4c20-ab93-26083bd5ac15', 'target', NULL, NULL, '2001-12-31', 400, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:27.647011+00', '2026-12-02 15:50:27.647011+00', NULL);
INSERT INTO public.result_entries VALUES ('b9a59a7d-9e5e-4822-855c-654d33d888fc', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', '6879f732-7919-4c20-ab93-26083bd5ac15', 'measurement', NULL, NULL, '2000-12-31', 300, NULL, '', NULL, 'Reduced up to 70 %', NULL, '2026-12-02 15:50:27.655982+00', '2026-12-02 15:50:27.655982+00', NULL);
INSERT INTO public.result_entries VALUES ('0dd9d318-32da-4d99-8dfd-87b502f7538b', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'edf96f0f-37ec-4e2d-ac5a-002ed3e6cf03', 'baseline', NULL, NULL, '1997-11-20', 0, NULL, '', '0772daf2-cbb9-42b2-b65b-ea2c68fddb47', NULL, NULL, '2026-12-02 15:50:27.666778+00', '2026-12-02 15:50:27.666778+00', NULL);
INSERT INTO public.result_entries VALUES ('7ab5ed96-6435-4eeb-be2c-a72c2635a39b', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'edf96f0f-37ec-4e2d-ac5a-002ed3e6cf03', 'target', NULL, NULL, '2000-12-31', 4, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:27.673566+00', '2026-12-02 15:50:27.673566+00', NULL);
INSERT INTO public.result_entries VALUES ('bd129b40-5748-476b-a448-ae87980b6459', '3548acce-e3ff-438a-9e32-3ca1cf966bb2', 'edf96f0f-37ec-4e2d-ac5a-002ed3e6cf03', 'measurement', NULL, NULL, '2000-12-31', 5, NULL, '', NULL, 'Five new types launched', NULL, '2026-12-02 15:50:27.68029+00', '2026-12-02 15:50:27.68029+00', NULL);
INSERT INTO public.result_entries VALUES ('b6423233-6102-4db4-a3dc-fb8d3fa509fd', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '09ac4041-2c67-4e9c-a255-6939abe88823', 'baseline', NULL, NULL, '1999-08-31', 0, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:27.992691+00', '2026-12-02 15:50:27.992691+00', NULL);
INSERT INTO public.result_entries VALUES ('dee468c4-6a7b-41de-ac8b-e90222f5e8a9', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '09ac4041-2c67-4e9c-a255-6939abe88823', 'target', NULL, NULL, '2000-09-30', 100, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:28.002453+00', '2026-12-02 15:50:28.002453+00', NULL);
INSERT INTO public.result_entries VALUES ('8feae48f-9cb0-40a1-bad1-bd01fc53c2cf', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '09ac4041-2c67-4e9c-a255-6939abe88823', 'measurement', NULL, NULL, '2000-09-30', 110, NULL, '', NULL, 'GPW records, 7 batches', NULL, '2026-12-02 15:50:28.01264+00', '2026-12-02 15:50:28.01264+00', NULL);
INSERT INTO public.result_entries VALUES ('df0361aa-efc0-482f-8620-83d929916118', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', 'c881f8e4-4037-46fa-a1ac-1000a44e5336', 'baseline', NULL, NULL, '1999-08-31', 0, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:28.021239+00', '2026-12-02 15:50:28.021239+00', NULL);
INSERT INTO public.result_entries VALUES ('f8353237-2c94-4f5f-a9f2-0dd2d9e3b42d', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', 'c881f8e4-4037-46fa-a1ac-1000a44e5336', 'target', NULL, NULL, '2000-09-30', 70, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:28.029524+00', '2026-12-02 15:50:28.029524+00', NULL);
INSERT INTO public.result_entries VALUES ('b8ac566e-c9ba-4af7-98fe-84e60f0bf522', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', 'c881f8e4-4037-46fa-a1ac-1000a44e5336', 'measurement', NULL, NULL, '2000-09-30', 80, NULL, '', NULL, 'Found immediate employment in the cluster', NULL, '2026-12-02 15:50:28.039069+00', '2026-12-02 15:50:28.039069+00', NULL);
INSERT INTO public.result_entries VALUES ('e9e98d69-41da-465c-941b-47d4117aa609', NULL, 'ce79158e-b10b-4bdb-ba34-01a037225606', 'baseline', NULL, NULL, '1998-04-15', 0, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:28.398083+00', '2026-12-02 15:50:28.398083+00', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf');
INSERT INTO public.result_entries VALUES ('35099a1c-735b-4dfe-88d9-bbbd06cc0197', NULL, 'ce79158e-b10b-4bdb-ba34-01a037225606', 'target', NULL, NULL, '2001-06-30', 10, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:28.403914+00', '2026-12-02 15:50:28.403914+00', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf');
INSERT INTO public.result_entries VALUES ('0dc6f646-839e-470e-9d7d-d15ce3422fda', NULL, 'ce79158e-b10b-4bdb-ba34-01a037225606', 'measurement', NULL, NULL, '2000-11-30', 12, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:28.409985+00', '2026-12-02 15:50:28.409985+00', 'c2d5c59c-3405-4d34-8c41-ea033cbd39bf');
INSERT INTO public.result_entries VALUES ('ddcc4cc8-6014-4a32-a4a1-6b3780928fb7', NULL, '968c0563-c801-4de8-8012-e5908358b5fd', 'baseline', 'dad3737e-dee2-4aa5-9f92-508d0c115716', NULL, '1999-09-30', 55, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:29.240498+00', '2026-12-02 15:50:29.240498+00', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4');
INSERT INTO public.result_entries VALUES ('db6182de-0b82-49ed-9a2a-57b3ef19d3be', NULL, '968c0563-c801-4de8-8012-e5908358b5fd', 'target', 'dad3737e-dee2-4aa5-9f92-508d0c115716', NULL, '2000-03-31', 90, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:29.251731+00', '2026-12-02 15:50:29.251731+00', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4');
INSERT INTO public.result_entries VALUES ('3f7ce99d-7806-49bd-ae45-97ff4d664776', NULL, '968c0563-c801-4de8-8012-e5908358b5fd', 'measurement', 'dad3737e-dee2-4aa5-9f92-508d0c115716', NULL, '1999-12-31', 75, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:29.26285+00', '2026-12-02 15:50:29.26285+00', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4');
INSERT INTO public.result_entries VALUES ('4fa8731d-161c-443a-82f2-6bd458ffc64f', NULL, '2f373936-79e0-47be-8e1c-d1864e2295dc', 'baseline', 'dad3737e-dee2-4aa5-9f92-508d0c115716', NULL, '1999-09-30', 12, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:29.273197+00', '2026-12-02 15:50:29.273197+00', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4');
INSERT INTO public.result_entries VALUES ('15c3a9da-4652-42e9-b6ef-584434070358', NULL, '2f373936-79e0-47be-8e1c-d1864e2295dc', 'target', 'dad3737e-dee2-4aa5-9f92-508d0c115716', NULL, '2000-03-31', 5, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:29.282088+00', '2026-12-02 15:50:29.282088+00', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4');
INSERT INTO public.result_entries VALUES ('20dc8d9e-018f-4a40-a38c-38cbc0c13d4e', NULL, '2f373936-79e0-47be-8e1c-d1864e2295dc', 'measurement', 'dad3737e-dee2-4aa5-9f92-508d0c115716', NULL, '1999-12-31', 9, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:29.290893+00', '2026-12-02 15:50:29.290893+00', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4');
INSERT INTO public.result_entries VALUES ('aec03674-19f4-4851-ad8d-71618af8e085', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '8b365d55-ddc9-4d12-97ac-99f23334b175', 'baseline', NULL, NULL, '2019-01-15', 0, NULL, 'youth=0.0
adults=0.0
older=0.0', NULL, NULL, NULL, '2026-12-02 15:50:29.539288+00', '2026-12-02 15:50:29.539288+00', NULL);
INSERT INTO public.result_entries VALUES ('54114818-edaa-4a36-88f2-b51747fffc3b', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '8b365d55-ddc9-4d12-97ac-99f23334b175', 'measurement', NULL, NULL, '2020-06-30', 110, NULL, 'youth=64.0
adults=45.0
older=1.0', NULL, NULL, NULL, '2026-12-02 15:50:29.556682+00', '2026-12-02 15:50:29.556682+00', NULL);
INSERT INTO public.result_entries VALUES ('f60dc8b5-1c6a-42ba-8463-2cb81a0cc495', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '8b365d55-ddc9-4d12-97ac-99f23334b175', 'target', NULL, NULL, '2021-12-31', 150, NULL, '', NULL, NULL, NULL, '2026-12-02 15:50:29.57292+00', '2026-12-02 15:50:29.57292+00', NULL);
INSERT INTO public.result_entries VALUES ('3125e593-2084-4c19-ac17-6d0ac376c0ff', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '55f468c4-669b-40b0-b995-1b0e38f84e47', 'baseline', NULL, NULL, '2019-03-01', 420, NULL, 'female=35.0
male=385.0', NULL, NULL, NULL, '2026-12-02 15:50:29.588924+00', '2026-12-02 15:50:29.588924+00', NULL);
INSERT INTO public.result_entries VALUES ('b56b233a-5878-4a50-95ec-ba0ad97e6fd0', '7c6bc137-bcdf-4e68-8b99-d661e8c0eab2', '55f468c4-669b-40b0-b995-1b0e38f84e47', 'measurement', NULL, NULL, '2020-09-01', 512, NULL, 'female=127.0
male=385.0', NULL, NULL, NULL, '2026-12-02 15:50:29.604961+00', '2026-12-02 15:50:29.604961+00', NULL);


--
-- Data for Name: round_table_actors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.round_table_actors VALUES ('f5e73377-7d23-453b-b364-17a01ea1bca9', 'b71f08bc-99f0-469c-bfce-9049b03f1124', 0, '2dc7d5a7-82c5-4ad4-aedb-b794ea14433c');
INSERT INTO public.round_table_actors VALUES ('bae3058c-7a25-416c-a379-984f29952329', 'b71f08bc-99f0-469c-bfce-9049b03f1124', 1, 'dad3737e-dee2-4aa5-9f92-508d0c115716');
INSERT INTO public.round_table_actors VALUES ('52178240-73f4-48b9-aa35-571548a4b165', 'b71f08bc-99f0-469c-bfce-9049b03f1124', 2, '6896a570-e321-49e0-b8a3-07f97242e6c8');
INSERT INTO public.round_table_actors VALUES ('f52ca535-c1f3-4e3c-acfa-628fe7b2e317', '51ef6022-1e25-49f3-937f-799317f25e66', 0, '2745a57f-72df-4c11-ab7f-42576fc25373');
INSERT INTO public.round_table_actors VALUES ('0fb8f1ec-12b4-4298-b16b-2fb1aadb5b8a', '51ef6022-1e25-49f3-937f-799317f25e66', 1, '38fa6a02-6e58-47f7-af8d-05be279aa98d');
INSERT INTO public.round_table_actors VALUES ('bac207b3-8c61-4a39-a01f-3c28f6d9aba2', '51ef6022-1e25-49f3-937f-799317f25e66', 2, '50670254-b155-4621-9e18-053d5562b6a7');
INSERT INTO public.round_table_actors VALUES ('ad0dddb6-09e4-4f7b-870f-a411550bae5b', 'b7ca1646-5149-458d-8298-c8411d8cf59d', 0, '38f03e34-7c97-4ef9-bde6-b6bfd40ca602');
INSERT INTO public.round_table_actors VALUES ('7226d3e0-a0a2-4641-965d-bd494f1b8777', 'b7ca1646-5149-458d-8298-c8411d8cf59d', 1, 'ecfec11c-e858-486c-bb58-0d6c49c599fd');
INSERT INTO public.round_table_actors VALUES ('5361b84c-67d6-4c37-b3be-f62b5c6a6c2c', 'b7ca1646-5149-458d-8298-c8411d8cf59d', 2, '6f6ce890-3ae3-4645-8ee9-40cf67fde204');
INSERT INTO public.round_table_actors VALUES ('60234e26-5a93-45c8-906a-13dc92a104fa', 'b7ca1646-5149-458d-8298-c8411d8cf59d', 3, '4bd31c98-4751-4531-b92f-70831b1cb1b3');
INSERT INTO public.round_table_actors VALUES ('2cb28a09-fcbd-4ae2-8464-2cfa6cb17f10', 'eeebe9cf-e3ca-49cc-a594-92cf5d0bbaa5', 0, '498a7c64-e5ab-42ab-a911-f926b9a10620');
INSERT INTO public.round_table_actors VALUES ('c7d5fa03-cb75-4d92-b02e-2eab3b643a1c', 'eeebe9cf-e3ca-49cc-a594-92cf5d0bbaa5', 1, '3f1ed64e-5fd0-43ff-83bf-d39326386cb8');
INSERT INTO public.round_table_actors VALUES ('573eb93f-5cca-48ed-98d3-4838f078cceb', 'eeebe9cf-e3ca-49cc-a594-92cf5d0bbaa5', 2, '321e44fa-9bb8-467b-be51-eacac1dde2e3');


--
-- Data for Name: round_table_persons; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: round_tables; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.round_tables VALUES ('b71f08bc-99f0-469c-bfce-9049b03f1124', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'Round table with the client', '1999-08-12', NULL, 'CADIN, Managua', NULL, 3, 9, NULL, 'Deliveries on the agreed day
Batches checked before shipping', 'Production planning
Quality control
Stock of materials', '2026-12-02 15:50:28.711971+00', '2026-12-02 15:50:28.711971+00');
INSERT INTO public.round_tables VALUES ('51ef6022-1e25-49f3-937f-799317f25e66', 'b61e50dd-70ff-42f8-864f-789cd74346c3', 'Round table with the client', '1999-08-12', NULL, 'CADIN, Managua', NULL, 3, 9, NULL, 'Deliveries on the agreed day
Batches checked before shipping', 'Production planning
Quality control
Stock of materials', '2026-12-02 15:50:28.762753+00', '2026-12-02 15:50:28.762753+00');
INSERT INTO public.round_tables VALUES ('b7ca1646-5149-458d-8298-c8411d8cf59d', 'c47a22c8-be67-4202-b730-249eaff93e2f', 'Round table with the client', '1999-08-12', NULL, 'CADIN, Managua', NULL, 3, 9, NULL, 'Deliveries on the agreed day
Batches checked before shipping', 'Production planning
Quality control
Stock of materials', '2026-12-02 15:50:28.819927+00', '2026-12-02 15:50:28.819927+00');
INSERT INTO public.round_tables VALUES ('eeebe9cf-e3ca-49cc-a594-92cf5d0bbaa5', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', 'Round table with the client', '1999-08-12', NULL, 'CADIN, Managua', NULL, 3, 9, NULL, 'Deliveries on the agreed day
Batches checked before shipping', 'Production planning
Quality control
Stock of materials', '2026-12-02 15:50:28.879954+00', '2026-12-02 15:50:28.879954+00');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sign_in_failures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: supplier_evaluations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.supplier_evaluations VALUES ('a37a6424-4a5b-4b68-84fc-254031d90f3e', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', 'dad3737e-dee2-4aa5-9f92-508d0c115716', '1999-07-10', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-02 15:50:28.677575+00', '2026-12-02 15:50:28.677575+00');
INSERT INTO public.supplier_evaluations VALUES ('5c853b2b-94bd-4d4f-b87e-1994d6fbfa8c', '7e40fa8a-a82d-4a3a-9307-797a41ece4b4', '6896a570-e321-49e0-b8a3-07f97242e6c8', '1999-07-11', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 3, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-02 15:50:28.684695+00', '2026-12-02 15:50:28.684695+00');
INSERT INTO public.supplier_evaluations VALUES ('92b6396b-2f0f-45c8-9ed8-b4878d6700c3', 'b61e50dd-70ff-42f8-864f-789cd74346c3', '38fa6a02-6e58-47f7-af8d-05be279aa98d', '1999-07-10', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-02 15:50:28.732988+00', '2026-12-02 15:50:28.732988+00');
INSERT INTO public.supplier_evaluations VALUES ('cae89485-617c-4d3f-98c1-9955e7a167ab', 'b61e50dd-70ff-42f8-864f-789cd74346c3', '50670254-b155-4621-9e18-053d5562b6a7', '1999-07-11', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 3, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-02 15:50:28.739005+00', '2026-12-02 15:50:28.739005+00');
INSERT INTO public.supplier_evaluations VALUES ('0df3f0a9-8a3a-46b9-bdfd-bcb89eaa499f', 'c47a22c8-be67-4202-b730-249eaff93e2f', 'ecfec11c-e858-486c-bb58-0d6c49c599fd', '1999-07-10', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-02 15:50:28.782092+00', '2026-12-02 15:50:28.782092+00');
INSERT INTO public.supplier_evaluations VALUES ('55c7e6e8-0561-4a04-af2b-cdc0ce8d20c6', 'c47a22c8-be67-4202-b730-249eaff93e2f', '6f6ce890-3ae3-4645-8ee9-40cf67fde204', '1999-07-11', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 3, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-02 15:50:28.788378+00', '2026-12-02 15:50:28.788378+00');
INSERT INTO public.supplier_evaluations VALUES ('5127dac1-7943-49b8-a33c-f1557960bf35', 'c47a22c8-be67-4202-b730-249eaff93e2f', '4bd31c98-4751-4531-b92f-70831b1cb1b3', '1999-07-12', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-02 15:50:28.79481+00', '2026-12-02 15:50:28.79481+00');
INSERT INTO public.supplier_evaluations VALUES ('10c6b38b-3b46-46d0-b742-946381579d95', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '3f1ed64e-5fd0-43ff-83bf-d39326386cb8', '1999-07-10', 'Linkage broker, CADIN (illustrative)', 'FSC', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-02 15:50:28.844041+00', '2026-12-02 15:50:28.844041+00');
INSERT INTO public.supplier_evaluations VALUES ('80ee077e-e890-4ee1-b34d-7dd830c4f7ac', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '321e44fa-9bb8-467b-be51-eacac1dde2e3', '1999-07-11', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 3, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-02 15:50:28.851972+00', '2026-12-02 15:50:28.851972+00');
INSERT INTO public.supplier_evaluations VALUES ('65ed36ae-830d-44cd-8ef2-e79b50c42fb1', '7f34ef60-bd1d-4eb0-be29-a08a83d197fd', '3f1ed64e-5fd0-43ff-83bf-d39326386cb8', '2000-03-15', 'Linkage broker, CADIN (illustrative)', 'FSC', 4, NULL, 4, 'Deliveries checked against the client''s records for three months.', 3, NULL, 4, NULL, 3, NULL, 3, NULL, 3, NULL, 4, NULL, NULL, '2026-12-02 15:50:29.295897+00', '2026-12-02 15:50:29.295897+00');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('459cb67e-a2d2-4d0c-a22f-4c555d8552f8', 'admin@example.org', 'Administrator', 'en', 'admin', true, '$2b$04$7cLrOfFbbAzlBqbUqd7kDebCH0QI4TMkY6Iay2JOfyjrSubKTYt3G', '2026-12-02 15:50:26.244692+00', '2026-12-02 15:50:26.244692+00', NULL, 'admin@example.org  administrator');
INSERT INTO public.users VALUES ('b51bbb3f-5d39-4093-8a8d-3a8b9f855878', 'pm@example.org', 'Programme manager (demo)', 'en', 'programme_manager', true, '$2b$04$LCL2ozAvndH8iYCbD/AjxO.ZIDcjqOAJMd/x7/iypKLokFU1i6HY2', '2026-12-02 15:50:29.389764+00', '2026-12-02 15:50:29.389764+00', NULL, 'pm@example.org  programme manager (demo)');
INSERT INTO public.users VALUES ('47ca68d2-b0b7-4973-986c-47b1b858f5f4', 'broker@example.org', 'Network broker (demo)', 'en', 'broker', true, '$2b$04$LCL2ozAvndH8iYCbD/AjxO.ZIDcjqOAJMd/x7/iypKLokFU1i6HY2', '2026-12-02 15:50:29.393692+00', '2026-12-02 15:50:29.393692+00', NULL, 'broker@example.org  network broker (demo)');
INSERT INTO public.users VALUES ('93b60305-dc1b-4a46-969f-ebdbfb21c2e9', 'viewer@example.org', 'Donor viewer (demo)', 'en', 'viewer', true, '$2b$04$LCL2ozAvndH8iYCbD/AjxO.ZIDcjqOAJMd/x7/iypKLokFU1i6HY2', '2026-12-02 15:50:29.395921+00', '2026-12-02 15:50:29.395921+00', NULL, 'viewer@example.org  donor viewer (demo)');


--
-- Name: _fluent_migrations _fluent_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT _fluent_migrations_pkey PRIMARY KEY (id);


--
-- Name: action_partners action_partners_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_partners
    ADD CONSTRAINT action_partners_pkey PRIMARY KEY (id);


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
-- Name: chain_stage_actors chain_stage_actors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chain_stage_actors
    ADD CONSTRAINT chain_stage_actors_pkey PRIMARY KEY (id);


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
-- Name: event_actors event_actors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_actors
    ADD CONSTRAINT event_actors_pkey PRIMARY KEY (id);


--
-- Name: event_persons event_persons_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_persons
    ADD CONSTRAINT event_persons_pkey PRIMARY KEY (id);


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
-- Name: joint_project_participants joint_project_participants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.joint_project_participants
    ADD CONSTRAINT joint_project_participants_pkey PRIMARY KEY (id);


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
-- Name: network_analyses network_analyses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.network_analyses
    ADD CONSTRAINT network_analyses_pkey PRIMARY KEY (id);


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
-- Name: round_table_actors round_table_actors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_table_actors
    ADD CONSTRAINT round_table_actors_pkey PRIMARY KEY (id);


--
-- Name: round_table_persons round_table_persons_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_table_persons
    ADD CONSTRAINT round_table_persons_pkey PRIMARY KEY (id);


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
-- Name: action_partners uq:action_partners.owner_id+action_partners.item_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_partners
    ADD CONSTRAINT "uq:action_partners.owner_id+action_partners.item_id" UNIQUE (owner_id, item_id);


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
-- Name: chain_stage_actors uq:chain_stage_actors.owner_id+chain_stage_actors.item_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chain_stage_actors
    ADD CONSTRAINT "uq:chain_stage_actors.owner_id+chain_stage_actors.item_id" UNIQUE (owner_id, item_id);


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
-- Name: event_actors uq:event_actors.owner_id+event_actors.item_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_actors
    ADD CONSTRAINT "uq:event_actors.owner_id+event_actors.item_id" UNIQUE (owner_id, item_id);


--
-- Name: event_persons uq:event_persons.owner_id+event_persons.item_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_persons
    ADD CONSTRAINT "uq:event_persons.owner_id+event_persons.item_id" UNIQUE (owner_id, item_id);


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
-- Name: joint_project_participants uq:joint_project_participants.owner_id+joint_project_participan; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.joint_project_participants
    ADD CONSTRAINT "uq:joint_project_participants.owner_id+joint_project_participan" UNIQUE (owner_id, item_id);


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
-- Name: network_analyses uq:network_analyses.cluster_id+network_analyses.grouping; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.network_analyses
    ADD CONSTRAINT "uq:network_analyses.cluster_id+network_analyses.grouping" UNIQUE (cluster_id, "grouping");


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
-- Name: round_table_actors uq:round_table_actors.owner_id+round_table_actors.item_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_table_actors
    ADD CONSTRAINT "uq:round_table_actors.owner_id+round_table_actors.item_id" UNIQUE (owner_id, item_id);


--
-- Name: round_table_persons uq:round_table_persons.owner_id+round_table_persons.item_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_table_persons
    ADD CONSTRAINT "uq:round_table_persons.owner_id+round_table_persons.item_id" UNIQUE (owner_id, item_id);


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
-- Name: action_partners_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX action_partners_item ON public.action_partners USING btree (item_id);


--
-- Name: audit_entries_record; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_entries_record ON public.audit_entries USING btree (record_id);


--
-- Name: chain_stage_actors_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX chain_stage_actors_item ON public.chain_stage_actors USING btree (item_id);


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
-- Name: event_actors_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_actors_item ON public.event_actors USING btree (item_id);


--
-- Name: event_persons_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_persons_item ON public.event_persons USING btree (item_id);


--
-- Name: improvement_actions_network; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX improvement_actions_network ON public.improvement_actions USING btree (network_id);


--
-- Name: joint_project_participants_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX joint_project_participants_item ON public.joint_project_participants USING btree (item_id);


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
-- Name: network_analyses_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX network_analyses_status ON public.network_analyses USING btree (status);


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
-- Name: round_table_actors_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX round_table_actors_item ON public.round_table_actors USING btree (item_id);


--
-- Name: round_table_persons_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX round_table_persons_item ON public.round_table_persons USING btree (item_id);


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
-- Name: action_partners action_partners_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_partners
    ADD CONSTRAINT action_partners_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.actors(id) ON DELETE CASCADE;


--
-- Name: action_partners action_partners_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_partners
    ADD CONSTRAINT action_partners_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.plan_actions(id) ON DELETE CASCADE;


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
-- Name: chain_stage_actors chain_stage_actors_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chain_stage_actors
    ADD CONSTRAINT chain_stage_actors_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.actors(id) ON DELETE CASCADE;


--
-- Name: chain_stage_actors chain_stage_actors_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chain_stage_actors
    ADD CONSTRAINT chain_stage_actors_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.chain_stages(id) ON DELETE CASCADE;


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
-- Name: event_actors event_actors_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_actors
    ADD CONSTRAINT event_actors_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.actors(id) ON DELETE CASCADE;


--
-- Name: event_actors event_actors_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_actors
    ADD CONSTRAINT event_actors_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.cluster_events(id) ON DELETE CASCADE;


--
-- Name: event_persons event_persons_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_persons
    ADD CONSTRAINT event_persons_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.persons(id) ON DELETE CASCADE;


--
-- Name: event_persons event_persons_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_persons
    ADD CONSTRAINT event_persons_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.cluster_events(id) ON DELETE CASCADE;


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
-- Name: joint_project_participants joint_project_participants_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.joint_project_participants
    ADD CONSTRAINT joint_project_participants_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.actors(id) ON DELETE CASCADE;


--
-- Name: joint_project_participants joint_project_participants_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.joint_project_participants
    ADD CONSTRAINT joint_project_participants_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.joint_projects(id) ON DELETE CASCADE;


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
-- Name: network_analyses network_analyses_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.network_analyses
    ADD CONSTRAINT network_analyses_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


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
-- Name: round_table_actors round_table_actors_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_table_actors
    ADD CONSTRAINT round_table_actors_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.actors(id) ON DELETE CASCADE;


--
-- Name: round_table_actors round_table_actors_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_table_actors
    ADD CONSTRAINT round_table_actors_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.round_tables(id) ON DELETE CASCADE;


--
-- Name: round_table_persons round_table_persons_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_table_persons
    ADD CONSTRAINT round_table_persons_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.persons(id) ON DELETE CASCADE;


--
-- Name: round_table_persons round_table_persons_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.round_table_persons
    ADD CONSTRAINT round_table_persons_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.round_tables(id) ON DELETE CASCADE;


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

\unrestrict MrZuTU65wT3mZaEtMNwK42M13A2QRpV8HV5T8WOeRvGNCFt44eoRXGbuXIJvRfm

