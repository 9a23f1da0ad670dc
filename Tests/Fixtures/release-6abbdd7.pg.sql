--
-- PostgreSQL database dump
--

\restrict rH8XkIJD71VEIdIbCwYwuSZCaPLpe8UKaWLl4DD0sLdsXkyeVw9AJxq6UvufPd1

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
-- Name: action_ideas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.action_ideas (
    id uuid NOT NULL,
    participant_id uuid NOT NULL,
    idea text NOT NULL,
    status text NOT NULL,
    followed_up_on text,
    note text,
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
-- Name: breakdown_dimensions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.breakdown_dimensions (
    id uuid NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    categories text NOT NULL,
    definition text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: broker_assignments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.broker_assignments (
    id uuid NOT NULL,
    broker_id uuid NOT NULL,
    cluster_id uuid,
    network_id uuid,
    linkage_unit_id uuid,
    from_on text NOT NULL,
    to_on text,
    time_share bigint NOT NULL,
    note text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
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
-- Name: broker_employments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.broker_employments (
    id uuid NOT NULL,
    broker_id uuid NOT NULL,
    employer_kind text NOT NULL,
    project_id uuid,
    institution_id uuid,
    employer text,
    role text,
    from_on text NOT NULL,
    to_on text,
    monthly_cost double precision,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: brokers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.brokers (
    id uuid NOT NULL,
    person_id uuid NOT NULL,
    name text NOT NULL,
    user_id uuid,
    kind text NOT NULL,
    status text NOT NULL,
    country_code text NOT NULL,
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
-- Name: cohort_participants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cohort_participants (
    id uuid NOT NULL,
    cohort_id uuid NOT NULL,
    person_id uuid NOT NULL,
    name text NOT NULL,
    attended_modules text NOT NULL,
    field_cluster_id uuid,
    field_network_id uuid,
    assessment text NOT NULL,
    certification text NOT NULL,
    certified_on text,
    certifying_body text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: cohorts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cohorts (
    id uuid NOT NULL,
    course_id uuid NOT NULL,
    name text NOT NULL,
    starts_on text NOT NULL,
    ends_on text NOT NULL,
    place text,
    country_code text NOT NULL,
    trainers text NOT NULL,
    host_institution_id uuid,
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
-- Name: cooperation_activities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cooperation_activities (
    id uuid NOT NULL,
    agreement_id uuid NOT NULL,
    type text NOT NULL,
    title text NOT NULL,
    starts_on text NOT NULL,
    ends_on text,
    participants text NOT NULL,
    participant_count bigint,
    cost double precision,
    partner_share double precision,
    results text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: cooperation_agreements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cooperation_agreements (
    id uuid NOT NULL,
    title text NOT NULL,
    cluster_id uuid NOT NULL,
    partner_cluster_id uuid NOT NULL,
    purpose text NOT NULL,
    starts_on text NOT NULL,
    ends_on text,
    contact_institution_id uuid,
    partner_contact_institution_id uuid,
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
-- Name: courses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.courses (
    id uuid NOT NULL,
    title text NOT NULL,
    kind text NOT NULL,
    broker_kind text,
    hours bigint,
    modules text NOT NULL,
    attendance_threshold bigint NOT NULL,
    certifying_body text,
    description text,
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
-- Name: indicator_dimensions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.indicator_dimensions (
    id uuid NOT NULL,
    owner_id uuid NOT NULL,
    "position" bigint NOT NULL,
    item_id uuid NOT NULL
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
    definition text,
    source text,
    created_at timestamp with time zone,
    updated_at timestamp with time zone,
    search_key text,
    accumulation text DEFAULT 'level'::text NOT NULL,
    status text DEFAULT 'accepted'::text NOT NULL
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
-- Name: learning_editions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.learning_editions (
    id uuid NOT NULL,
    title text NOT NULL,
    theme text NOT NULL,
    host_country text NOT NULL,
    host_institutions text NOT NULL,
    starts_on text NOT NULL,
    ends_on text NOT NULL,
    modules text NOT NULL,
    site_visits text NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: learning_participants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.learning_participants (
    id uuid NOT NULL,
    edition_id uuid NOT NULL,
    person_id uuid NOT NULL,
    name text NOT NULL,
    country_code text NOT NULL,
    organisation_id uuid,
    function text,
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
    search_key text,
    dac_sector text
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
-- Name: reporting_periods; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reporting_periods (
    id uuid NOT NULL,
    project_id uuid NOT NULL,
    label text NOT NULL,
    starts_on text NOT NULL,
    ends_on text NOT NULL,
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
    owner_network_id uuid,
    status text DEFAULT 'draft'::text NOT NULL,
    submitted_by uuid,
    reviewed_by uuid,
    correction_of uuid,
    review_comment text,
    correction_reason text,
    numerator double precision,
    denominator double precision
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

INSERT INTO public._fluent_migrations VALUES ('0ccc53d4-73ab-47e2-a75a-eda2d218bffe', 'ClusterworksPersistence.CreateAccounts', 1, '2026-12-03 10:14:46.434343+00', '2026-12-03 10:14:46.434343+00');
INSERT INTO public._fluent_migrations VALUES ('b14d6c83-2e96-40cb-84c9-f2645c8f811f', 'ClusterworksPersistence.CreateRegistries', 1, '2026-12-03 10:14:46.458737+00', '2026-12-03 10:14:46.458737+00');
INSERT INTO public._fluent_migrations VALUES ('d9d50b9e-4639-45c2-b9da-569206089a3a', 'ClusterworksPersistence.CreateHistory', 1, '2026-12-03 10:14:46.469726+00', '2026-12-03 10:14:46.469726+00');
INSERT INTO public._fluent_migrations VALUES ('ea20cd41-e0b1-405d-bc14-27b1a374129f', 'ClusterworksPersistence.CreateClusterCycle', 1, '2026-12-03 10:14:46.522896+00', '2026-12-03 10:14:46.522896+00');
INSERT INTO public._fluent_migrations VALUES ('4b9d2b1f-5b03-40e7-b2c4-bb8f78184f5d', 'ClusterworksPersistence.CreateNetworkWork', 1, '2026-12-03 10:14:46.557477+00', '2026-12-03 10:14:46.557477+00');
INSERT INTO public._fluent_migrations VALUES ('0a4234d5-0a13-473c-b42e-864fbafd5df0', 'ClusterworksPersistence.CreateSupplierDevelopment', 1, '2026-12-03 10:14:46.585982+00', '2026-12-03 10:14:46.585982+00');
INSERT INTO public._fluent_migrations VALUES ('0df667d3-f376-4a50-a829-8b045731690b', 'ClusterworksPersistence.CreateClusterMaps', 1, '2026-12-03 10:14:46.600232+00', '2026-12-03 10:14:46.600232+00');
INSERT INTO public._fluent_migrations VALUES ('cbc90c81-b731-4d1c-90ac-f8506e7b197d', 'ClusterworksPersistence.RepairEditedMigrations', 1, '2026-12-03 10:14:46.622028+00', '2026-12-03 10:14:46.622028+00');
INSERT INTO public._fluent_migrations VALUES ('2fb7e1f1-7776-4fda-99f3-b4e79c04f411', 'ClusterworksPersistence.AddSearchKeys', 1, '2026-12-03 10:14:46.630119+00', '2026-12-03 10:14:46.630119+00');
INSERT INTO public._fluent_migrations VALUES ('281d5456-7d5a-4657-aff9-12754a197f6d', 'ClusterworksPersistence.MoveIdListsToJoinTables', 1, '2026-12-03 10:14:46.674851+00', '2026-12-03 10:14:46.674851+00');
INSERT INTO public._fluent_migrations VALUES ('7308a5b6-dc64-4b06-9904-81bea4ed0336', 'ClusterworksPersistence.AddNetworkAnalyses', 1, '2026-12-03 10:14:46.679959+00', '2026-12-03 10:14:46.679959+00');
INSERT INTO public._fluent_migrations VALUES ('9747b1e5-17ab-4c89-a121-39b10dec4c0f', 'ClusterworksPersistence.AddBreakdownDimensions', 1, '2026-12-03 10:14:46.692041+00', '2026-12-03 10:14:46.692041+00');
INSERT INTO public._fluent_migrations VALUES ('b975b797-fd9f-4f4a-88b6-625909686f12', 'ClusterworksPersistence.AddFigureApproval', 1, '2026-12-03 10:14:46.697672+00', '2026-12-03 10:14:46.697672+00');
INSERT INTO public._fluent_migrations VALUES ('24092d0a-8548-47e3-818e-0af0ad13fb67', 'ClusterworksPersistence.AddReportingPeriods', 1, '2026-12-03 10:14:46.703502+00', '2026-12-03 10:14:46.703502+00');
INSERT INTO public._fluent_migrations VALUES ('85d7d042-6ed5-4b61-88b1-ef780c13c154', 'ClusterworksPersistence.AddIATIFields', 1, '2026-12-03 10:14:46.705371+00', '2026-12-03 10:14:46.705371+00');
INSERT INTO public._fluent_migrations VALUES ('59075ba6-80cb-4010-9ea7-2ca2402e92e7', 'ClusterworksPersistence.AddIndicatorProposals', 1, '2026-12-03 10:14:46.707216+00', '2026-12-03 10:14:46.707216+00');
INSERT INTO public._fluent_migrations VALUES ('c512c7dd-e4c6-4ecc-835d-71553e0ab6b3', 'ClusterworksPersistence.AddFigureRatios', 1, '2026-12-03 10:14:46.709515+00', '2026-12-03 10:14:46.709515+00');
INSERT INTO public._fluent_migrations VALUES ('199e5529-9e3a-48be-8312-98b37ed2f851', 'ClusterworksPersistence.CreateBrokersAndCooperation', 1, '2026-12-03 10:14:46.746438+00', '2026-12-03 10:14:46.746438+00');


--
-- Data for Name: action_ideas; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.action_ideas VALUES ('a6583c96-1783-4979-94a5-90c3c7031006', '6a4f6181-48d0-4d90-a7e1-f92194c31b3b', 'A common showroom for the block printers, run as the district''s consortia run theirs (illustrative)', 'done', '2001-06-30', 'CALICO''s showroom opened.', '2026-12-03 10:14:50.334532+00', '2026-12-03 10:14:50.334532+00');
INSERT INTO public.action_ideas VALUES ('63ff9784-f27e-4eec-ab30-fa04ebad14e3', 'f8a4aa51-67f4-442b-affe-a292a52664df', 'A supplier development package priced to phase in its fee (illustrative)', 'started', '2000-06-30', 'Fees introduced at the Vertical Linkages Unit.', '2026-12-03 10:14:50.3504+00', '2026-12-03 10:14:50.3504+00');
INSERT INTO public.action_ideas VALUES ('c7aa8d44-6449-47b8-9038-a67149d1387d', '5c74ba8b-7323-493d-8744-67e21fe4dc6a', 'A service centre for a textile cluster (illustrative)', 'dropped', '1999-12-01', 'No institution ready to host it.', '2026-12-03 10:14:50.367248+00', '2026-12-03 10:14:50.367248+00');
INSERT INTO public.action_ideas VALUES ('5e8c2c75-99e4-4a66-8936-e82e1b54bc75', 'c872f4ee-0b98-47ce-b99c-9547be8d6be0', 'Benchmarking visits between two shoe clusters (illustrative)', 'planned', NULL, NULL, '2026-12-03 10:14:50.382939+00', '2026-12-03 10:14:50.382939+00');
INSERT INTO public.action_ideas VALUES ('cd23ad9b-8ee9-42b1-abb4-212a827456d1', 'a2c74d3b-de6d-4470-abf7-a2acfaca142f', 'Fees for the foundation''s services to cheese makers (illustrative)', 'started', '2001-03-01', 'First fees collected from the cooperative.', '2026-12-03 10:14:50.400478+00', '2026-12-03 10:14:50.400478+00');
INSERT INTO public.action_ideas VALUES ('724ed197-e9d9-4711-a49b-d974dd16ba77', '2d4ccb36-6730-4165-b080-60c3d4c3e8c0', 'Networks of cheese makers around a shared cold store (illustrative)', 'done', '2001-09-30', 'A cold store network of five makers.', '2026-12-03 10:14:50.416434+00', '2026-12-03 10:14:50.416434+00');
INSERT INTO public.action_ideas VALUES ('a3733330-2ee1-4536-a93c-c89ce11c271a', 'd3e7bf84-cb6c-4389-94b2-e0029e9dbc46', 'A national programme of network brokers (illustrative)', 'started', '2000-12-15', NULL, '2026-12-03 10:14:50.431344+00', '2026-12-03 10:14:50.431344+00');


--
-- Data for Name: action_partners; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.action_partners VALUES ('1b266276-70f8-4b01-9f5b-8e34f6575f6a', '218d50fc-6138-4f4f-ab17-ceb928408fff', 0, 'b4988350-e3da-416e-b2c2-ff4a29c41393');
INSERT INTO public.action_partners VALUES ('0b9c2af5-df6e-4019-975f-919cd435d6b0', '84771602-251f-4f83-bccb-275c5bd72a3e', 0, '5605b6a1-3365-4b11-9a34-c21223b1e1a3');
INSERT INTO public.action_partners VALUES ('7e404ec7-24c7-42b8-b003-7d3c317b274a', '85ab9bd0-fe65-4f5f-80ee-ed1c88851d6b', 0, '44943601-5448-4a13-af28-6962e984d8c3');
INSERT INTO public.action_partners VALUES ('44cd10e2-1359-4b33-9664-55e7169ecd27', '85ab9bd0-fe65-4f5f-80ee-ed1c88851d6b', 1, '180e0498-95d0-446e-a8d3-38685b102c1c');
INSERT INTO public.action_partners VALUES ('24a8d329-83db-4d85-a03c-b7910da79d00', '85ab9bd0-fe65-4f5f-80ee-ed1c88851d6b', 2, 'e2cbe713-6eac-4339-b7ac-2999a63e3280');


--
-- Data for Name: action_plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.action_plans VALUES ('fd9ee62e-99b3-4d5d-8c1f-b6aa071c6645', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'Revalue the traditional form of production and improve the living standards of the artisans.', 'Reach profitable markets
An autonomous governance framework', '1998-10-01', NULL, 'USD', 1, '2026-12-03 10:14:48.061626+00', '2026-12-03 10:14:48.061626+00');
INSERT INTO public.action_plans VALUES ('b1a8fbc7-1613-4249-bacd-16ce91ccb000', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'A cluster known for safe, varied cheese made without harming its rivers.', 'Quality of cheese
Diversification
Environment
Organisation', '1998-03-01', NULL, 'USD', 2, '2026-12-03 10:14:48.368674+00', '2026-12-03 10:14:48.435727+00');
INSERT INTO public.action_plans VALUES ('b9027500-3dd7-4fad-a40d-48316359b250', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'Move the cluster to higher market segments and exports through skills and technology.', 'Skilled workforce
Exports', '1998-06-01', NULL, 'USD', 1, '2026-12-03 10:14:48.519058+00', '2026-12-03 10:14:48.519058+00');


--
-- Data for Name: actors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.actors VALUES ('75805dc9-5396-4ca3-aa7c-d497878bad7c', 'institution', 'Chamber of Industry of Nicaragua', 'CADIN', 'chamber', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Hosts the Vertical Linkages Unit.', '2026-12-03 10:14:47.149822+00', '2026-12-03 10:14:47.149822+00', 'chamber of industry of nicaragua  cadin');
INSERT INTO public.actors VALUES ('70148723-792b-44ed-97f8-bd7fb9611842', 'institution', 'Centro de Recursos y Tecnología', 'CERTEC', 'bds_provider', 'HN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Foundation set up in 1997 by the project''s former network brokers; lives on fees.', '2026-12-03 10:14:47.153498+00', '2026-12-03 10:14:47.153498+00', 'centro de recursos y tecnologia  certec');
INSERT INTO public.actors VALUES ('7c7197da-b8e5-417a-a31b-3a4df5b178b6', 'institution', 'Calico Printers Co-operative Society', 'CALICO', 'cooperative', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Dormant artisan association revitalised; membership rose from 26 artisans to 120.', '2026-12-03 10:14:47.156627+00', '2026-12-03 10:14:47.156627+00', 'calico printers co-operative society  calico');
INSERT INTO public.actors VALUES ('d2946408-d4db-4aa3-b720-ff7917f6691c', 'institution', 'Consortium of Textile Exporters', 'COTEX', 'business_association', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Export consortium formed in the Jaipur cluster.', '2026-12-03 10:14:47.159641+00', '2026-12-03 10:14:47.159641+00', 'consortium of textile exporters  cotex');
INSERT INTO public.actors VALUES ('db002841-e42e-4b76-945c-73e8ba48b687', 'institution', 'Apparel Exporters Association of Ludhiana', 'APPEAL', 'business_association', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Formed by a core of export-oriented knitwear producers.', '2026-12-03 10:14:47.162697+00', '2026-12-03 10:14:47.162697+00', 'apparel exporters association of ludhiana  appeal');
INSERT INTO public.actors VALUES ('b4988350-e3da-416e-b2c2-ff4a29c41393', 'institution', 'Indian Institute for Rural Development', 'IIRD', 'ngo', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'NGO increasingly acting as the cluster development agent in Jaipur.', '2026-12-03 10:14:47.165807+00', '2026-12-03 10:14:47.165807+00', 'indian institute for rural development  iird');
INSERT INTO public.actors VALUES ('4fbcf1a7-d4ae-404f-8781-46774b3a622f', 'institution', 'Small Industries Development Bank of India', 'SIDBI', 'financial_institution', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Supported the Bagru training and a credit scheme.', '2026-12-03 10:14:47.169083+00', '2026-12-03 10:14:47.169083+00', 'small industries development bank of india  sidbi');
INSERT INTO public.actors VALUES ('5edf0641-75e9-4eeb-aa00-4bbd898d5684', 'institution', 'National Institute of Fashion Technology', 'NIFT', 'university', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Introduced new products and designs in Jaipur.', '2026-12-03 10:14:47.172245+00', '2026-12-03 10:14:47.172245+00', 'national institute of fashion technology  nift');
INSERT INTO public.actors VALUES ('44943601-5448-4a13-af28-6962e984d8c3', 'institution', 'Government Polytechnic for Women, Ludhiana', 'GPW', 'training_institute', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Hosts the training cell for women machine operators.', '2026-12-03 10:14:47.175323+00', '2026-12-03 10:14:47.175323+00', 'government polytechnic for women, ludhiana  gpw');
INSERT INTO public.actors VALUES ('b8ac875c-4173-4038-955e-4d6ed488c527', 'institution', 'Department of Technical Education, Government of Punjab', NULL, 'government_agency', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Signed the memorandum of understanding with APPEAL.', '2026-12-03 10:14:47.178469+00', '2026-12-03 10:14:47.178469+00', 'department of technical education, government of punjab');
INSERT INTO public.actors VALUES ('e75bff5b-af8a-4115-8d99-1fb708ce67e8', 'institution', 'Alianza Láctea', NULL, 'cooperative', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Alliance of cooperatives representing the Boaco/Chontales milk sector.', '2026-12-03 10:14:47.181773+00', '2026-12-03 10:14:47.181773+00', 'alianza lactea');
INSERT INTO public.actors VALUES ('78929e45-5931-43b5-b293-f16b25efa3ce', 'institution', 'Instituto Nicaragüense de Apoyo a la Pequeña y Mediana Empresa', 'INPYME', 'government_agency', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Partner in training and technical assistance in Boaco/Chontales.', '2026-12-03 10:14:47.185064+00', '2026-12-03 10:14:47.185064+00', 'instituto nicaraguense de apoyo a la pequena y mediana empresa  inpyme');
INSERT INTO public.actors VALUES ('7d15b17f-afb4-419d-b2d6-3863feb62d28', 'institution', 'INCAE Business School', 'INCAE', 'university', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Member of the committee for institutional coordination.', '2026-12-03 10:14:47.188242+00', '2026-12-03 10:14:47.188242+00', 'incae business school  incae');
INSERT INTO public.actors VALUES ('ae5c0c59-0e63-4537-a957-ff257d518d22', 'institution', 'Cámara Nicaragüense del Sector Lácteo', 'CANISLAC', 'chamber', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Nicaraguan Chamber of the Milk Sector.', '2026-12-03 10:14:47.191342+00', '2026-12-03 10:14:47.191342+00', 'camara nicaraguense del sector lacteo  canislac');
INSERT INTO public.actors VALUES ('204e8523-0407-40d0-8877-3ef4e6e9c5d6', 'institution', 'National Metrology Laboratory', NULL, 'laboratory', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Provides scale calibration services in the coffee and cereals group.', '2026-12-03 10:14:47.194295+00', '2026-12-03 10:14:47.194295+00', 'national metrology laboratory');
INSERT INTO public.actors VALUES ('498e2b16-105b-4efa-9778-b5035ecfe5b1', 'institution', 'United Nations Industrial Development Organization', 'UNIDO', 'donor', 'AT', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Executes the programme.', '2026-12-03 10:14:47.197329+00', '2026-12-03 10:14:47.197329+00', 'united nations industrial development organization  unido');
INSERT INTO public.actors VALUES ('5605b6a1-3365-4b11-9a34-c21223b1e1a3', 'institution', 'Inter-American Development Bank', 'IDB', 'donor', 'US', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Co-financed product diversification in Boaco/Chontales.', '2026-12-03 10:14:47.200221+00', '2026-12-03 10:14:47.200221+00', 'inter-american development bank  idb');
INSERT INTO public.actors VALUES ('1f0931cf-f58a-47d6-a51e-0dfad0bffc9b', 'enterprise', 'Footwear manufacturer and distributor (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1520', '', 320, NULL, NULL, NULL, 'large', 'Client firm working with local shoemakers. Illustrative demo record.', '2026-12-03 10:14:47.203243+00', '2026-12-03 10:14:47.203243+00', 'footwear manufacturer and distributor (illustrative name)  managua  1520');
INSERT INTO public.actors VALUES ('1d6199fd-9a06-4f57-8a7c-e8f1caa1ad24', 'enterprise', 'Rum producer (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1101', '', 450, NULL, NULL, NULL, 'large', 'Client firm teamed with plastic bottle and label suppliers. Illustrative demo record.', '2026-12-03 10:14:47.206146+00', '2026-12-03 10:14:47.206146+00', 'rum producer (illustrative name)  managua  1101');
INSERT INTO public.actors VALUES ('09cc31c0-5afb-4cf3-b818-cd600fa3a7b7', 'enterprise', 'Ice cream and yoghurt factory (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1050', '', 280, NULL, NULL, NULL, 'large', 'Client firm paired with box and refrigeration suppliers. Illustrative demo record.', '2026-12-03 10:14:47.209279+00', '2026-12-03 10:14:47.209279+00', 'ice cream and yoghurt factory (illustrative name)  managua  1050');
INSERT INTO public.actors VALUES ('eb25135f-1d7a-4f84-ba62-6c2f4d0721c2', 'enterprise', 'Coffee and cereals processor (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1079', '', 300, NULL, NULL, NULL, 'large', 'Client firm working with peanut and plastic jar suppliers. Illustrative demo record.', '2026-12-03 10:14:47.212464+00', '2026-12-03 10:14:47.212464+00', 'coffee and cereals processor (illustrative name)  managua  1079');
INSERT INTO public.actors VALUES ('cd675289-f40a-4aec-a409-f481bb904477', 'enterprise', 'Masaya woodworking workshop 1', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 3, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-03 10:14:47.216021+00', '2026-12-03 10:14:47.216021+00', 'masaya woodworking workshop 1  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('f63599c3-5f99-4af1-968e-85b25d6a69a1', 'enterprise', 'Masaya woodworking workshop 2', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 4, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-03 10:14:47.21967+00', '2026-12-03 10:14:47.21967+00', 'masaya woodworking workshop 2  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('ea86d60e-1dcf-428e-97ad-f0c34ae84fb6', 'enterprise', 'Masaya woodworking workshop 3', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 6, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-03 10:14:47.222825+00', '2026-12-03 10:14:47.222825+00', 'masaya woodworking workshop 3  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('b01d653b-d71a-4c9a-b5fc-cd9450120c08', 'enterprise', 'Masaya woodworking workshop 4', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 8, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-03 10:14:47.225922+00', '2026-12-03 10:14:47.225922+00', 'masaya woodworking workshop 4  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('652544f4-7eb2-4c99-8557-d160478ea120', 'enterprise', 'Masaya woodworking workshop 5', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 5, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-03 10:14:47.229+00', '2026-12-03 10:14:47.229+00', 'masaya woodworking workshop 5  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('4ef52c47-faf3-4f74-91e7-9caa1bd42740', 'enterprise', 'Masaya woodworking workshop 6', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 12, NULL, NULL, NULL, 'small', 'Illustrative demo record.', '2026-12-03 10:14:47.232097+00', '2026-12-03 10:14:47.232097+00', 'masaya woodworking workshop 6  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('7fbdbf02-e757-46bc-ba9b-4850c6944df9', 'enterprise', 'Masaya woodworking workshop 7', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 7, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-03 10:14:47.235071+00', '2026-12-03 10:14:47.235071+00', 'masaya woodworking workshop 7  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('d1ab2935-e2a3-4c21-baef-ba323f6f6704', 'enterprise', 'Masaya woodworking workshop 8', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 9, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-03 10:14:47.238099+00', '2026-12-03 10:14:47.238099+00', 'masaya woodworking workshop 8  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('363cf55c-3c66-4cd9-8d3c-d0c2d27d9cdf', 'enterprise', 'Masaya woodworking workshop 9', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 4, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-03 10:14:47.241195+00', '2026-12-03 10:14:47.241195+00', 'masaya woodworking workshop 9  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('a22dca25-ab0b-446f-9192-b4d212e6b592', 'enterprise', 'Masaya woodworking workshop 10', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 15, NULL, NULL, NULL, 'small', 'Illustrative demo record.', '2026-12-03 10:14:47.244223+00', '2026-12-03 10:14:47.244223+00', 'masaya woodworking workshop 10  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('e5c4c327-9e3f-4e4c-82d7-eeebc137bbc0', 'enterprise', 'Masaya woodworking workshop 11', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 6, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-03 10:14:47.247541+00', '2026-12-03 10:14:47.247541+00', 'masaya woodworking workshop 11  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('d36b6d2b-598f-484e-abdd-4e9cc7fa250c', 'enterprise', 'Masaya woodworking workshop 12', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 5, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-03 10:14:47.250496+00', '2026-12-03 10:14:47.250496+00', 'masaya woodworking workshop 12  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('e0d3ac34-05d1-4da3-b9c1-64553385d33a', 'enterprise', 'Masaya woodworking workshop 13', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 11, NULL, NULL, NULL, 'small', 'Illustrative demo record.', '2026-12-03 10:14:47.253586+00', '2026-12-03 10:14:47.253586+00', 'masaya woodworking workshop 13  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('01d443c2-0859-4256-8ccd-d7f9975180f2', 'enterprise', 'Masaya woodworking workshop 14', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 8, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-03 10:14:47.256698+00', '2026-12-03 10:14:47.256698+00', 'masaya woodworking workshop 14  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('57a4fd52-9520-4d1c-8fb7-be46064f1687', 'enterprise', 'Masaya woodworking workshop 15', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 3, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-03 10:14:47.259628+00', '2026-12-03 10:14:47.259628+00', 'masaya woodworking workshop 15  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('7c281e7c-7cae-492e-a6e3-e395c0cd789a', 'enterprise', 'Masaya woodworking workshop 16', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 7, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-03 10:14:47.262746+00', '2026-12-03 10:14:47.262746+00', 'masaya woodworking workshop 16  masaya  3100  rocking chairs  furniture');
INSERT INTO public.actors VALUES ('3a7ca3a1-c08a-4438-ad60-5f87f162ed67', 'institution', 'Pune food processors'' association (illustrative)', NULL, 'business_association', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 10:14:47.50676+00', '2026-12-03 10:14:47.50676+00', 'pune food processors'' association (illustrative)');
INSERT INTO public.actors VALUES ('1aa3370e-745e-48fb-bc46-603dea0ed5d6', 'institution', 'Food testing laboratory, Pune (illustrative)', NULL, 'laboratory', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 10:14:47.509952+00', '2026-12-03 10:14:47.509952+00', 'food testing laboratory, pune (illustrative)');
INSERT INTO public.actors VALUES ('e6f83554-1db2-40d8-b6bf-78491a565d7f', 'institution', 'State food and drug administration (illustrative)', NULL, 'government_agency', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 10:14:47.513107+00', '2026-12-03 10:14:47.513107+00', 'state food and drug administration (illustrative)');
INSERT INTO public.actors VALUES ('5003dce5-b777-499a-bd43-a48124d6ad1c', 'enterprise', 'Pune pickle and spice maker (illustrative)', NULL, NULL, 'IN', NULL, NULL, NULL, NULL, '', 12, NULL, NULL, NULL, 'small', NULL, '2026-12-03 10:14:47.516175+00', '2026-12-03 10:14:47.516175+00', 'pune pickle and spice maker (illustrative)');
INSERT INTO public.actors VALUES ('7808206d-3582-41d5-b080-79f90ce90ee6', 'institution', 'Local development foundation, Boaco (illustrative)', NULL, 'ngo', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 10:14:47.519148+00', '2026-12-03 10:14:47.519148+00', 'local development foundation, boaco (illustrative)');
INSERT INTO public.actors VALUES ('7314aed3-24d5-4e42-bff4-7dca2b7051d9', 'institution', 'Boaco cheese producers'' cooperative (illustrative)', NULL, 'cooperative', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 10:14:47.522242+00', '2026-12-03 10:14:47.522242+00', 'boaco cheese producers'' cooperative (illustrative)');
INSERT INTO public.actors VALUES ('6f31a935-1fdb-4d30-8aec-9975ab04b805', 'enterprise', 'Cheese maker, Boaco (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, '', 12, NULL, NULL, NULL, 'small', NULL, '2026-12-03 10:14:47.525961+00', '2026-12-03 10:14:47.525961+00', 'cheese maker, boaco (illustrative)');
INSERT INTO public.actors VALUES ('180e0498-95d0-446e-a8d3-38685b102c1c', 'institution', 'Local NGO, Ludhiana (illustrative)', NULL, 'ngo', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 10:14:47.529493+00', '2026-12-03 10:14:47.529493+00', 'local ngo, ludhiana (illustrative)');
INSERT INTO public.actors VALUES ('28c37ade-8267-43bd-9844-09c0fbc37b0e', 'enterprise', 'Japanese machinery company (illustrative name)', NULL, NULL, 'IN', NULL, NULL, NULL, NULL, '', 900, NULL, NULL, NULL, 'large', NULL, '2026-12-03 10:14:47.532882+00', '2026-12-03 10:14:47.532882+00', 'japanese machinery company (illustrative name)');
INSERT INTO public.actors VALUES ('e2cbe713-6eac-4339-b7ac-2999a63e3280', 'institution', 'Department of Science and Technology, Government of India', NULL, 'government_agency', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 10:14:47.536148+00', '2026-12-03 10:14:47.536148+00', 'department of science and technology, government of india');
INSERT INTO public.actors VALUES ('f8ddcb93-f1f5-4a81-9663-1c664d66395a', 'enterprise', 'Bagru block printer 1 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 4, NULL, NULL, NULL, 'micro', NULL, '2026-12-03 10:14:47.539201+00', '2026-12-03 10:14:47.539201+00', 'bagru block printer 1 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('a63c6fe8-534e-40a4-9e9f-00d99723bb0f', 'enterprise', 'Bagru block printer 2 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 5, NULL, NULL, NULL, 'micro', NULL, '2026-12-03 10:14:47.542185+00', '2026-12-03 10:14:47.542185+00', 'bagru block printer 2 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('3f730e9c-3f46-4569-98c6-0bc9463df695', 'enterprise', 'Bagru block printer 3 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 6, NULL, NULL, NULL, 'micro', NULL, '2026-12-03 10:14:47.545223+00', '2026-12-03 10:14:47.545223+00', 'bagru block printer 3 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('4f811958-2f45-4eeb-b8c1-858733fb0219', 'enterprise', 'Bagru block printer 4 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 3, NULL, NULL, NULL, 'micro', NULL, '2026-12-03 10:14:47.548704+00', '2026-12-03 10:14:47.548704+00', 'bagru block printer 4 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('99ca6170-c4c0-4578-9670-71b5b519971f', 'enterprise', 'Bagru block printer 5 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 4, NULL, NULL, NULL, 'micro', NULL, '2026-12-03 10:14:47.552673+00', '2026-12-03 10:14:47.552673+00', 'bagru block printer 5 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('902fca61-5f30-41a7-ae92-dd4a1973f418', 'enterprise', 'Bagru block printer 6 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 5, NULL, NULL, NULL, 'micro', NULL, '2026-12-03 10:14:47.556241+00', '2026-12-03 10:14:47.556241+00', 'bagru block printer 6 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('a6165acb-12ad-42aa-a69f-dba56a0a3419', 'enterprise', 'Bagru block printer 7 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 6, NULL, NULL, NULL, 'micro', NULL, '2026-12-03 10:14:47.559961+00', '2026-12-03 10:14:47.559961+00', 'bagru block printer 7 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('da45fede-c1de-4b44-8079-4a64d59bf34b', 'enterprise', 'Bagru block printer 8 (illustrative)', NULL, NULL, 'IN', 'Bagru', NULL, NULL, NULL, '', 3, NULL, NULL, NULL, 'micro', NULL, '2026-12-03 10:14:47.563574+00', '2026-12-03 10:14:47.563574+00', 'bagru block printer 8 (illustrative)  bagru');
INSERT INTO public.actors VALUES ('c7c32405-e20c-42ce-8a6e-81105b7e01d9', 'institution', 'Senegalese food processors'' association (illustrative)', NULL, 'business_association', 'SN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 10:14:49.233143+00', '2026-12-03 10:14:49.233143+00', 'senegalese food processors'' association (illustrative)');
INSERT INTO public.actors VALUES ('79b5352c-0f69-499d-9686-7a7bf5d8d792', 'institution', 'Ministry in charge of SMEs, Senegal (illustrative)', NULL, 'government_agency', 'SN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 10:14:49.237188+00', '2026-12-03 10:14:49.237188+00', 'ministry in charge of smes, senegal (illustrative)');
INSERT INTO public.actors VALUES ('ffd8f1d7-ad4d-4372-a70a-3260ce8ef9b8', 'institution', 'Business service provider, Bulawayo (illustrative)', NULL, 'bds_provider', 'ZW', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-03 10:14:49.240696+00', '2026-12-03 10:14:49.240696+00', 'business service provider, bulawayo (illustrative)');
INSERT INTO public.actors VALUES ('accfa509-39fb-4c18-83a3-eddf21836daa', 'enterprise', 'Peanut grower and sheller (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'peanuts', 8, NULL, NULL, NULL, 'micro', NULL, '2026-12-03 10:14:49.267265+00', '2026-12-03 10:14:49.267265+00', 'peanut grower and sheller (illustrative)  peanuts');
INSERT INTO public.actors VALUES ('042ad63d-a2fc-464c-a3d0-deb9b3be4b78', 'enterprise', 'Plastic jar maker (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'plastic jars', 15, NULL, NULL, NULL, 'small', NULL, '2026-12-03 10:14:49.283446+00', '2026-12-03 10:14:49.283446+00', 'plastic jar maker (illustrative)  plastic jars');
INSERT INTO public.actors VALUES ('58d315f5-e35a-4318-9b32-00442507b09d', 'enterprise', 'Shoemaker, Granada (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'leather shoes
sandals', 8, NULL, NULL, NULL, 'micro', NULL, '2026-12-03 10:14:49.313927+00', '2026-12-03 10:14:49.313927+00', 'shoemaker, granada (illustrative)  leather shoes  sandals');
INSERT INTO public.actors VALUES ('670967a8-e610-44e0-bdbd-d3214d3794e3', 'enterprise', 'Shoemaker, León (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'leather shoes', 15, NULL, NULL, NULL, 'small', NULL, '2026-12-03 10:14:49.327457+00', '2026-12-03 10:14:49.327457+00', 'shoemaker, leon (illustrative)  leather shoes');
INSERT INTO public.actors VALUES ('0cebdbae-1ac0-4611-a0dd-9cf521aee39b', 'enterprise', 'Shoemaker, Masaya (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'leather shoes', 22, NULL, NULL, NULL, 'small', NULL, '2026-12-03 10:14:49.341433+00', '2026-12-03 10:14:49.341433+00', 'shoemaker, masaya (illustrative)  leather shoes');
INSERT INTO public.actors VALUES ('5381964b-1be3-44b1-99c4-7ec033d9a84a', 'enterprise', 'Label printer (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'labels', 8, NULL, NULL, NULL, 'micro', NULL, '2026-12-03 10:14:49.368843+00', '2026-12-03 10:14:49.368843+00', 'label printer (illustrative)  labels');
INSERT INTO public.actors VALUES ('180b0e08-897f-4e53-8b51-8a91c2845f03', 'enterprise', 'Plastic bottle maker (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'plastic bottles', 15, NULL, NULL, NULL, 'small', NULL, '2026-12-03 10:14:49.381698+00', '2026-12-03 10:14:49.381698+00', 'plastic bottle maker (illustrative)  plastic bottles');
INSERT INTO public.actors VALUES ('d9660c2b-b4a9-456c-8bbb-789881893c6c', 'enterprise', 'Cardboard box maker (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'cardboard boxes', 8, NULL, NULL, NULL, 'micro', NULL, '2026-12-03 10:14:49.408411+00', '2026-12-03 10:14:49.408411+00', 'cardboard box maker (illustrative)  cardboard boxes');
INSERT INTO public.actors VALUES ('5accd3c2-2f9b-4c6f-ac99-e73994354204', 'enterprise', 'Refrigeration service (illustrative)', NULL, NULL, 'NI', NULL, NULL, NULL, NULL, 'refrigeration maintenance', 15, NULL, NULL, NULL, 'small', NULL, '2026-12-03 10:14:49.420096+00', '2026-12-03 10:14:49.420096+00', 'refrigeration service (illustrative)  refrigeration maintenance');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_tokens VALUES ('40289402-7277-4bcf-aa70-691975c28157', '0e6e603f-d12d-4023-a555-6991614fa42d', 'API 2026-12-03T10:14:51Z', '9a2fbcbf1c1836bd02b66fd560be6a4b9d4113d164400d0af3406f80f340b824', 'cw_YUTTM', '2026-12-03 10:14:51.129438+00', '2026-12-03 10:14:51.139498+00', NULL);


--
-- Data for Name: assignments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.assignments VALUES ('1e42b4b2-aa2c-4cc3-ae87-dcfefc2803e4', '2a8f899e-5565-46ca-a5de-04591e9723c6', 'project', '46b0d558-06cf-4e92-b35c-c2231743724f', '2026-12-03 10:14:50.899048+00');
INSERT INTO public.assignments VALUES ('d5f843de-a3d4-45b5-a528-be2598dbb77d', '23f2d2c4-f036-4b89-bae8-2a4c037a5247', 'network', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '2026-12-03 10:14:50.901794+00');


--
-- Data for Name: audit_entries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_entries VALUES ('34bdcf98-0264-4870-92bd-7af7d35ddf1a', 'indicator', '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'create', NULL, 'system', '2026-12-03 10:14:47.012313+00', '[{"field":"name","new":"Employment"},{"field":"unit","new":"workers"},{"field":"scale","new":"count"},{"field":"level","new":"firm"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"level"},{"field":"dimensions","new":"e59ca791-131c-46d3-9000-3523930a6560"},{"field":"definition","new":"People working in the firm, owners included, at the date of the measurement."},{"field":"source","new":"Core SME indicator"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('7832fab8-a6c8-417f-9a63-a22c3cc3a909', 'indicator', '94d28b1a-5efa-4535-84ac-0070adf361c9', 'create', NULL, 'system', '2026-12-03 10:14:47.01789+00', '[{"field":"name","new":"Sales"},{"field":"unit","new":"USD per year"},{"field":"scale","new":"amount"},{"field":"level","new":"firm"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"level"},{"field":"definition","new":"The firm''s turnover over the twelve months before the measurement."},{"field":"source","new":"Core SME indicator"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('4b9770a0-1b3e-4327-b2ae-baeb64c66241', 'indicator', '14b0c76c-7d35-40d5-96bf-ef0c381e99d1', 'create', NULL, 'system', '2026-12-03 10:14:47.020345+00', '[{"field":"name","new":"Export sales"},{"field":"unit","new":"USD per year"},{"field":"scale","new":"amount"},{"field":"level","new":"firm"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"level"},{"field":"definition","new":"The part of the firm''s sales sold abroad over the twelve months before the measurement."},{"field":"source","new":"Core SME indicator"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('f69cfc31-a127-48fb-9eaf-80d670b82a98', 'indicator', 'a1e9900c-1118-4684-9380-5a86aa4dd657', 'create', NULL, 'system', '2026-12-03 10:14:47.022837+00', '[{"field":"name","new":"New products or services"},{"field":"unit","new":"products"},{"field":"scale","new":"count"},{"field":"level","new":"firm"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"cumulative"},{"field":"definition","new":"Products or services the firm brought to market since the one measurement before."},{"field":"source","new":"Core SME indicator"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('8f4ec1d1-3c1a-43e4-a470-3aeeafa92126', 'indicator', '57283c0c-f701-4a7e-baad-e898a6ae4ce2', 'create', NULL, 'system', '2026-12-03 10:14:47.02524+00', '[{"field":"name","new":"Certifications held"},{"field":"unit","new":"certifications"},{"field":"scale","new":"count"},{"field":"level","new":"firm"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"level"},{"field":"definition","new":"Quality, environmental or product certifications the firm holds at the date (ISO 9001, organic, HACCP…)."},{"field":"source","new":"Core SME indicator"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('971ed5f7-dbd8-4e3b-b457-e576735da336', 'indicator', '8e3282e1-2b81-463e-a42e-fa703a7cac2b', 'create', NULL, 'system', '2026-12-03 10:14:47.027671+00', '[{"field":"name","new":"Investment"},{"field":"unit","new":"USD"},{"field":"scale","new":"amount"},{"field":"level","new":"firm"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"cumulative"},{"field":"definition","new":"Investment in equipment, premises and technology since the one measurement before."},{"field":"source","new":"Core SME indicator"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('b9ffe48c-cebf-4682-a628-5339805a4bc5', 'indicator', '01a40355-61a7-4db6-a29b-70a7aa1056d8', 'create', NULL, 'system', '2026-12-03 10:14:47.030053+00', '[{"field":"name","new":"Association membership"},{"field":"unit","new":"members"},{"field":"scale","new":"count"},{"field":"level","new":"network"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"level"},{"field":"definition","new":"Firms or artisans who are paying members of the association or network."},{"field":"source","new":"Core SME indicator"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('bb8cac63-ca74-4f73-9b7a-5f9c589d0284', 'indicator', '6d7b2971-13c9-4f42-9229-d861ff4cb747', 'create', NULL, 'system', '2026-12-03 10:14:47.032757+00', '[{"field":"name","new":"Firms exporting"},{"field":"unit","new":"firms"},{"field":"scale","new":"count"},{"field":"level","new":"network"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"level"},{"field":"definition","new":"Member firms that exported in the year."},{"field":"source","new":"Core SME indicator"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('4f4628f5-06a7-4bb6-b358-fd3c30e5f63d', 'indicator', '0d78733f-3af4-4a95-9943-b87db8e4e53c', 'create', NULL, 'system', '2026-12-03 10:14:47.036494+00', '[{"field":"name","new":"Members using the network''s services"},{"field":"unit","new":"firms"},{"field":"scale","new":"count"},{"field":"level","new":"network"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"level"},{"field":"dimensions","new":"12ece17f-90be-4766-a04c-f26f2234c31f"},{"field":"definition","new":"Member firms that used at least one service of the network or association in the year."},{"field":"source","new":"Core SME indicator"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('e32e0f70-142a-4f0a-a9d4-84b08dcc7656', 'indicator', '2edc2359-4f65-45f1-9fbf-72500cb753a6', 'create', NULL, 'system', '2026-12-03 10:14:47.040242+00', '[{"field":"name","new":"Service fees collected"},{"field":"unit","new":"USD per year"},{"field":"scale","new":"amount"},{"field":"level","new":"network"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"level"},{"field":"definition","new":"Fees the network or association collected for its services in the year."},{"field":"source","new":"Core SME indicator"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('9a263f78-a472-4e92-af42-d8330c377f5b', 'indicator', '217ec8f2-3ee8-4642-b329-343a61a923e2', 'create', NULL, 'system', '2026-12-03 10:14:47.043964+00', '[{"field":"name","new":"People trained"},{"field":"unit","new":"people"},{"field":"scale","new":"count"},{"field":"level","new":"project"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"cumulative"},{"field":"dimensions","new":"e59ca791-131c-46d3-9000-3523930a6560"},{"field":"definition","new":"People who completed a training course of the programme."},{"field":"source","new":"Core SME indicator"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('f63fe435-f4f4-4639-b137-f1acb8e25ab8', 'indicator', 'c2f877ec-ece4-4f2d-b635-bdda9d1c779a', 'create', NULL, 'system', '2026-12-03 10:14:47.047922+00', '[{"field":"name","new":"Trainees employed"},{"field":"unit","new":"%"},{"field":"scale","new":"percent"},{"field":"level","new":"cluster"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"level"},{"field":"definition","new":"Share of trainees who found employment in the cluster after the course: record those employed as numerator and those who finished as denominator."},{"field":"source","new":"Core SME indicator"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('17f66d87-3a91-4d1c-8946-d90dd3d27e5e', 'indicator', 'c49afc25-9409-4f51-a03e-f4623d31a37b', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.062566+00', '[{"field":"name","new":"Average milk-to-cheese yield"},{"field":"unit","new":"kg cheese per 100 l milk"},{"field":"scale","new":"quantity"},{"field":"level","new":"firm"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"level"},{"field":"definition","new":"Cheese obtained from 100 litres of milk, averaged over the firm''s production."},{"field":"source","new":"Boaco/Chontales: average increase of yields equivalent to 25 %"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('70e29a28-a97f-4cfe-a8f9-1c2130ad6bcb', 'indicator', '4cece83c-2768-4f05-bed7-4de83b7ee465', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.066207+00', '[{"field":"name","new":"Waste-water pollution load"},{"field":"unit","new":"kg BOD per day"},{"field":"scale","new":"quantity"},{"field":"level","new":"cluster"},{"field":"direction","new":"lower"},{"field":"accumulation","new":"level"},{"field":"definition","new":"Organic load of residual water discharged by the cluster''s processors."},{"field":"source","new":"Boaco/Chontales: pollution of residual water reduced by up to 70 %"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('856337ea-3e4d-48df-bc95-d7b30da1250e', 'indicator', '0c1d1e1a-6864-458c-9e51-edf14ff29049', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.069661+00', '[{"field":"name","new":"New products launched"},{"field":"unit","new":"products"},{"field":"scale","new":"count"},{"field":"level","new":"cluster"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"cumulative"},{"field":"definition","new":"New product types brought to market since the baseline."},{"field":"source","new":"Boaco/Chontales: five new types of cheese launched"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('852a92fb-dba4-4ba9-9097-2b5d6e9a789c', 'indicator', 'a63e6c33-b507-4234-87fd-6f0a4fcfd32c', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.073984+00', '[{"field":"name","new":"Women trained"},{"field":"unit","new":"women"},{"field":"scale","new":"count"},{"field":"level","new":"cluster"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"cumulative"},{"field":"dimensions","new":"05916554-db31-4e96-9213-585c06216702"},{"field":"definition","new":"Women who completed a training course for the cluster''s firms."},{"field":"source","new":"Ludhiana: more than 110 women trained at the Government Polytechnic for Women"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('95935dc1-a9c4-4525-80e5-8c288c2ae346', 'indicator', '8e1ebd1f-22d3-4052-98b1-e00f5e0cc99b', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.078523+00', '[{"field":"name","new":"Exports"},{"field":"unit","new":"USD per year"},{"field":"scale","new":"amount"},{"field":"level","new":"cluster"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"level"},{"field":"definition","new":"Value of the cluster''s exports in a year."},{"field":"source","new":"Tirupur: over 650 million US dollars of cotton hosiery exported in 1999"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('492437e0-3663-4482-8bde-8de001afc987', 'indicator', '82c0ef19-31e6-459e-a4d6-29a342b02165', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.082112+00', '[{"field":"name","new":"Cycle time"},{"field":"unit","new":"days"},{"field":"scale","new":"quantity"},{"field":"level","new":"firm"},{"field":"direction","new":"lower"},{"field":"accumulation","new":"level"},{"field":"definition","new":"Days from the order to the finished product."},{"field":"source","new":"Nicaragua supplier development: process and layout changes to cut cycle time"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('1749ca9f-0be8-4a42-b29e-1d6b990d1388', 'indicator', '403acdda-d1a5-4011-80db-af81345116b7', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.085616+00', '[{"field":"name","new":"Inventory days"},{"field":"unit","new":"days"},{"field":"scale","new":"quantity"},{"field":"level","new":"firm"},{"field":"direction","new":"lower"},{"field":"accumulation","new":"level"},{"field":"definition","new":"Days of production the stock of materials and products covers."},{"field":"source","new":"Nicaragua supplier development: inventory reduction"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('7e220fd0-a429-48a4-84f8-cf22816baa0f', 'indicator', 'fa508efb-7e54-4b9c-84ef-135e7cd75152', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.089024+00', '[{"field":"name","new":"Defect rate"},{"field":"unit","new":"%"},{"field":"scale","new":"percent"},{"field":"level","new":"firm"},{"field":"direction","new":"lower"},{"field":"accumulation","new":"level"},{"field":"definition","new":"Share of units rejected by quality control or by the client."},{"field":"source","new":"Nicaragua supplier development: total quality systems"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('e0037382-dcf3-4ada-8d63-fd3b921f08f3', 'indicator', '244c71ec-59c3-4d0c-b4b6-fcdcc7abd6ab', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.092676+00', '[{"field":"name","new":"On-time delivery"},{"field":"unit","new":"%"},{"field":"scale","new":"percent"},{"field":"level","new":"firm"},{"field":"direction","new":"higher"},{"field":"accumulation","new":"level"},{"field":"definition","new":"Share of deliveries on the agreed day."},{"field":"source","new":"Nicaragua supplier development: delivery reliability"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('3cd99a27-0442-4971-8995-6df736cab84c', 'indicator', '6f54f17a-dca9-4421-afe3-8dedc0c66041', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.096491+00', '[{"field":"name","new":"Unit cost"},{"field":"unit","new":"USD"},{"field":"scale","new":"amount"},{"field":"level","new":"firm"},{"field":"direction","new":"lower"},{"field":"accumulation","new":"level"},{"field":"definition","new":"Cost of producing one unit of the main product."},{"field":"source","new":"Nicaragua supplier development: process changes to cut cost"},{"field":"status","new":"accepted"}]');
INSERT INTO public.audit_entries VALUES ('caf08bcb-1af9-4125-9893-a2d5b6f7bc36', 'project', '46b0d558-06cf-4e92-b35c-c2231743724f', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.102358+00', '[{"field":"code","new":"IND-CLN"},{"field":"title","new":"Cluster and network development in India"},{"field":"summary","new":"Pune food processing, Bagru and Sanganer block printing (Jaipur), Ludhiana knitwear. Dates and budget illustrative."},{"field":"countries","new":"IN"},{"field":"status","new":"ongoing"},{"field":"plannedStart","new":"1996-07-01"},{"field":"plannedEnd","new":"2002-06-30"},{"field":"actualStart","new":"1996-07-01"},{"field":"budget","new":"2400000"},{"field":"currency","new":"USD"},{"field":"funders","new":"Government of Italy (illustrative)"},{"field":"counterparts","new":"SIDBI"},{"field":"linesOfWork","new":"clusters, horizontal_networks"},{"field":"dacSector","new":"32130"}]');
INSERT INTO public.audit_entries VALUES ('f4590b99-3d46-4da9-90e1-5b1e05e020d5', 'project', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.112442+00', '[{"field":"code","new":"NIC-CLN"},{"field":"title","new":"SME networks, clusters and vertical linkages in Nicaragua"},{"field":"summary","new":"Boaco/Chontales milk and cheese cluster, Masaya woodworking network, Vertical Linkages Unit at CADIN (designed 1999). Dates and budget illustrative."},{"field":"countries","new":"NI"},{"field":"status","new":"ongoing"},{"field":"plannedStart","new":"1997-03-01"},{"field":"plannedEnd","new":"2002-12-31"},{"field":"actualStart","new":"1997-03-01"},{"field":"budget","new":"1800000"},{"field":"currency","new":"USD"},{"field":"counterparts","new":"CADIN, INPYME"},{"field":"linesOfWork","new":"clusters, horizontal_networks, vertical_linkages"},{"field":"dacSector","new":"32130"}]');
INSERT INTO public.audit_entries VALUES ('262b72c2-274d-4cc3-9fd1-fa582702d197', 'project', '18474a8a-4e16-45b4-b17e-ad273b886a3e', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.119039+00', '[{"field":"code","new":"HON-NET"},{"field":"title","new":"Network brokers in Honduras"},{"field":"summary","new":"Network brokers trained by the project founded CERTEC in the last year of implementation (1997). Start date illustrative."},{"field":"countries","new":"HN"},{"field":"status","new":"completed"},{"field":"actualStart","new":"1993-01-01"},{"field":"actualEnd","new":"1997-12-31"},{"field":"counterparts","new":"CERTEC"},{"field":"linesOfWork","new":"horizontal_networks"}]');
INSERT INTO public.audit_entries VALUES ('0831bc06-60f6-4f60-b2c9-424375239e7b', 'project', '3adfdcb6-6dd6-4a2c-88e6-e2a87fc37ba7', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.124987+00', '[{"field":"code","new":"SEN-NET"},{"field":"title","new":"From networks to associations to policy in Senegal"},{"field":"summary","new":"Networks organise the private sector from the base and strengthen its representative associations."},{"field":"countries","new":"SN"},{"field":"status","new":"ongoing"},{"field":"actualStart","new":"2001-01-01"},{"field":"linesOfWork","new":"horizontal_networks"}]');
INSERT INTO public.audit_entries VALUES ('bb48bbd3-d847-4070-a06b-c8d60b054379', 'project', 'd07e998d-355f-42c5-81e6-869a6f954c9c', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.131002+00', '[{"field":"code","new":"ZWE-NET"},{"field":"title","new":"Networks and BDS upgrading in Zimbabwe"},{"field":"summary","new":"Networks organise the demand for business development services so that providers upgrade them."},{"field":"countries","new":"ZW"},{"field":"status","new":"ongoing"},{"field":"actualStart","new":"2001-01-01"},{"field":"linesOfWork","new":"horizontal_networks"},{"field":"dacSector","new":"25030"}]');
INSERT INTO public.audit_entries VALUES ('58e7a8ef-81b0-42d6-a4ec-d4a67b661636', 'project', '6b07bacc-ef94-4587-89b0-67396e1161a3', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.137599+00', '[{"field":"code","new":"MAR-CLU"},{"field":"title","new":"Restructuring of the Fez leather cluster"},{"field":"summary","new":"Fez leather cluster, including relocation for environmental reasons, in cooperation with the Santa Croce leather cluster in Italy. Start date illustrative."},{"field":"countries","new":"IT, MA"},{"field":"status","new":"ongoing"},{"field":"actualStart","new":"2000-01-01"},{"field":"linesOfWork","new":"clusters"}]');
INSERT INTO public.audit_entries VALUES ('2aff357b-12b8-4a6d-aef2-0c8c2c2c1905', 'project', '4d2ed77b-aafc-4ca8-b1e9-16b6c33272a8', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.144428+00', '[{"field":"code","new":"MDG-CLU"},{"field":"title","new":"Cluster development in Madagascar"},{"field":"summary","new":"Under design; planned start illustrative."},{"field":"countries","new":"MG"},{"field":"status","new":"under_design"},{"field":"plannedStart","new":"2003-01-01"},{"field":"linesOfWork","new":"clusters"},{"field":"dacSector","new":"32140"}]');
INSERT INTO public.audit_entries VALUES ('abb0fcc6-2bcc-490c-bf9f-3273e63565fc', 'actor', '75805dc9-5396-4ca3-aa7c-d497878bad7c', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.149474+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Chamber of Industry of Nicaragua"},{"field":"acronym","new":"CADIN"},{"field":"institutionType","new":"chamber"},{"field":"country","new":"NI"},{"field":"description","new":"Hosts the Vertical Linkages Unit."}]');
INSERT INTO public.audit_entries VALUES ('b025f529-66ae-4dbb-ba20-b8ace10e52f8', 'actor', '70148723-792b-44ed-97f8-bd7fb9611842', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.153378+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Centro de Recursos y Tecnología"},{"field":"acronym","new":"CERTEC"},{"field":"institutionType","new":"bds_provider"},{"field":"country","new":"HN"},{"field":"description","new":"Foundation set up in 1997 by the project''s former network brokers; lives on fees."}]');
INSERT INTO public.audit_entries VALUES ('553480b2-0d5e-46cc-adad-5c7605332a80', 'actor', '7c7197da-b8e5-417a-a31b-3a4df5b178b6', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.156514+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Calico Printers Co-operative Society"},{"field":"acronym","new":"CALICO"},{"field":"institutionType","new":"cooperative"},{"field":"country","new":"IN"},{"field":"description","new":"Dormant artisan association revitalised; membership rose from 26 artisans to 120."}]');
INSERT INTO public.audit_entries VALUES ('43544430-9475-4c14-9780-3bd4f14b4a98', 'actor', 'd2946408-d4db-4aa3-b720-ff7917f6691c', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.159524+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Consortium of Textile Exporters"},{"field":"acronym","new":"COTEX"},{"field":"institutionType","new":"business_association"},{"field":"country","new":"IN"},{"field":"description","new":"Export consortium formed in the Jaipur cluster."}]');
INSERT INTO public.audit_entries VALUES ('fa861802-bcbe-46e9-9d36-7df51a55c81b', 'actor', 'db002841-e42e-4b76-945c-73e8ba48b687', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.162586+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Apparel Exporters Association of Ludhiana"},{"field":"acronym","new":"APPEAL"},{"field":"institutionType","new":"business_association"},{"field":"country","new":"IN"},{"field":"description","new":"Formed by a core of export-oriented knitwear producers."}]');
INSERT INTO public.audit_entries VALUES ('46bdc5d9-ee3e-41c1-9a5b-778635c6d6cc', 'actor', 'b4988350-e3da-416e-b2c2-ff4a29c41393', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.165652+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Indian Institute for Rural Development"},{"field":"acronym","new":"IIRD"},{"field":"institutionType","new":"ngo"},{"field":"country","new":"IN"},{"field":"description","new":"NGO increasingly acting as the cluster development agent in Jaipur."}]');
INSERT INTO public.audit_entries VALUES ('a758c796-94d8-44a4-8e7a-db35ffadec61', 'actor', '4fbcf1a7-d4ae-404f-8781-46774b3a622f', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.168958+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Small Industries Development Bank of India"},{"field":"acronym","new":"SIDBI"},{"field":"institutionType","new":"financial_institution"},{"field":"country","new":"IN"},{"field":"description","new":"Supported the Bagru training and a credit scheme."}]');
INSERT INTO public.audit_entries VALUES ('07a63fe9-3ea9-4af7-973a-e02a858f38c5', 'actor', '5edf0641-75e9-4eeb-aa00-4bbd898d5684', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.172127+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"National Institute of Fashion Technology"},{"field":"acronym","new":"NIFT"},{"field":"institutionType","new":"university"},{"field":"country","new":"IN"},{"field":"description","new":"Introduced new products and designs in Jaipur."}]');
INSERT INTO public.audit_entries VALUES ('093de1de-6568-4ceb-8f1b-63216324de90', 'actor', '44943601-5448-4a13-af28-6962e984d8c3', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.175207+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Government Polytechnic for Women, Ludhiana"},{"field":"acronym","new":"GPW"},{"field":"institutionType","new":"training_institute"},{"field":"country","new":"IN"},{"field":"description","new":"Hosts the training cell for women machine operators."}]');
INSERT INTO public.audit_entries VALUES ('5805eecc-7cd9-485d-9645-124d1f277ca9', 'actor', 'b8ac875c-4173-4038-955e-4d6ed488c527', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.178332+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Department of Technical Education, Government of Punjab"},{"field":"institutionType","new":"government_agency"},{"field":"country","new":"IN"},{"field":"description","new":"Signed the memorandum of understanding with APPEAL."}]');
INSERT INTO public.audit_entries VALUES ('f7c6ab08-03fd-44a0-b9c3-909b6ef69913', 'actor', 'e75bff5b-af8a-4115-8d99-1fb708ce67e8', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.181647+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Alianza Láctea"},{"field":"institutionType","new":"cooperative"},{"field":"country","new":"NI"},{"field":"description","new":"Alliance of cooperatives representing the Boaco/Chontales milk sector."}]');
INSERT INTO public.audit_entries VALUES ('22044683-9f29-4eb2-aeba-c3fce165f55f', 'actor', '78929e45-5931-43b5-b293-f16b25efa3ce', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.184947+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Instituto Nicaragüense de Apoyo a la Pequeña y Mediana Empresa"},{"field":"acronym","new":"INPYME"},{"field":"institutionType","new":"government_agency"},{"field":"country","new":"NI"},{"field":"description","new":"Partner in training and technical assistance in Boaco/Chontales."}]');
INSERT INTO public.audit_entries VALUES ('7dc2794f-c05f-4da7-9768-4c4f52b4e30f', 'actor', '7d15b17f-afb4-419d-b2d6-3863feb62d28', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.188118+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"INCAE Business School"},{"field":"acronym","new":"INCAE"},{"field":"institutionType","new":"university"},{"field":"country","new":"NI"},{"field":"description","new":"Member of the committee for institutional coordination."}]');
INSERT INTO public.audit_entries VALUES ('707d8df1-2b71-473e-8cd8-4054e9325941', 'actor', 'ae5c0c59-0e63-4537-a957-ff257d518d22', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.191228+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Cámara Nicaragüense del Sector Lácteo"},{"field":"acronym","new":"CANISLAC"},{"field":"institutionType","new":"chamber"},{"field":"country","new":"NI"},{"field":"description","new":"Nicaraguan Chamber of the Milk Sector."}]');
INSERT INTO public.audit_entries VALUES ('7aa28cf1-e278-40eb-9fe9-87c2351eeac0', 'actor', '204e8523-0407-40d0-8877-3ef4e6e9c5d6', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.194194+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"National Metrology Laboratory"},{"field":"institutionType","new":"laboratory"},{"field":"country","new":"NI"},{"field":"description","new":"Provides scale calibration services in the coffee and cereals group."}]');
INSERT INTO public.audit_entries VALUES ('7b95c08b-26e6-4414-8470-b7c1e1cd8b46', 'actor', '498e2b16-105b-4efa-9778-b5035ecfe5b1', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.197214+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"United Nations Industrial Development Organization"},{"field":"acronym","new":"UNIDO"},{"field":"institutionType","new":"donor"},{"field":"country","new":"AT"},{"field":"description","new":"Executes the programme."}]');
INSERT INTO public.audit_entries VALUES ('3871ae9e-943a-48ea-8fbc-1002ae738eef', 'actor', '5605b6a1-3365-4b11-9a34-c21223b1e1a3', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.200115+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Inter-American Development Bank"},{"field":"acronym","new":"IDB"},{"field":"institutionType","new":"donor"},{"field":"country","new":"US"},{"field":"description","new":"Co-financed product diversification in Boaco/Chontales."}]');
INSERT INTO public.audit_entries VALUES ('24fcb4e7-bc1f-4eae-a543-6ee5f9050913', 'actor', '1f0931cf-f58a-47d6-a51e-0dfad0bffc9b', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.203123+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Footwear manufacturer and distributor (illustrative name)"},{"field":"country","new":"NI"},{"field":"location","new":"Managua"},{"field":"sectorCode","new":"1520"},{"field":"employees","new":"320"},{"field":"sizeClass","new":"large"},{"field":"description","new":"Client firm working with local shoemakers. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('92fc4e81-c4cb-47aa-8608-1b0af82d76b7', 'actor', '1d6199fd-9a06-4f57-8a7c-e8f1caa1ad24', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.206032+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Rum producer (illustrative name)"},{"field":"country","new":"NI"},{"field":"location","new":"Managua"},{"field":"sectorCode","new":"1101"},{"field":"employees","new":"450"},{"field":"sizeClass","new":"large"},{"field":"description","new":"Client firm teamed with plastic bottle and label suppliers. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('e6f98f9c-bfc1-40ef-9883-53663ee9daf3', 'membership', 'bb6bff7b-e495-44ca-9600-a013c65b279f', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.338159+00', '[{"field":"actorId","new":"652544f4-7eb2-4c99-8557-d160478ea120"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('e882deea-3d4e-4ee8-8486-b196cfa228e6', 'actor', '09cc31c0-5afb-4cf3-b818-cd600fa3a7b7', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.209159+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Ice cream and yoghurt factory (illustrative name)"},{"field":"country","new":"NI"},{"field":"location","new":"Managua"},{"field":"sectorCode","new":"1050"},{"field":"employees","new":"280"},{"field":"sizeClass","new":"large"},{"field":"description","new":"Client firm paired with box and refrigeration suppliers. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('203e22ba-2dc9-4f09-8f9d-eb547d1afda8', 'actor', 'eb25135f-1d7a-4f84-ba62-6c2f4d0721c2', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.212348+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Coffee and cereals processor (illustrative name)"},{"field":"country","new":"NI"},{"field":"location","new":"Managua"},{"field":"sectorCode","new":"1079"},{"field":"employees","new":"300"},{"field":"sizeClass","new":"large"},{"field":"description","new":"Client firm working with peanut and plastic jar suppliers. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('1ec38bc7-cda2-4df3-b0bb-c2e45a7fc79f', 'actor', 'cd675289-f40a-4aec-a409-f481bb904477', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.215884+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 1"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"3"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('36d5ca1a-0373-4d06-9960-3e880e787fd7', 'actor', 'f63599c3-5f99-4af1-968e-85b25d6a69a1', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.219532+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 2"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"4"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('32aad80d-a797-45b2-b175-e2fd6bd2c142', 'actor', 'ea86d60e-1dcf-428e-97ad-f0c34ae84fb6', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.222699+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 3"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"6"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('92d223bd-3b87-4c9f-99e4-40b32a19aa5c', 'actor', 'b01d653b-d71a-4c9a-b5fc-cd9450120c08', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.22579+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 4"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('2e261076-5f11-4eab-9b69-7ac6c88231b2', 'actor', '652544f4-7eb2-4c99-8557-d160478ea120', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.228869+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 5"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"5"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('c8fc2723-a0e5-4936-8013-ca21a5846e44', 'actor', '4ef52c47-faf3-4f74-91e7-9caa1bd42740', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.231971+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 6"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"12"},{"field":"sizeClass","new":"small"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('4b78c4c3-a33c-4e55-97e6-8f47fbe89f0a', 'actor', '7fbdbf02-e757-46bc-ba9b-4850c6944df9', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.234919+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 7"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"7"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('3e53f171-ee88-4197-b420-539b752e36a3', 'actor', 'd1ab2935-e2a3-4c21-baef-ba323f6f6704', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.237963+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 8"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"9"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('582cd61b-3c61-44d4-8779-2c9632eb63eb', 'actor', '363cf55c-3c66-4cd9-8d3c-d0c2d27d9cdf', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.241072+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 9"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"4"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('a3b17987-fbaa-4952-b106-24e5dbc4d0bc', 'actor', 'a22dca25-ab0b-446f-9192-b4d212e6b592', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.244103+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 10"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"15"},{"field":"sizeClass","new":"small"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('2365a97d-da0a-4eb5-90b8-63af4974bee0', 'actor', 'e5c4c327-9e3f-4e4c-82d7-eeebc137bbc0', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.24742+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 11"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"6"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('c17b23b3-dab9-4891-b17a-b62c77d431c8', 'actor', 'd36b6d2b-598f-484e-abdd-4e9cc7fa250c', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.250375+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 12"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"5"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('746867f6-8ca9-4664-abcb-4e61ccc9fb6f', 'membership', 'f26cea9a-1322-4c82-b5d4-6fc7febbfa86', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.329853+00', '[{"field":"actorId","new":"b01d653b-d71a-4c9a-b5fc-cd9450120c08"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"},{"field":"leftOn","new":"1999-11-15"},{"field":"leavingReason","new":"expelled_opportunistic"}]');
INSERT INTO public.audit_entries VALUES ('a1c9e32e-c7f8-4085-a6d6-a27dc3e13265', 'actor', 'e0d3ac34-05d1-4da3-b9c1-64553385d33a', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.253465+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 13"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"11"},{"field":"sizeClass","new":"small"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('b7305226-4693-4c98-a609-8bb475f04b54', 'actor', '01d443c2-0859-4256-8ccd-d7f9975180f2', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.256578+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 14"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('b879790d-3032-4f3d-b9d8-1d01abb53d58', 'actor', '57a4fd52-9520-4d1c-8fb7-be46064f1687', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.259505+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 15"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"3"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('0c6085ed-5cdc-45dc-91e8-4453f4829316', 'actor', '7c281e7c-7cae-492e-a6e3-e395c0cd789a', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.262623+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 16"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"7"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('53ab2176-a30c-4afe-a26c-297b44164b96', 'cluster', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.267881+00', '[{"field":"name","new":"Pune food processing"},{"field":"country","new":"IN"},{"field":"place","new":"Pune, Maharashtra"},{"field":"latitude","new":"18.52"},{"field":"longitude","new":"73.86"},{"field":"sector","new":"Food processing"},{"field":"products","new":"processed foods"},{"field":"projectId","new":"46b0d558-06cf-4e92-b35c-c2231743724f"},{"field":"stage","new":"selection"},{"field":"description","new":"Entrepreneurs saw the Food Adulteration Act as the obstacle; institutions saw low regard for product safety. Dialogue led to an information point, an umbrella organisation and a technical centre."}]');
INSERT INTO public.audit_entries VALUES ('d4eb1861-acc9-4efa-b341-df302050b4ae', 'cluster', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.273596+00', '[{"field":"name","new":"Bagru and Sanganer block printing"},{"field":"country","new":"IN"},{"field":"place","new":"Bagru and Sanganer, Jaipur, Rajasthan"},{"field":"latitude","new":"26.81"},{"field":"longitude","new":"75.55"},{"field":"sector","new":"Textile hand-block printing"},{"field":"products","new":"hand-block printed textiles"},{"field":"estimatedFirms","new":"350"},{"field":"employment","new":"10000"},{"field":"projectId","new":"46b0d558-06cf-4e92-b35c-c2231743724f"},{"field":"stage","new":"selection"},{"field":"description","new":"About 350 small firms employ almost 10,000 workers. A cooperation attempt failed twenty years before the 1997 diagnostic; trust was rebuilt through the artisans'' sons."}]');
INSERT INTO public.audit_entries VALUES ('f0595e35-b21a-49fe-bcb3-b90eef4a6cd0', 'cluster', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.278514+00', '[{"field":"name","new":"Ludhiana knitwear"},{"field":"country","new":"IN"},{"field":"place","new":"Ludhiana, Punjab"},{"field":"latitude","new":"30.9"},{"field":"longitude","new":"75.85"},{"field":"sector","new":"Woollen knitwear"},{"field":"products","new":"woollen knitwear"},{"field":"estimatedFirms","new":"10000"},{"field":"projectId","new":"46b0d558-06cf-4e92-b35c-c2231743724f"},{"field":"stage","new":"selection"},{"field":"description","new":"Over 10,000 small and medium firms, nearly 90% of the national market for woollen knitwear. Costs shared: project 20%, private sector 74%, other institutions 6%."}]');
INSERT INTO public.audit_entries VALUES ('21cd7d9d-5fa6-42e4-90ff-e92fe54a8688', 'cluster', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.283485+00', '[{"field":"name","new":"Boaco and Chontales milk and cheese"},{"field":"country","new":"NI"},{"field":"place","new":"Boaco and Chontales"},{"field":"latitude","new":"12.47"},{"field":"longitude","new":"-85.66"},{"field":"sector","new":"Dairy"},{"field":"products","new":"milk, cheese"},{"field":"projectId","new":"60ce5e2a-17b5-4989-a6eb-93f238c483ef"},{"field":"stage","new":"selection"},{"field":"description","new":"Action plan results: technical norms, five new products, yields +25%, waste-water pollution down up to 70%, a cooperative, Alianza Láctea, CANISLAC."}]');
INSERT INTO public.audit_entries VALUES ('ba7c078c-a345-401c-a7d9-f76d18c83a43', 'cluster', '52086be3-e5ac-4a1d-869f-ec4527e6d3ee', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.288395+00', '[{"field":"name","new":"Fez leather"},{"field":"country","new":"MA"},{"field":"place","new":"Fez"},{"field":"latitude","new":"34.03"},{"field":"longitude","new":"-5"},{"field":"sector","new":"Leather"},{"field":"products","new":"finished leather, leather goods"},{"field":"projectId","new":"6b07bacc-ef94-4587-89b0-67396e1161a3"},{"field":"stage","new":"selection"},{"field":"description","new":"Restructuring including relocation of units for environmental reasons; cooperation with the Santa Croce leather cluster in Italy."}]');
INSERT INTO public.audit_entries VALUES ('55d7c455-b3fe-41b8-a628-d5df92d2b3fa', 'cluster', '6aa2e834-4b20-4284-a1d0-0085602db9d3', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.291831+00', '[{"field":"name","new":"Tirupur hosiery"},{"field":"country","new":"IN"},{"field":"place","new":"Tirupur, Tamil Nadu"},{"field":"latitude","new":"11.11"},{"field":"longitude","new":"77.34"},{"field":"sector","new":"Cotton hosiery"},{"field":"products","new":"cotton hosiery"},{"field":"estimatedFirms","new":"7000"},{"field":"exportsUsd","new":"650000000"},{"field":"stage","new":"selection"},{"field":"description","new":"Over 7,000 SMEs exported over 650 million US dollars of cotton hosiery in 1999, over 80% of Indian exports of such goods. A reference cluster, not a project site."}]');
INSERT INTO public.audit_entries VALUES ('5919a6be-0a45-41b3-bc62-1674ab020d84', 'network', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.296132+00', '[{"field":"name","new":"Masaya woodworkers'' network"},{"field":"kind","new":"horizontal"},{"field":"country","new":"NI"},{"field":"projectId","new":"60ce5e2a-17b5-4989-a6eb-93f238c483ef"},{"field":"phase","new":"promotion"},{"field":"formedOn","new":"1998-03-01"},{"field":"legalForm","new":"informal"},{"field":"description","new":"Fifteen micro and small woodworkers: a shared input shop, bulk wood purchasing, a common catalogue, three rocking-chair models exported to the UK. Members who behaved opportunistically were expelled; a new member joined later. Dates illustrative."}]');
INSERT INTO public.audit_entries VALUES ('f255bf74-6c05-4371-8e1f-70684ff810b8', 'membership', 'b7bc4bfa-5ccc-4f13-bb20-cff1241fe77e', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.303659+00', '[{"field":"actorId","new":"cd675289-f40a-4aec-a409-f481bb904477"},{"field":"role","new":"coordinator"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('95316aec-6b26-4567-8050-84a4c749cff0', 'membership', 'b3f0a21a-48ac-4e9b-94c5-d1eb1ca1111f', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.313912+00', '[{"field":"actorId","new":"f63599c3-5f99-4af1-968e-85b25d6a69a1"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('e472f4f2-e00c-43d8-be78-b586a87d9283', 'membership', '94465d84-1aa9-44db-9a05-373ac3ccf6be', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.321815+00', '[{"field":"actorId","new":"ea86d60e-1dcf-428e-97ad-f0c34ae84fb6"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('402eca4c-7e33-4bbe-9917-9b2837c5a1cc', 'result', '3c24f31d-2f5c-489c-baf1-980ec3904625', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.482863+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('1f27a945-e094-4c94-99a9-06d1194ea756', 'membership', 'b4f2dac0-f8f5-491a-80c3-379877fd7de7', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.34683+00', '[{"field":"actorId","new":"4ef52c47-faf3-4f74-91e7-9caa1bd42740"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('1c9c028a-d255-4edb-8059-733cf5bef364', 'membership', '3d8635c7-0bd2-456f-a445-fbbe1dd2807e', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.355846+00', '[{"field":"actorId","new":"7fbdbf02-e757-46bc-ba9b-4850c6944df9"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('236ae6d8-1996-41c7-8160-c3343e41e9ad', 'membership', '31fbc3f2-51e3-4288-9f62-438effd9023e', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.365039+00', '[{"field":"actorId","new":"d1ab2935-e2a3-4c21-baef-ba323f6f6704"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('09088e27-c6c2-4ad2-9ab0-c07b397828c3', 'membership', '04e005d9-80f7-48d5-b18d-acc2a3c8635c', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.374759+00', '[{"field":"actorId","new":"363cf55c-3c66-4cd9-8d3c-d0c2d27d9cdf"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"},{"field":"leftOn","new":"1999-11-15"},{"field":"leavingReason","new":"expelled_opportunistic"}]');
INSERT INTO public.audit_entries VALUES ('4e0d06e8-6968-48bd-900e-f3d7b46197d9', 'membership', '89bd5949-c280-462f-ab75-b3e2ac2291cd', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.384734+00', '[{"field":"actorId","new":"a22dca25-ab0b-446f-9192-b4d212e6b592"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('07e3f3d1-9f54-415a-825d-e15fd4cede98', 'membership', '266a1c57-dbc8-42db-9b01-da0e15b5dfc6', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.397539+00', '[{"field":"actorId","new":"e5c4c327-9e3f-4e4c-82d7-eeebc137bbc0"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('7af9629d-bd76-4eb2-b157-91d9c23ab17a', 'membership', 'e6aa2ef7-8c00-4dd3-a810-5d016ae4fda6', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.413404+00', '[{"field":"actorId","new":"d36b6d2b-598f-484e-abdd-4e9cc7fa250c"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('3d26122b-0d24-4dc7-a5fe-6dc3105b6830', 'membership', '755958cd-413f-4a28-9b77-a8e2c7e05617', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.425795+00', '[{"field":"actorId","new":"e0d3ac34-05d1-4da3-b9c1-64553385d33a"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"},{"field":"leftOn","new":"1999-11-15"},{"field":"leavingReason","new":"expelled_opportunistic"}]');
INSERT INTO public.audit_entries VALUES ('bea17ce8-f7c1-42c1-98a0-79ea6075414e', 'membership', '6831e84b-62d8-4d9d-b948-7d57a40209a7', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.437728+00', '[{"field":"actorId","new":"01d443c2-0859-4256-8ccd-d7f9975180f2"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('e7abd84a-c61b-440a-b129-5d55d68b53bf', 'membership', '9c781c57-9932-401f-a270-0132d5a80818', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.44978+00', '[{"field":"actorId","new":"57a4fd52-9520-4d1c-8fb7-be46064f1687"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('fb0b7ed3-7089-4220-bad8-b54f6e16f614', 'membership', '27925619-9b28-4cd7-b1a1-75fed7c41da3', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.462039+00', '[{"field":"actorId","new":"7c281e7c-7cae-492e-a6e3-e395c0cd789a"},{"field":"role","new":"member"},{"field":"joinedOn","new":"2000-09-01"},{"field":"notes","new":"Joined after the group''s rules were established."}]');
INSERT INTO public.audit_entries VALUES ('137e7a40-2906-4c50-ac3c-0f5067e0acad', 'network', '9398df75-11ef-46ef-9d2c-54c686335a62', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.472595+00', '[{"field":"name","new":"Jaipur block printers'' common services network"},{"field":"kind","new":"horizontal"},{"field":"country","new":"IN"},{"field":"clusterId","new":"6c76a34b-c798-4836-83cd-7cae4d100a85"},{"field":"projectId","new":"46b0d558-06cf-4e92-b35c-c2231743724f"},{"field":"phase","new":"pilot_projects"},{"field":"formedOn","new":"1998-11-01"},{"field":"legalForm","new":"informal"},{"field":"description","new":"One of several networks promoted in the Jaipur cluster to provide common services to their members. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('8d00457a-40c0-42b6-9dd2-9055187c9c7b', 'network', '82a6c124-3997-4936-b667-e55510412d91', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.477758+00', '[{"field":"name","new":"Coffee and cereals supplier network"},{"field":"kind","new":"vertical"},{"field":"country","new":"NI"},{"field":"projectId","new":"60ce5e2a-17b5-4989-a6eb-93f238c483ef"},{"field":"phase","new":"supplier_evaluation"},{"field":"formedOn","new":"1999-06-01"},{"field":"description","new":"A coffee and cereals processor with peanut and plastic jar suppliers and the National Metrology Laboratory, through the Vertical Linkages Unit at CADIN."}]');
INSERT INTO public.audit_entries VALUES ('8fe253b8-4628-4da8-b20a-e8ae0c09bca2', 'membership', '8afcd285-2a3e-470f-b794-01b3b043913e', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.483468+00', '[{"field":"actorId","new":"eb25135f-1d7a-4f84-ba62-6c2f4d0721c2"},{"field":"role","new":"client"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('a07816b7-9939-4d44-a717-abc5f31fde32', 'membership', 'ba842d92-9136-4313-8733-f43c083247a2', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.490912+00', '[{"field":"actorId","new":"204e8523-0407-40d0-8877-3ef4e6e9c5d6"},{"field":"role","new":"service_provider"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('9caa9b83-017e-452f-90f0-b1a50b7d234f', 'person', '66a307bd-fc79-4799-ba00-ee3c65fb24a9', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.495909+00', '[{"field":"name","new":"Cluster broker, Jaipur (illustrative)"},{"field":"organisationId","new":"b4988350-e3da-416e-b2c2-ff4a29c41393"},{"field":"role","new":"Cluster development agent"},{"field":"sex","new":"female"}]');
INSERT INTO public.audit_entries VALUES ('f3c13153-378d-427b-92cb-cf91a8073384', 'person', '6d830112-70e2-462e-93f2-e6f1908e4e36', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.499847+00', '[{"field":"name","new":"Executive director, CERTEC (illustrative)"},{"field":"organisationId","new":"70148723-792b-44ed-97f8-bd7fb9611842"},{"field":"role","new":"Former network broker"},{"field":"sex","new":"male"}]');
INSERT INTO public.audit_entries VALUES ('415f66ff-9c48-4605-901f-4e6219c60b49', 'person', '23a5d955-1643-4db2-bf32-8e884f64081c', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.503176+00', '[{"field":"name","new":"Linkage broker, CADIN (illustrative)"},{"field":"organisationId","new":"75805dc9-5396-4ca3-aa7c-d497878bad7c"},{"field":"role","new":"Vertical Linkages Unit"},{"field":"sex","new":"female"}]');
INSERT INTO public.audit_entries VALUES ('825a6cce-2981-4500-8fb7-e9061259d6b7', 'actor', '3a7ca3a1-c08a-4438-ad60-5f87f162ed67', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.506635+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Pune food processors'' association (illustrative)"},{"field":"institutionType","new":"business_association"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('a880eb17-3770-4761-9b1a-a94b3df6204e', 'actor', '1aa3370e-745e-48fb-bc46-603dea0ed5d6', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.509838+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Food testing laboratory, Pune (illustrative)"},{"field":"institutionType","new":"laboratory"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('fb15b516-3d7d-4b80-8659-607ed6d3bdcc', 'actor', 'e6f83554-1db2-40d8-b6bf-78491a565d7f', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.512995+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"State food and drug administration (illustrative)"},{"field":"institutionType","new":"government_agency"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('a094cdf8-f061-4eec-9672-aa67e89bdc70', 'actor', '5003dce5-b777-499a-bd43-a48124d6ad1c', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.516063+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Pune pickle and spice maker (illustrative)"},{"field":"country","new":"IN"},{"field":"employees","new":"12"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('626ea5e2-09bb-4446-91e5-483aeb5b828f', 'actor', '7808206d-3582-41d5-b080-79f90ce90ee6', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.519041+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Local development foundation, Boaco (illustrative)"},{"field":"institutionType","new":"ngo"},{"field":"country","new":"NI"}]');
INSERT INTO public.audit_entries VALUES ('0b3a3ec8-0cc0-4760-b588-862718311d51', 'actor', '7314aed3-24d5-4e42-bff4-7dca2b7051d9', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.522133+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Boaco cheese producers'' cooperative (illustrative)"},{"field":"institutionType","new":"cooperative"},{"field":"country","new":"NI"}]');
INSERT INTO public.audit_entries VALUES ('b0297e68-77e8-41ba-97fb-ed937c58a864', 'actor', '6f31a935-1fdb-4d30-8aec-9975ab04b805', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.525847+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Cheese maker, Boaco (illustrative)"},{"field":"country","new":"NI"},{"field":"employees","new":"12"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('a630aae7-177b-400e-93ea-3d82832b0eeb', 'actor', '180e0498-95d0-446e-a8d3-38685b102c1c', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.529379+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Local NGO, Ludhiana (illustrative)"},{"field":"institutionType","new":"ngo"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('a8bcf8b7-3415-44c4-a203-b2fd28c3101f', 'actor', '28c37ade-8267-43bd-9844-09c0fbc37b0e', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.532763+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Japanese machinery company (illustrative name)"},{"field":"country","new":"IN"},{"field":"employees","new":"900"},{"field":"sizeClass","new":"large"}]');
INSERT INTO public.audit_entries VALUES ('55414fd2-aa5a-4cf3-9bb6-bdc7ff55cf4e', 'actor', 'e2cbe713-6eac-4339-b7ac-2999a63e3280', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.53604+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Department of Science and Technology, Government of India"},{"field":"institutionType","new":"government_agency"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('f31b9b47-bd87-4704-8396-f98110052f70', 'actor', 'f8ddcb93-f1f5-4a81-9663-1c664d66395a', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.539087+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 1 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"4"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('93a04035-1bef-4e5b-a334-f8b6919f8b20', 'actor', 'a63c6fe8-534e-40a4-9e9f-00d99723bb0f', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.542074+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 2 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"5"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('47e24d1e-92e5-495c-84dc-5ccadf429cb1', 'actor', '3f730e9c-3f46-4569-98c6-0bc9463df695', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.545115+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 3 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"6"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('7cc8fe1c-5956-408f-b70b-11c35c674022', 'actor', '4f811958-2f45-4eeb-b8c1-858733fb0219', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.548537+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 4 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"3"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('8e023c17-095b-41c9-b898-d2c58fbd2d98', 'actor', '99ca6170-c4c0-4578-9670-71b5b519971f', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.552548+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 5 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"4"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('edbbf8c8-633d-49d7-9232-50b56cc567cb', 'actor', '902fca61-5f30-41a7-ae92-dd4a1973f418', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.556128+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 6 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"5"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('d7338b64-a2cc-415a-bd9b-d3adfaf4df9e', 'actor', 'a6165acb-12ad-42aa-a69f-dba56a0a3419', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.559844+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 7 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"6"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('1fe8da7e-6ded-4af7-a322-fc18950b68e6', 'actor', 'da45fede-c1de-4b44-8079-4a64d59bf34b', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.563462+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Bagru block printer 8 (illustrative)"},{"field":"country","new":"IN"},{"field":"location","new":"Bagru"},{"field":"employees","new":"3"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('dbf3df1e-e143-4d85-869c-dde7d943ad95', 'diagnostic', 'c249b51b-72d7-46de-83ec-6359c2165685', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.576843+00', '[{"field":"title","new":"Pune food processing cluster diagnostic"},{"field":"version","new":"1"},{"field":"status","new":"draft"},{"field":"startedOn","new":"1998-01-15"},{"field":"productionSystem","new":"Small food processors (pickles, spices, snacks) buying from local farmers and selling through traders."},{"field":"institutionalSystem","new":"Representation fragmented among many small associations; no dialogue with the federal food regulator."},{"field":"weaknesses","new":"Little use of existing testing facilities, Fragmented associations"},{"field":"opportunities","new":"Growing demand for packaged foods"},{"field":"threats","new":"Audits under the Food Adulteration Act"},{"field":"findings","new":"The groups see the same problem differently; dialogue must come first."}]');
INSERT INTO public.audit_entries VALUES ('ac764f96-22a1-43b8-8cd7-b93c679e133b', 'perception', '4f02e9b3-19e0-4e4a-821d-223651707a5c', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.5857+00', '[{"field":"diagnosticId","new":"c249b51b-72d7-46de-83ec-6359c2165685"},{"field":"theme","new":"Food safety regulation"},{"field":"stakeholderGroup","new":"entrepreneurs"},{"field":"severity","new":"major"},{"field":"statement","new":"The Food Adulteration Act is too stringent; relax it and exempt us from the feared audits."}]');
INSERT INTO public.audit_entries VALUES ('db745108-60c8-40b7-967b-db6c9c844ca6', 'perception', '805f8a49-9eca-4c88-984a-603f405aa98f', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.593906+00', '[{"field":"diagnosticId","new":"c249b51b-72d7-46de-83ec-6359c2165685"},{"field":"theme","new":"Food safety regulation"},{"field":"stakeholderGroup","new":"support_institutions"},{"field":"severity","new":"not_a_problem"},{"field":"statement","new":"The law is sound; entrepreneurs do not value product safety and rely on traditional practices."}]');
INSERT INTO public.audit_entries VALUES ('f46ca412-0aec-4c99-92e6-2dabbf6b4417', 'perception', 'a89a425f-e628-48c1-8294-850c6a29771d', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.601293+00', '[{"field":"diagnosticId","new":"c249b51b-72d7-46de-83ec-6359c2165685"},{"field":"theme","new":"Food safety regulation"},{"field":"stakeholderGroup","new":"government"},{"field":"severity","new":"not_a_problem"},{"field":"statement","new":"Regulations protect consumers; producers must comply."}]');
INSERT INTO public.audit_entries VALUES ('817a8e51-dec1-4bcd-b2ac-2d71ebbc01ce', 'perception', '540e0add-b4b7-4190-af75-9034da0a6a8a', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.608801+00', '[{"field":"diagnosticId","new":"c249b51b-72d7-46de-83ec-6359c2165685"},{"field":"theme","new":"Knowledge of the law"},{"field":"stakeholderGroup","new":"entrepreneurs"},{"field":"severity","new":"major"},{"field":"statement","new":"We cannot keep up with the continuous amendments of the law."}]');
INSERT INTO public.audit_entries VALUES ('84a72ee5-08a1-4f95-a18c-e757d8372ffe', 'perception', 'b984806b-359d-4752-bdb3-9de547f74769', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.616411+00', '[{"field":"diagnosticId","new":"c249b51b-72d7-46de-83ec-6359c2165685"},{"field":"theme","new":"Knowledge of the law"},{"field":"stakeholderGroup","new":"support_institutions"},{"field":"severity","new":"major"},{"field":"statement","new":"Producers ignore the rules they must meet."}]');
INSERT INTO public.audit_entries VALUES ('fb4a5a14-558f-4886-80fb-8478f9927005', 'perception', 'bb529879-bf50-47e6-b126-2b35babd1114', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.623807+00', '[{"field":"diagnosticId","new":"c249b51b-72d7-46de-83ec-6359c2165685"},{"field":"theme","new":"Testing facilities"},{"field":"stakeholderGroup","new":"entrepreneurs"},{"field":"severity","new":"major"},{"field":"statement","new":"There are no reliable and independent testing facilities to monitor our compliance."}]');
INSERT INTO public.audit_entries VALUES ('fb040e8f-5fbe-4a6d-a67a-9b388918faea', 'perception', '1b92d7cc-fede-4c02-a2e9-b678faf62b7b', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.631616+00', '[{"field":"diagnosticId","new":"c249b51b-72d7-46de-83ec-6359c2165685"},{"field":"theme","new":"Testing facilities"},{"field":"stakeholderGroup","new":"support_institutions"},{"field":"severity","new":"minor"},{"field":"statement","new":"Modern testing equipment exists but producers do not use it."}]');
INSERT INTO public.audit_entries VALUES ('97f7861d-fdcb-4d28-b463-8947335ef357', 'perception', '11c63219-5403-4521-93a5-3b8a863460a5', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.639022+00', '[{"field":"diagnosticId","new":"c249b51b-72d7-46de-83ec-6359c2165685"},{"field":"theme","new":"Representation"},{"field":"stakeholderGroup","new":"entrepreneurs"},{"field":"severity","new":"major"},{"field":"statement","new":"Our associations are too fragmented to talk to the regulator in New Delhi."}]');
INSERT INTO public.audit_entries VALUES ('1fc42be9-9ee3-4550-9736-0e8ad8e22272', 'chain_stage', '4facd642-6594-4e14-94f3-ab81441bd817', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.647439+00', '[{"field":"diagnosticId","new":"c249b51b-72d7-46de-83ec-6359c2165685"},{"field":"position","new":"1"},{"field":"name","new":"Procurement of produce"},{"field":"bottlenecks","new":"Quality of raw material not tested"}]');
INSERT INTO public.audit_entries VALUES ('5b99cdc2-e60b-40ae-aadc-b61727a4ee1a', 'result', 'ef8c03fc-f81b-4376-9ce9-8529d2b5c3b6', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.488904+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('310e7f8d-ee53-4ce4-ba79-2c11b221fdca', 'chain_stage', 'beba8c84-e4fc-440e-a585-451a7d0a5b6e', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.65731+00', '[{"field":"diagnosticId","new":"c249b51b-72d7-46de-83ec-6359c2165685"},{"field":"position","new":"2"},{"field":"name","new":"Processing"},{"field":"bottlenecks","new":"Traditional practices, little hygiene control"}]');
INSERT INTO public.audit_entries VALUES ('0f660f85-c2f3-4ac7-8485-1ab627335c29', 'chain_stage', '292b330c-dcf5-44ac-8e37-baec9129cbc6', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.665731+00', '[{"field":"diagnosticId","new":"c249b51b-72d7-46de-83ec-6359c2165685"},{"field":"position","new":"3"},{"field":"name","new":"Testing"},{"field":"bottlenecks","new":"Existing laboratories unused"}]');
INSERT INTO public.audit_entries VALUES ('76c16ce7-8af0-4f92-b20b-51f2890bd75e', 'chain_stage', '5c3b3175-77d1-472b-87f2-b7c5750a455c', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.672956+00', '[{"field":"diagnosticId","new":"c249b51b-72d7-46de-83ec-6359c2165685"},{"field":"position","new":"4"},{"field":"name","new":"Marketing"},{"field":"bottlenecks","new":"Fear of audits keeps firms small"}]');
INSERT INTO public.audit_entries VALUES ('76350fd5-fcf2-4e39-afe3-d197ba3666ab', 'event', '9c3e7f8c-ad32-4cd6-aaab-f71d6f5a9514', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.679185+00', '[{"field":"type","new":"bilateral_meeting"},{"field":"title","new":"Interviews with food processors"},{"field":"heldOn","new":"1998-03-10"},{"field":"actorIds","new":"5003dce5-b777-499a-bd43-a48124d6ad1c"},{"field":"men","new":"6"},{"field":"countEntrepreneurs","new":"6"}]');
INSERT INTO public.audit_entries VALUES ('7a58a50d-c3e6-4e74-9fde-be91c5742239', 'event', '9cdc13b8-dce2-4fef-b5b7-afab3054c322', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.688808+00', '[{"field":"type","new":"bilateral_meeting"},{"field":"title","new":"Meeting with the testing laboratory"},{"field":"heldOn","new":"1998-04-02"},{"field":"actorIds","new":"1aa3370e-745e-48fb-bc46-603dea0ed5d6"},{"field":"men","new":"2"}]');
INSERT INTO public.audit_entries VALUES ('6b38e743-292c-4e8c-982b-d0fb0c22c6ae', 'event', '9d37d562-6af1-4c0f-9be5-8aebbd74d244', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.696953+00', '[{"field":"type","new":"group_meeting"},{"field":"title","new":"Entrepreneurs meet the food administration"},{"field":"heldOn","new":"1998-07-20"},{"field":"actorIds","new":"5003dce5-b777-499a-bd43-a48124d6ad1c, 3a7ca3a1-c08a-4438-ad60-5f87f162ed67, e6f83554-1db2-40d8-b6bf-78491a565d7f, 1aa3370e-745e-48fb-bc46-603dea0ed5d6"},{"field":"women","new":"4"},{"field":"men","new":"21"},{"field":"countEntrepreneurs","new":"18"},{"field":"outcomes","new":"Entrepreneurs admit they do not know the law; demand for an information point."}]');
INSERT INTO public.audit_entries VALUES ('785fac99-fe14-4423-ab06-b835492ab95c', 'event', '20821ab0-909c-4c37-8a51-cce135f814f7', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.705445+00', '[{"field":"type","new":"validation_meeting"},{"field":"title","new":"Validation of the diagnostic"},{"field":"heldOn","new":"1998-09-30"},{"field":"actorIds","new":"3a7ca3a1-c08a-4438-ad60-5f87f162ed67, e6f83554-1db2-40d8-b6bf-78491a565d7f, 1aa3370e-745e-48fb-bc46-603dea0ed5d6"},{"field":"women","new":"5"},{"field":"men","new":"30"},{"field":"outcomes","new":"Umbrella organisation and technical centre put forward."}]');
INSERT INTO public.audit_entries VALUES ('80932f9b-c900-401b-aa68-1880de58191c', 'linkage', '0bfdaf7f-66d8-46ee-9b6a-ab0ce7437d19', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.716194+00', '[{"field":"fromActorId","new":"3a7ca3a1-c08a-4438-ad60-5f87f162ed67"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"e6f83554-1db2-40d8-b6bf-78491a565d7f"},{"field":"status","new":"missing"},{"field":"recordedOn","new":"1998-02-01"}]');
INSERT INTO public.audit_entries VALUES ('0decd473-67a6-41b2-af2e-9d95889d25d8', 'linkage', '9bf1af9a-6d81-42ec-be44-43e0f7f6f4cb', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.72451+00', '[{"field":"fromActorId","new":"1aa3370e-745e-48fb-bc46-603dea0ed5d6"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"5003dce5-b777-499a-bd43-a48124d6ad1c"},{"field":"status","new":"to_strengthen"},{"field":"recordedOn","new":"1998-02-01"}]');
INSERT INTO public.audit_entries VALUES ('a509ff5b-a608-493a-bec3-42849afdab6a', 'linkage', 'd5feb5d9-4a41-4ef9-8bab-986d68f74a54', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.732377+00', '[{"field":"fromActorId","new":"5003dce5-b777-499a-bd43-a48124d6ad1c"},{"field":"tieType","new":"member_of"},{"field":"toActorId","new":"3a7ca3a1-c08a-4438-ad60-5f87f162ed67"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"1998-02-01"}]');
INSERT INTO public.audit_entries VALUES ('9154add1-507c-4a43-a587-4f0edd77e19a', 'linkage', 'eaa9fdb0-defd-4391-ba53-78582c5f96e8', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.740963+00', '[{"field":"fromActorId","new":"3a7ca3a1-c08a-4438-ad60-5f87f162ed67"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"e6f83554-1db2-40d8-b6bf-78491a565d7f"},{"field":"status","new":"to_strengthen"},{"field":"recordedOn","new":"1998-09-30"}]');
INSERT INTO public.audit_entries VALUES ('d43c29f1-a0f2-46f9-99b6-d741d6c1243f', 'diagnostic', '4625effe-537f-48cb-aa23-ced5238941a0', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.74614+00', '[{"field":"title","new":"Jaipur block printing cluster diagnostic"},{"field":"version","new":"1"},{"field":"status","new":"draft"},{"field":"startedOn","new":"1997-02-01"},{"field":"productionSystem","new":"About 350 small firms in hand-block and screen printing employing almost 10,000 workers; screen printers copy designs and use synthetic dyes."},{"field":"background","new":"Twenty years of bitter competition among block printers."},{"field":"earlierCooperation","new":"An attempt to cooperate failed some twenty years before; no move since."},{"field":"strengths","new":"Long tradition of hand-block printing, Natural dyes"},{"field":"opportunities","new":"Worldwide appreciation for ethnic design and eco-friendly dyes"},{"field":"threats","new":"Screen printers copying designs at lower cost"},{"field":"findings","new":"Unexploited capacity to target profitable national and world markets; marketing skills lacking."}]');
INSERT INTO public.audit_entries VALUES ('9d36594a-e6b1-4db0-aaf2-e156203623b4', 'result', 'ce5b8295-679f-47e1-ad8b-7832c0839a1d', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.765101+00', '[{"field":"indicatorId","new":"01a40355-61a7-4db6-a29b-70a7aa1056d8"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"7c7197da-b8e5-417a-a31b-3a4df5b178b6"},{"field":"observedOn","new":"1997-08-20"},{"field":"value","new":"26"},{"field":"diagnosticId","new":"4625effe-537f-48cb-aa23-ced5238941a0"},{"field":"source","new":"Diagnostic study"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('1133650e-a170-47e0-92d8-a8fc19797b5c', 'result', '348fb2bb-83c1-4297-b530-0dd5882398f9', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.788458+00', '[{"field":"indicatorId","new":"01a40355-61a7-4db6-a29b-70a7aa1056d8"},{"field":"kind","new":"target"},{"field":"actorId","new":"7c7197da-b8e5-417a-a31b-3a4df5b178b6"},{"field":"observedOn","new":"2001-12-31"},{"field":"value","new":"100"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('ffa854cc-c67d-40a7-a881-c584dd637635', 'result', 'b7faf34d-592b-4afe-a662-69736b9751e6', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.806602+00', '[{"field":"indicatorId","new":"01a40355-61a7-4db6-a29b-70a7aa1056d8"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"7c7197da-b8e5-417a-a31b-3a4df5b178b6"},{"field":"observedOn","new":"2001-06-30"},{"field":"value","new":"120"},{"field":"source","new":"CALICO register"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('9cf5e325-d54a-42de-ae14-557d7aadb52b', 'event', '62ddcec8-3fd3-4e68-81fd-358743837df5', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.813301+00', '[{"field":"type","new":"group_meeting"},{"field":"title","new":"Introductory meeting of block printers"},{"field":"heldOn","new":"1997-10-15"},{"field":"actorIds","new":"f8ddcb93-f1f5-4a81-9663-1c664d66395a, a63c6fe8-534e-40a4-9e9f-00d99723bb0f"},{"field":"men","new":"4"},{"field":"countEntrepreneurs","new":"4"},{"field":"outcomes","new":"Most firms declined to attend; those who came were hostile."}]');
INSERT INTO public.audit_entries VALUES ('195413e6-f048-4455-8513-3f9b1b2616fb', 'event', 'db2a8f3c-6a75-43c8-822c-f5ab5f997f1e', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.823708+00', '[{"field":"type","new":"bilateral_meeting"},{"field":"title","new":"One-to-one interviews with young artisans"},{"field":"heldOn","new":"1998-01-20"},{"field":"actorIds","new":"3f730e9c-3f46-4569-98c6-0bc9463df695, 4f811958-2f45-4eeb-b8c1-858733fb0219, 99ca6170-c4c0-4578-9670-71b5b519971f"},{"field":"men","new":"12"},{"field":"countEntrepreneurs","new":"12"}]');
INSERT INTO public.audit_entries VALUES ('018f9679-9a45-4b09-b294-bc4206b96eec', 'result', '55aa95f8-cf4f-4851-9f52-769e0961f21c', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.196186+00', '[{"field":"indicatorId","new":"c49afc25-9409-4f51-a03e-f4623d31a37b"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"6f31a935-1fdb-4d30-8aec-9975ab04b805"},{"field":"observedOn","new":"2000-12-31"},{"field":"value","new":"12.5"},{"field":"source","new":"+25 % as reported"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('0a2a0b79-806a-4f1a-8937-d6971390fcb9', 'event', 'a6eb7361-43f9-48a3-9a7e-dc975de29533', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.834374+00', '[{"field":"type","new":"training"},{"field":"title","new":"Market-orientation training for 23 young artisans"},{"field":"heldOn","new":"1998-03-02"},{"field":"actorIds","new":"3f730e9c-3f46-4569-98c6-0bc9463df695, 4f811958-2f45-4eeb-b8c1-858733fb0219, 99ca6170-c4c0-4578-9670-71b5b519971f, b4988350-e3da-416e-b2c2-ff4a29c41393, 4fbcf1a7-d4ae-404f-8781-46774b3a622f"},{"field":"men","new":"23"},{"field":"countEntrepreneurs","new":"23"},{"field":"outcomes","new":"Average age 21; marketing promotion, quality testing, product development, advertising, distribution."}]');
INSERT INTO public.audit_entries VALUES ('54d4b266-b53f-483e-8aff-d596e5eb9268', 'event', '6d7864ba-8678-4384-a1fe-e093493c9c21', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.845024+00', '[{"field":"type","new":"study_tour"},{"field":"title","new":"Study tour to Delhi showrooms and Jaipur trading houses"},{"field":"heldOn","new":"1998-04-10"},{"field":"actorIds","new":"3f730e9c-3f46-4569-98c6-0bc9463df695, 4f811958-2f45-4eeb-b8c1-858733fb0219, 99ca6170-c4c0-4578-9670-71b5b519971f"},{"field":"men","new":"23"},{"field":"countEntrepreneurs","new":"23"}]');
INSERT INTO public.audit_entries VALUES ('c1fc8055-76d5-4de5-8928-78d44274bb3a', 'event', 'a19f1f0f-1a7c-4ece-be46-520e39e317fd', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.855594+00', '[{"field":"type","new":"group_meeting"},{"field":"title","new":"Artisans'' meeting: parents attend"},{"field":"heldOn","new":"1998-07-15"},{"field":"actorIds","new":"f8ddcb93-f1f5-4a81-9663-1c664d66395a, a63c6fe8-534e-40a4-9e9f-00d99723bb0f, 3f730e9c-3f46-4569-98c6-0bc9463df695, 4f811958-2f45-4eeb-b8c1-858733fb0219, 99ca6170-c4c0-4578-9670-71b5b519971f, 902fca61-5f30-41a7-ae92-dd4a1973f418, a6165acb-12ad-42aa-a69f-dba56a0a3419, da45fede-c1de-4b44-8079-4a64d59bf34b, 7c7197da-b8e5-417a-a31b-3a4df5b178b6"},{"field":"women","new":"6"},{"field":"men","new":"38"},{"field":"countEntrepreneurs","new":"40"},{"field":"outcomes","new":"Parents who had declined earlier now take part."}]');
INSERT INTO public.audit_entries VALUES ('7e023c4e-7f75-4deb-b743-c46a027990c9', 'event', '0b814668-37de-48d8-8113-735fe1278bf1', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.865495+00', '[{"field":"type","new":"trade_fair"},{"field":"title","new":"Joint stand at a national handicrafts fair"},{"field":"heldOn","new":"1999-02-05"},{"field":"actorIds","new":"7c7197da-b8e5-417a-a31b-3a4df5b178b6, d2946408-d4db-4aa3-b720-ff7917f6691c, 902fca61-5f30-41a7-ae92-dd4a1973f418, a6165acb-12ad-42aa-a69f-dba56a0a3419"},{"field":"women","new":"3"},{"field":"men","new":"9"}]');
INSERT INTO public.audit_entries VALUES ('f04cc871-3f8a-46db-8130-4ba1b93904fb', 'linkage', '8de10637-2ecf-4d21-ad36-8675c7192701', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.875211+00', '[{"field":"fromActorId","new":"f8ddcb93-f1f5-4a81-9663-1c664d66395a"},{"field":"tieType","new":"in_conflict_with"},{"field":"toActorId","new":"a63c6fe8-534e-40a4-9e9f-00d99723bb0f"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"1997-05-01"}]');
INSERT INTO public.audit_entries VALUES ('de884f79-06ae-4e9f-928d-9658e82e85c7', 'linkage', 'f9f88f0b-9575-42a6-bc05-a1db22fbbe61', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.883456+00', '[{"field":"fromActorId","new":"f8ddcb93-f1f5-4a81-9663-1c664d66395a"},{"field":"tieType","new":"member_of"},{"field":"toActorId","new":"7c7197da-b8e5-417a-a31b-3a4df5b178b6"},{"field":"status","new":"missing"},{"field":"recordedOn","new":"1997-05-01"}]');
INSERT INTO public.audit_entries VALUES ('fdad8559-7098-4986-801f-5a4abace8187', 'linkage', 'c62cc273-2669-4269-914e-fbb2f819830d', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.891998+00', '[{"field":"fromActorId","new":"4fbcf1a7-d4ae-404f-8781-46774b3a622f"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"3f730e9c-3f46-4569-98c6-0bc9463df695"},{"field":"status","new":"missing"},{"field":"recordedOn","new":"1997-05-01"}]');
INSERT INTO public.audit_entries VALUES ('27671856-0fc5-4b5e-9878-a697d7087955', 'linkage', 'ab73d5fa-10d4-4c79-b57b-b9c586463bd2', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.900637+00', '[{"field":"fromActorId","new":"f8ddcb93-f1f5-4a81-9663-1c664d66395a"},{"field":"tieType","new":"member_of"},{"field":"toActorId","new":"7c7197da-b8e5-417a-a31b-3a4df5b178b6"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('3b8248a3-1eaa-4aff-9e7a-925439773ab1', 'linkage', '9cb47e19-087c-49a8-a858-cde1225a39f9', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.913575+00', '[{"field":"fromActorId","new":"4fbcf1a7-d4ae-404f-8781-46774b3a622f"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"3f730e9c-3f46-4569-98c6-0bc9463df695"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('d81e750e-7fe1-4048-af04-cefa4cf3bfeb', 'linkage', 'd9511dff-80fe-4e61-8005-d615fa07af09', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.922829+00', '[{"field":"fromActorId","new":"f8ddcb93-f1f5-4a81-9663-1c664d66395a"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"a63c6fe8-534e-40a4-9e9f-00d99723bb0f"},{"field":"status","new":"to_strengthen"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('451121f5-e5d9-4a5c-b589-713b88f4d58f', 'linkage', '2e15cf45-4fee-46f4-b628-52cb7be3be4d', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.932876+00', '[{"field":"fromActorId","new":"3f730e9c-3f46-4569-98c6-0bc9463df695"},{"field":"tieType","new":"supplier_of"},{"field":"toActorId","new":"902fca61-5f30-41a7-ae92-dd4a1973f418"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('db1828d7-20d8-4de4-b05c-c2c550e9628e', 'linkage', '6c99d82c-6ce0-48ac-a89a-c3990dd6fd28', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.942119+00', '[{"field":"fromActorId","new":"4f811958-2f45-4eeb-b8c1-858733fb0219"},{"field":"tieType","new":"supplier_of"},{"field":"toActorId","new":"902fca61-5f30-41a7-ae92-dd4a1973f418"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('e3973e12-325f-453a-b63a-920c1cf70847', 'linkage', 'be4314ee-8078-49ce-9889-9926dead7e60', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.950887+00', '[{"field":"fromActorId","new":"99ca6170-c4c0-4578-9670-71b5b519971f"},{"field":"tieType","new":"supplier_of"},{"field":"toActorId","new":"a6165acb-12ad-42aa-a69f-dba56a0a3419"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('708f025b-b2df-4811-b627-8479bf440488', 'linkage', 'a3b35f3a-54ab-4bbe-8cfb-c87ec35d0c6a', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.960295+00', '[{"field":"fromActorId","new":"3f730e9c-3f46-4569-98c6-0bc9463df695"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"4f811958-2f45-4eeb-b8c1-858733fb0219"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('69f2b36b-ffed-4606-9109-80e048c2d125', 'linkage', 'a0047977-0e21-402c-afcf-2deb689973f0', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.975194+00', '[{"field":"fromActorId","new":"902fca61-5f30-41a7-ae92-dd4a1973f418"},{"field":"tieType","new":"supplier_of"},{"field":"toActorId","new":"d2946408-d4db-4aa3-b720-ff7917f6691c"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('8c5583ae-fa05-45f3-b749-7bf49389294f', 'linkage', '4c64861a-2370-48f0-8d35-25b760e97322', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.984825+00', '[{"field":"fromActorId","new":"a6165acb-12ad-42aa-a69f-dba56a0a3419"},{"field":"tieType","new":"supplier_of"},{"field":"toActorId","new":"d2946408-d4db-4aa3-b720-ff7917f6691c"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('c5f6c45f-6c7d-4b37-91a8-18aa1c1859c1', 'linkage', '365551df-60e6-4946-92d9-a3362f5c7450', 'create', NULL, 'demo loader', '2026-12-03 10:14:47.994291+00', '[{"field":"fromActorId","new":"da45fede-c1de-4b44-8079-4a64d59bf34b"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"902fca61-5f30-41a7-ae92-dd4a1973f418"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('f962ed53-e4d2-4109-90f4-1a601d7fbcc8', 'linkage', '2d88cc01-08af-4dbd-b24c-46ce6b7b77f1', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.004103+00', '[{"field":"fromActorId","new":"5edf0641-75e9-4eeb-aa00-4bbd898d5684"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"902fca61-5f30-41a7-ae92-dd4a1973f418"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('0e8bd56f-204d-475a-b62e-7098f0d4e767', 'linkage', '7a9effd5-c5b7-40fd-8e30-6ea1db027dea', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.01398+00', '[{"field":"fromActorId","new":"a63c6fe8-534e-40a4-9e9f-00d99723bb0f"},{"field":"tieType","new":"member_of"},{"field":"toActorId","new":"7c7197da-b8e5-417a-a31b-3a4df5b178b6"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('774c843e-d1c1-43aa-8bcb-a70ba39d08d9', 'result', '55aa95f8-cf4f-4851-9f52-769e0961f21c', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.494825+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('bb6ee93c-e502-493a-a87a-6c8868e672e6', 'chain_stage', '298a75a7-3684-40ce-9b50-046766f4b28e', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.024568+00', '[{"field":"diagnosticId","new":"4625effe-537f-48cb-aa23-ced5238941a0"},{"field":"position","new":"1"},{"field":"name","new":"Dyeing and hand-block printing"},{"field":"actorIds","new":"f8ddcb93-f1f5-4a81-9663-1c664d66395a, a63c6fe8-534e-40a4-9e9f-00d99723bb0f, 3f730e9c-3f46-4569-98c6-0bc9463df695, 4f811958-2f45-4eeb-b8c1-858733fb0219, 99ca6170-c4c0-4578-9670-71b5b519971f"},{"field":"bottlenecks","new":"Screen printers copy designs at lower cost"}]');
INSERT INTO public.audit_entries VALUES ('e1977028-acef-40cd-9707-5c939e8f793a', 'chain_stage', 'a5f27a90-04d5-4ff1-b1b0-b114b8648920', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.03712+00', '[{"field":"diagnosticId","new":"4625effe-537f-48cb-aa23-ced5238941a0"},{"field":"position","new":"2"},{"field":"name","new":"Finishing and tailoring"},{"field":"actorIds","new":"902fca61-5f30-41a7-ae92-dd4a1973f418, a6165acb-12ad-42aa-a69f-dba56a0a3419, da45fede-c1de-4b44-8079-4a64d59bf34b"},{"field":"bottlenecks","new":"Few units finish to export quality"}]');
INSERT INTO public.audit_entries VALUES ('1643b6ec-8217-4e0a-a74c-1f9d3ae0d421', 'chain_stage', 'ab2daed5-e7e9-4bf8-bae5-b8857a82f188', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.051597+00', '[{"field":"diagnosticId","new":"4625effe-537f-48cb-aa23-ced5238941a0"},{"field":"position","new":"3"},{"field":"name","new":"Marketing and export"},{"field":"actorIds","new":"d2946408-d4db-4aa3-b720-ff7917f6691c"},{"field":"bottlenecks","new":"No direct access to buyers abroad"}]');
INSERT INTO public.audit_entries VALUES ('53e6b4e6-4f3c-495f-b2e8-db265bf25d95', 'action_plan', 'fd9ee62e-99b3-4d5d-8c1f-b6aa071c6645', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.061316+00', '[{"field":"vision","new":"Revalue the traditional form of production and improve the living standards of the artisans."},{"field":"objectives","new":"Reach profitable markets, An autonomous governance framework"},{"field":"adoptedOn","new":"1998-10-01"},{"field":"currency","new":"USD"},{"field":"version","new":"1"}]');
INSERT INTO public.audit_entries VALUES ('b9346b2d-1e9d-4d68-b51a-c1888d00b866', 'action', '29506f0c-6623-471a-bfad-27eec608adb6', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.069793+00', '[{"field":"title","new":"Common showroom"},{"field":"objective","new":"Reach profitable markets"},{"field":"type","new":"joint_marketing"},{"field":"leadActorId","new":"7c7197da-b8e5-417a-a31b-3a4df5b178b6"},{"field":"startOn","new":"1999-01-01"},{"field":"endOn","new":"1999-12-31"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"},{"field":"achievedOutputs","new":"A common showroom opened."}]');
INSERT INTO public.audit_entries VALUES ('fc4a1193-e22a-40b9-94dd-c87b6c4430f0', 'action', '27d18447-6718-4f15-bfe1-9bd22af65412', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.079045+00', '[{"field":"title","new":"New products and designs with NIFT"},{"field":"objective","new":"Reach profitable markets"},{"field":"type","new":"technical_assistance"},{"field":"leadActorId","new":"5edf0641-75e9-4eeb-aa00-4bbd898d5684"},{"field":"startOn","new":"1999-03-01"},{"field":"endOn","new":"2000-12-31"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('2fc2be7f-82d1-4ede-9fae-f9fd0baf4cc8', 'action', '789fff8f-e1cf-4f2f-aa53-c4f56a33c464', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.0867+00', '[{"field":"title","new":"Credit scheme"},{"field":"objective","new":"Reach profitable markets"},{"field":"type","new":"finance"},{"field":"leadActorId","new":"4fbcf1a7-d4ae-404f-8781-46774b3a622f"},{"field":"startOn","new":"1999-06-01"},{"field":"endOn","new":"2001-06-30"},{"field":"status","new":"in_progress"},{"field":"percentComplete","new":"60"}]');
INSERT INTO public.audit_entries VALUES ('4ff1806c-6cdc-4a2f-a5fe-73f38d05e269', 'action', '218d50fc-6138-4f4f-ab17-ceb928408fff', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.094428+00', '[{"field":"title","new":"Revitalise CALICO"},{"field":"objective","new":"An autonomous governance framework"},{"field":"type","new":"institutional_capacity"},{"field":"leadActorId","new":"7c7197da-b8e5-417a-a31b-3a4df5b178b6"},{"field":"partnerIds","new":"b4988350-e3da-416e-b2c2-ff4a29c41393"},{"field":"startOn","new":"1998-10-01"},{"field":"endOn","new":"2001-06-30"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"},{"field":"achievedOutputs","new":"Membership from 26 to 120; COTEX formed."}]');
INSERT INTO public.audit_entries VALUES ('eb17e082-fdaa-49b8-bad6-69376e2eeb48', 'contribution', 'aa424563-e260-452b-8a22-c9cf59ac16f9', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.102576+00', '[{"field":"actionId","new":"29506f0c-6623-471a-bfad-27eec608adb6"},{"field":"funderName","new":"CALICO members"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"cash"},{"field":"pledged","new":"8000"},{"field":"pledgedOn","new":"1999-01-15"},{"field":"paid","new":"8000"},{"field":"paidOn","new":"1999-01-15"}]');
INSERT INTO public.audit_entries VALUES ('b58bf512-41fb-444a-9719-e2d4f5d310b0', 'contribution', 'df9bc200-1437-4d9e-9298-fc76e0d39d34', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.108747+00', '[{"field":"actionId","new":"29506f0c-6623-471a-bfad-27eec608adb6"},{"field":"funderName","new":"UNIDO project"},{"field":"funderKind","new":"project"},{"field":"form","new":"cash"},{"field":"pledged","new":"4000"},{"field":"pledgedOn","new":"1999-01-15"},{"field":"paid","new":"4000"},{"field":"paidOn","new":"1999-01-15"}]');
INSERT INTO public.audit_entries VALUES ('4db1896f-4f14-49c8-a669-3d055da444e4', 'handover_plan', '45c96c7d-13b6-46bc-bc59-aa8a17c88c59', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.115961+00', '[{"field":"institutionId","new":"b4988350-e3da-416e-b2c2-ff4a29c41393"},{"field":"agreedOn","new":"2000-01-15"},{"field":"takeoverOn","new":"2002-01-01"},{"field":"governance","new":"CALICO and COTEX with IIRD as cluster development agent."}]');
INSERT INTO public.audit_entries VALUES ('ebc8d9c0-ae80-4114-9de8-d2885c4749b8', 'diagnostic', '4b676b68-e65f-41ea-989f-e862ff8ce2ea', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.120767+00', '[{"field":"title","new":"Boaco and Chontales milk and cheese diagnostic"},{"field":"version","new":"1"},{"field":"status","new":"draft"},{"field":"startedOn","new":"1997-05-01"},{"field":"productionSystem","new":"Milk producers, collectors, processing cooperatives, testing laboratories and cheese retailers."},{"field":"institutionalSystem","new":"Many institutions (INPYME, INCAE, ministries, IDR) without coordination."},{"field":"findings","new":"Bottlenecks at every stage of the chain; quality and hygiene limit access to markets."}]');
INSERT INTO public.audit_entries VALUES ('1b4859fe-593c-4ec8-a2d5-5a5b47df0b87', 'chain_stage', '79f95d54-388e-46ab-a0cc-b41ed5fa16f5', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.127305+00', '[{"field":"diagnosticId","new":"4b676b68-e65f-41ea-989f-e862ff8ce2ea"},{"field":"position","new":"1"},{"field":"name","new":"Milk production"},{"field":"bottlenecks","new":"Irregular supply"}]');
INSERT INTO public.audit_entries VALUES ('5217a7ea-2033-4e72-84e6-95687f86a3b4', 'chain_stage', '2ac6f49a-21d4-42cd-8bd2-d6e68ad40b1e', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.13414+00', '[{"field":"diagnosticId","new":"4b676b68-e65f-41ea-989f-e862ff8ce2ea"},{"field":"position","new":"2"},{"field":"name","new":"Milk collection"},{"field":"bottlenecks","new":"No cooling, milk spoils"}]');
INSERT INTO public.audit_entries VALUES ('bde8a361-f1e1-44a0-a623-01ebc3156c14', 'chain_stage', 'd96d62bc-5f1b-4aa7-9664-120393792fcc', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.14157+00', '[{"field":"diagnosticId","new":"4b676b68-e65f-41ea-989f-e862ff8ce2ea"},{"field":"position","new":"3"},{"field":"name","new":"Cheese processing"},{"field":"bottlenecks","new":"Poor hygiene, low yields, untreated waste water"}]');
INSERT INTO public.audit_entries VALUES ('00713d25-3b5a-45b7-9656-317eeec01db1', 'chain_stage', 'bf10a5b9-37ce-4539-8b95-10e26c2ae5fc', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.149001+00', '[{"field":"diagnosticId","new":"4b676b68-e65f-41ea-989f-e862ff8ce2ea"},{"field":"position","new":"4"},{"field":"name","new":"Retail"},{"field":"bottlenecks","new":"Few cheese types, no norms"}]');
INSERT INTO public.audit_entries VALUES ('4d3c6833-1e83-4c95-97a6-de60a46392d0', 'result', '3c24f31d-2f5c-489c-baf1-980ec3904625', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.166409+00', '[{"field":"indicatorId","new":"c49afc25-9409-4f51-a03e-f4623d31a37b"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"6f31a935-1fdb-4d30-8aec-9975ab04b805"},{"field":"observedOn","new":"1997-11-20"},{"field":"value","new":"10"},{"field":"diagnosticId","new":"4b676b68-e65f-41ea-989f-e862ff8ce2ea"},{"field":"source","new":"Diagnostic study (illustrative value)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('7e1b97a2-aca1-411b-ab86-084edd3b534f', 'result', 'ef8c03fc-f81b-4376-9ce9-8529d2b5c3b6', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.181734+00', '[{"field":"indicatorId","new":"c49afc25-9409-4f51-a03e-f4623d31a37b"},{"field":"kind","new":"target"},{"field":"actorId","new":"6f31a935-1fdb-4d30-8aec-9975ab04b805"},{"field":"observedOn","new":"2001-12-31"},{"field":"value","new":"12"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('ecf8c113-d25e-43c2-9b18-1106fcc86232', 'result', '4343c5d7-c485-4fd6-abf1-d5542d3b5d27', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.50055+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('2303289a-7f45-4561-a3b0-80dbaefea580', 'result', '4343c5d7-c485-4fd6-abf1-d5542d3b5d27', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.210141+00', '[{"field":"indicatorId","new":"4cece83c-2768-4f05-bed7-4de83b7ee465"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1997-11-20"},{"field":"value","new":"1000"},{"field":"diagnosticId","new":"4b676b68-e65f-41ea-989f-e862ff8ce2ea"},{"field":"source","new":"Diagnostic study (illustrative value)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('7c109ef4-9a03-454a-8e06-92358ab9aecf', 'result', '2c9a29cd-27fd-48f3-b8f3-1b97cab52c5a', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.226664+00', '[{"field":"indicatorId","new":"4cece83c-2768-4f05-bed7-4de83b7ee465"},{"field":"kind","new":"target"},{"field":"observedOn","new":"2001-12-31"},{"field":"value","new":"400"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('1eb89e77-2037-4c54-904d-9e47f896856e', 'result', '2e90cfb5-6f14-463e-ba18-43989088bb8c', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.243714+00', '[{"field":"indicatorId","new":"4cece83c-2768-4f05-bed7-4de83b7ee465"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-12-31"},{"field":"value","new":"300"},{"field":"source","new":"Reduced up to 70 %"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('51670601-f500-4b7d-907f-05df4477f279', 'result', 'acba8530-42f2-4bfa-b6f5-591465146023', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.261701+00', '[{"field":"indicatorId","new":"0c1d1e1a-6864-458c-9e51-edf14ff29049"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1997-11-20"},{"field":"value","new":"0"},{"field":"diagnosticId","new":"4b676b68-e65f-41ea-989f-e862ff8ce2ea"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('e7a533a0-679d-4ef9-88cf-5a1f6327d65d', 'result', '809ff909-4105-4e64-906a-dee44c80fc51', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.276691+00', '[{"field":"indicatorId","new":"0c1d1e1a-6864-458c-9e51-edf14ff29049"},{"field":"kind","new":"target"},{"field":"observedOn","new":"2000-12-31"},{"field":"value","new":"4"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('2c48d29e-ddc2-42ed-a190-a57b5e87f825', 'result', 'b406533a-6c0a-4446-9b7e-c4607f702504', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.292362+00', '[{"field":"indicatorId","new":"0c1d1e1a-6864-458c-9e51-edf14ff29049"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-12-31"},{"field":"value","new":"5"},{"field":"source","new":"Five new types launched"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('577a924c-5274-4758-aef3-8ca8c9dfaa16', 'event', '49bceddb-4e01-4f3f-90d8-d44c8a240f54', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.298872+00', '[{"field":"type","new":"group_meeting"},{"field":"title","new":"Committee for institutional coordination"},{"field":"heldOn","new":"1997-09-10"},{"field":"actorIds","new":"78929e45-5931-43b5-b293-f16b25efa3ce, 7d15b17f-afb4-419d-b2d6-3863feb62d28"},{"field":"women","new":"3"},{"field":"men","new":"9"}]');
INSERT INTO public.audit_entries VALUES ('6c042aad-e2b7-44cc-ae62-9f58807b698d', 'event', 'bc39e25e-de14-43c3-a99c-7b50f50a4f39', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.308568+00', '[{"field":"type","new":"workshop"},{"field":"title","new":"Benchmarking with Latin American and Dutch dairy clusters"},{"field":"heldOn","new":"1998-02-12"},{"field":"actorIds","new":"78929e45-5931-43b5-b293-f16b25efa3ce, 7d15b17f-afb4-419d-b2d6-3863feb62d28, 7314aed3-24d5-4e42-bff4-7dca2b7051d9, 6f31a935-1fdb-4d30-8aec-9975ab04b805"},{"field":"women","new":"8"},{"field":"men","new":"27"},{"field":"countEntrepreneurs","new":"20"}]');
INSERT INTO public.audit_entries VALUES ('c9d62e1b-7ea4-422d-b3a8-5953c67f556e', 'event', 'cba55aa6-3d46-4a5f-a954-c2e05ad0d592', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.318551+00', '[{"field":"type","new":"training"},{"field":"title","new":"Hygiene and yield training for cheese makers"},{"field":"heldOn","new":"1998-06-08"},{"field":"actorIds","new":"6f31a935-1fdb-4d30-8aec-9975ab04b805, 7314aed3-24d5-4e42-bff4-7dca2b7051d9, 78929e45-5931-43b5-b293-f16b25efa3ce"},{"field":"women","new":"12"},{"field":"men","new":"18"},{"field":"countEntrepreneurs","new":"30"}]');
INSERT INTO public.audit_entries VALUES ('36fde8cc-969b-46ad-9767-adf7110d126a', 'linkage', 'f16d4691-dbef-4f25-899d-b57cbd808525', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.330082+00', '[{"field":"fromActorId","new":"6f31a935-1fdb-4d30-8aec-9975ab04b805"},{"field":"tieType","new":"buyer_of"},{"field":"toActorId","new":"7314aed3-24d5-4e42-bff4-7dca2b7051d9"},{"field":"status","new":"to_strengthen"},{"field":"recordedOn","new":"1997-06-01"}]');
INSERT INTO public.audit_entries VALUES ('893c7175-001e-4dce-83b8-e666390e151f', 'linkage', '52408d4a-119d-440c-9a87-1ee4ae86bfee', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.337949+00', '[{"field":"fromActorId","new":"204e8523-0407-40d0-8877-3ef4e6e9c5d6"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"6f31a935-1fdb-4d30-8aec-9975ab04b805"},{"field":"status","new":"missing"},{"field":"recordedOn","new":"1997-06-01"}]');
INSERT INTO public.audit_entries VALUES ('44f25757-2fc5-4d3d-98f9-2739320a4435', 'linkage', 'a3e19b80-10cb-45ff-90a9-4f8ceb50a1bc', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.34638+00', '[{"field":"fromActorId","new":"7314aed3-24d5-4e42-bff4-7dca2b7051d9"},{"field":"tieType","new":"member_of"},{"field":"toActorId","new":"e75bff5b-af8a-4115-8d99-1fb708ce67e8"},{"field":"status","new":"missing"},{"field":"recordedOn","new":"1997-06-01"}]');
INSERT INTO public.audit_entries VALUES ('7f97967c-8a13-4173-8a67-69794d399fdb', 'linkage', '812f2c48-1772-4cf3-8a80-ab171174f41e', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.354919+00', '[{"field":"fromActorId","new":"6f31a935-1fdb-4d30-8aec-9975ab04b805"},{"field":"tieType","new":"buyer_of"},{"field":"toActorId","new":"7314aed3-24d5-4e42-bff4-7dca2b7051d9"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('739aa1a6-f230-45e5-a659-cf9953b593a5', 'linkage', 'f58a3750-78df-4669-9b2a-d3b09d44c0fc', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.363471+00', '[{"field":"fromActorId","new":"7314aed3-24d5-4e42-bff4-7dca2b7051d9"},{"field":"tieType","new":"member_of"},{"field":"toActorId","new":"e75bff5b-af8a-4115-8d99-1fb708ce67e8"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('77d512f6-849f-4b45-a468-1d4604a84148', 'action_plan', 'b1a8fbc7-1613-4249-bacd-16ce91ccb000', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.36855+00', '[{"field":"vision","new":"A cluster known for safe, varied cheese made without harming its rivers."},{"field":"objectives","new":"Quality of cheese, Diversification, Environment, Organisation"},{"field":"adoptedOn","new":"1998-03-01"},{"field":"currency","new":"USD"},{"field":"version","new":"1"}]');
INSERT INTO public.audit_entries VALUES ('4fe53fc1-8e79-4a21-91f4-9806b632c1a0', 'action', 'c94acd7c-0cd5-46f2-a8a9-1f9e28196284', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.375804+00', '[{"field":"title","new":"Technical norms for fresh milk and milk products"},{"field":"objective","new":"Quality of cheese"},{"field":"type","new":"quality_standards"},{"field":"leadActorId","new":"78929e45-5931-43b5-b293-f16b25efa3ce"},{"field":"startOn","new":"1998-03-01"},{"field":"endOn","new":"1999-06-30"},{"field":"status","new":"in_progress"},{"field":"percentComplete","new":"60"}]');
INSERT INTO public.audit_entries VALUES ('3881046d-3395-475c-8610-bb985996b97c', 'action', '84771602-251f-4f83-bccb-275c5bd72a3e', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.384787+00', '[{"field":"title","new":"Product diversification"},{"field":"objective","new":"Diversification"},{"field":"type","new":"technical_assistance"},{"field":"leadActorId","new":"78929e45-5931-43b5-b293-f16b25efa3ce"},{"field":"partnerIds","new":"5605b6a1-3365-4b11-9a34-c21223b1e1a3"},{"field":"startOn","new":"1998-06-01"},{"field":"endOn","new":"2000-12-31"},{"field":"status","new":"in_progress"},{"field":"percentComplete","new":"40"}]');
INSERT INTO public.audit_entries VALUES ('4364713a-abb9-47f0-8bdd-9fd36bd73b5c', 'action', 'f4711c53-d59c-4fa8-bc2d-918736105e14', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.393066+00', '[{"field":"title","new":"Waste-water treatment and relocation study"},{"field":"objective","new":"Environment"},{"field":"type","new":"infrastructure"},{"field":"leadActorId","new":"7314aed3-24d5-4e42-bff4-7dca2b7051d9"},{"field":"startOn","new":"1999-01-01"},{"field":"endOn","new":"2001-06-30"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('03a277e4-6e15-4df5-95a7-77e46e1c55db', 'action', '076e2590-4081-4b87-bacb-779bd3321ffb', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.401078+00', '[{"field":"title","new":"Cooperative for milk supply and joint purchasing"},{"field":"objective","new":"Organisation"},{"field":"type","new":"institutional_capacity"},{"field":"leadActorId","new":"7314aed3-24d5-4e42-bff4-7dca2b7051d9"},{"field":"startOn","new":"1998-09-01"},{"field":"endOn","new":"1999-12-31"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('a05cabb7-87dc-4be7-87ea-12e3c08a0f6d', 'phase_decision', '6b555af5-1bb1-4da0-a438-4882d9678b01', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.50615+00', '[{"field":"decidedOn","new":"1999-07-30"},{"field":"fromPhase","new":"supplier_evaluation"},{"field":"toPhase","new":"round_tables"},{"field":"reason","new":"Suppliers evaluated"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('dfe6688d-877b-4666-8f6a-fecfd7075158', 'contribution', '2e464b6d-c4f1-4f1e-8c7b-eadb0d2c5613', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.40803+00', '[{"field":"actionId","new":"84771602-251f-4f83-bccb-275c5bd72a3e"},{"field":"funderName","new":"Inter-American Development Bank"},{"field":"funderKind","new":"project"},{"field":"form","new":"cash"},{"field":"pledged","new":"30000"},{"field":"pledgedOn","new":"1998-06-01"},{"field":"paid","new":"30000"},{"field":"paidOn","new":"1998-06-01"}]');
INSERT INTO public.audit_entries VALUES ('b4910949-73c9-47a3-9be8-06acd2ccfd15', 'contribution', '00d78b51-c646-4999-961d-efcb1e5a79db', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.414127+00', '[{"field":"actionId","new":"c94acd7c-0cd5-46f2-a8a9-1f9e28196284"},{"field":"funderName","new":"Ministry of Health"},{"field":"funderKind","new":"government"},{"field":"form","new":"cash"},{"field":"pledged","new":"10000"},{"field":"pledgedOn","new":"1998-03-15"},{"field":"paid","new":"6000"},{"field":"paidOn","new":"1998-03-15"}]');
INSERT INTO public.audit_entries VALUES ('416267b6-1fdf-4843-b417-7c15584f50d0', 'contribution', 'ba9222bb-5ef2-4ad9-b867-65b514e7337f', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.421136+00', '[{"field":"actionId","new":"c94acd7c-0cd5-46f2-a8a9-1f9e28196284"},{"field":"funderName","new":"Cheese makers"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"in_kind"},{"field":"pledged","new":"5000"},{"field":"pledgedOn","new":"1998-03-15"},{"field":"paid","new":"5000"},{"field":"paidOn","new":"1998-03-15"}]');
INSERT INTO public.audit_entries VALUES ('57373044-996d-4f90-b480-bf37efadf6ff', 'plan_review', '7b8708ef-c19d-4d30-9227-bc44c8c24c6c', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.430061+00', '[{"field":"reviewedOn","new":"1999-07-15"},{"field":"version","new":"1"},{"field":"checked","new":"Norms done; diversification ahead of plan; waste water not started."},{"field":"learned","new":"Ministries act together when the committee sets the agenda."},{"field":"changes","new":"Start the waste-water study with the cooperative; add a second diversification round."}]');
INSERT INTO public.audit_entries VALUES ('e7440ae4-47cb-404a-9200-7fc51e9c2ca0', 'handover_plan', '3f6e1ba0-2f9d-48ce-97c4-8f174ec953a3', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.441243+00', '[{"field":"institutionId","new":"7808206d-3582-41d5-b080-79f90ce90ee6"},{"field":"agreedOn","new":"1999-09-01"},{"field":"takeoverOn","new":"2002-01-01"},{"field":"brokerName","new":"Field worker of the foundation (illustrative)"},{"field":"governance","new":"Alianza Láctea progressively leads the cluster''s governance."}]');
INSERT INTO public.audit_entries VALUES ('5bee55ba-ed28-4e04-aebf-02e18151848d', 'readiness_item', '2bad6e0a-593c-4eee-a2b2-f217812c23a3', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.445321+00', '[{"field":"item","new":"Executive director and field worker trained at the Joint Learning Programme in Chile"},{"field":"met","new":"yes"},{"field":"metOn","new":"2000-03-01"}]');
INSERT INTO public.audit_entries VALUES ('f81cd9ab-9f95-433e-9103-2009fd6c076b', 'readiness_item', 'ca278979-9412-4915-b579-25c88a5548c7', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.449755+00', '[{"field":"item","new":"Field worker trained on the job by project consultants"},{"field":"met","new":"yes"},{"field":"metOn","new":"2000-12-01"}]');
INSERT INTO public.audit_entries VALUES ('c864e07c-ae2f-4bb6-b012-5b53eaff2e3c', 'readiness_item', 'cd8443bc-537a-4622-8d9b-f8420e5662f9', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.453396+00', '[{"field":"item","new":"Foundation budget covers the field worker''s full salary"},{"field":"met","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('7f0d1c52-b00a-43a5-9576-bdc748a28e99', 'broker_cost_step', '80d5b84d-74cb-483b-8948-114c798bfe7c', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.4593+00', '[{"field":"fromOn","new":"1999-09-01"},{"field":"projectShare","new":"100"},{"field":"institutionShare","new":"0"}]');
INSERT INTO public.audit_entries VALUES ('c538597c-11f5-412e-bac8-895d34f1201d', 'broker_cost_step', '4d6f45f7-0e21-429e-892e-24ddb6525459', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.464681+00', '[{"field":"fromOn","new":"2000-09-01"},{"field":"projectShare","new":"60"},{"field":"institutionShare","new":"40"}]');
INSERT INTO public.audit_entries VALUES ('ba1c1b8c-6153-4d1f-83d8-49e49271384a', 'broker_cost_step', '127cb9aa-e975-43d0-b54d-b035675afd98', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.469589+00', '[{"field":"fromOn","new":"2002-01-01"},{"field":"projectShare","new":"0"},{"field":"institutionShare","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('8bf3b892-9ccd-4713-9a9b-0de2499db69d', 'diagnostic', '737566ce-6cd0-4d10-a59e-a6413a2f5a38', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.474479+00', '[{"field":"title","new":"Ludhiana knitwear cluster diagnostic"},{"field":"version","new":"1"},{"field":"status","new":"draft"},{"field":"startedOn","new":"1997-04-01"},{"field":"productionSystem","new":"Over 10,000 small and medium firms, nearly 90 % of the national market for woollen knitwear."},{"field":"weaknesses","new":"Workers'' skills, Finishing technology, Few skilled women workers"},{"field":"opportunities","new":"Higher segments of the domestic market, Exports"},{"field":"threats","new":"Liberalisation and cheaper goods from Nepal and China"}]');
INSERT INTO public.audit_entries VALUES ('9e6b5db0-3702-4871-a91a-15fe0a9e4e31', 'event', 'b6774e61-d34d-4999-abe6-62ca85921734', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.480326+00', '[{"field":"type","new":"group_meeting"},{"field":"title","new":"APPEAL meets the Department of Technical Education"},{"field":"heldOn","new":"1998-11-05"},{"field":"actorIds","new":"db002841-e42e-4b76-945c-73e8ba48b687, b8ac875c-4173-4038-955e-4d6ed488c527"},{"field":"women","new":"2"},{"field":"men","new":"8"},{"field":"outcomes","new":"Memorandum of understanding for a training cell at GPW."}]');
INSERT INTO public.audit_entries VALUES ('7cf12701-0e78-4e5d-a0c6-639a835041ef', 'event', '1ea9bb1d-1253-4519-9bbc-8c1254bfc3c8', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.488924+00', '[{"field":"type","new":"training"},{"field":"title","new":"First training batch at GPW"},{"field":"heldOn","new":"1999-09-01"},{"field":"actorIds","new":"44943601-5448-4a13-af28-6962e984d8c3, db002841-e42e-4b76-945c-73e8ba48b687, 180e0498-95d0-446e-a8d3-38685b102c1c"},{"field":"women","new":"20"},{"field":"outcomes","new":"Three months, theory and practice."}]');
INSERT INTO public.audit_entries VALUES ('ef27d4b9-4ce4-457d-9fb4-3be0a5825a45', 'linkage', '9d452f2d-ae63-4a67-9a0b-8411526d79b2', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.499156+00', '[{"field":"fromActorId","new":"db002841-e42e-4b76-945c-73e8ba48b687"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"b8ac875c-4173-4038-955e-4d6ed488c527"},{"field":"status","new":"missing"},{"field":"recordedOn","new":"1998-01-01"}]');
INSERT INTO public.audit_entries VALUES ('24ea6f7e-4e2a-4871-9bbe-b5714d8dfb25', 'linkage', '13ee57b8-690d-4f94-b4f9-b260cdb39cba', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.506593+00', '[{"field":"fromActorId","new":"db002841-e42e-4b76-945c-73e8ba48b687"},{"field":"tieType","new":"cooperates_with"},{"field":"toActorId","new":"b8ac875c-4173-4038-955e-4d6ed488c527"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"1999-01-01"}]');
INSERT INTO public.audit_entries VALUES ('e2f63bad-5fbe-476b-95e9-0500ed31e683', 'linkage', 'a8ccb046-0dd1-4299-90af-c0ddb22484a0', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.51422+00', '[{"field":"fromActorId","new":"44943601-5448-4a13-af28-6962e984d8c3"},{"field":"tieType","new":"service_provider_to"},{"field":"toActorId","new":"db002841-e42e-4b76-945c-73e8ba48b687"},{"field":"status","new":"existing"},{"field":"recordedOn","new":"1999-09-01"}]');
INSERT INTO public.audit_entries VALUES ('be336a20-6518-4ddb-a463-e28d03f196f2', 'action_plan', 'b9027500-3dd7-4fad-a40d-48316359b250', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.518917+00', '[{"field":"vision","new":"Move the cluster to higher market segments and exports through skills and technology."},{"field":"objectives","new":"Skilled workforce, Exports"},{"field":"adoptedOn","new":"1998-06-01"},{"field":"currency","new":"USD"},{"field":"version","new":"1"}]');
INSERT INTO public.audit_entries VALUES ('c4f63608-9ec8-4a3f-87ba-38629b3980a3', 'action', '85ab9bd0-fe65-4f5f-80ee-ed1c88851d6b', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.527393+00', '[{"field":"title","new":"Training cell for women machine operators at GPW"},{"field":"objective","new":"Skilled workforce"},{"field":"type","new":"training"},{"field":"leadActorId","new":"db002841-e42e-4b76-945c-73e8ba48b687"},{"field":"partnerIds","new":"44943601-5448-4a13-af28-6962e984d8c3, 180e0498-95d0-446e-a8d3-38685b102c1c, e2cbe713-6eac-4339-b7ac-2999a63e3280"},{"field":"startOn","new":"1999-09-01"},{"field":"endOn","new":"2000-09-30"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"},{"field":"achievedOutputs","new":"7 batches; more than 110 women trained; 80 % employed in the cluster."}]');
INSERT INTO public.audit_entries VALUES ('9e9af435-4d77-4f57-aeed-d32d45cb2162', 'action', 'b342267f-6e35-4e9f-8b46-e5b36e65fd50', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.535669+00', '[{"field":"title","new":"Visits to foreign fairs"},{"field":"objective","new":"Exports"},{"field":"type","new":"joint_marketing"},{"field":"leadActorId","new":"db002841-e42e-4b76-945c-73e8ba48b687"},{"field":"startOn","new":"1998-09-01"},{"field":"endOn","new":"2000-12-31"},{"field":"status","new":"done"},{"field":"percentComplete","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('acef614b-fa99-46dd-b750-50b070a0a315', 'contribution', 'b6a11fef-a9ec-418c-a7d2-9d828b85436b', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.54212+00', '[{"field":"actionId","new":"85ab9bd0-fe65-4f5f-80ee-ed1c88851d6b"},{"field":"funderName","new":"UNIDO project"},{"field":"funderKind","new":"project"},{"field":"form","new":"cash"},{"field":"pledged","new":"20000"},{"field":"pledgedOn","new":"1999-06-01"},{"field":"paid","new":"20000"},{"field":"paidOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('b4291b66-7eb8-4b5c-89b4-b220fe2e0c2e', 'contribution', '6b483dc8-8073-4c94-9163-798ffa92fb29', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.548174+00', '[{"field":"actionId","new":"85ab9bd0-fe65-4f5f-80ee-ed1c88851d6b"},{"field":"funderName","new":"APPEAL members (syllabus and machinery)"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"in_kind"},{"field":"pledged","new":"58000"},{"field":"pledgedOn","new":"1999-06-01"},{"field":"paid","new":"58000"},{"field":"paidOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('345e32d3-d8d8-4ec7-99d8-b360fcef47b3', 'contribution', '11e6f176-6208-46e8-af88-d9b1125d552a', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.554189+00', '[{"field":"actionId","new":"85ab9bd0-fe65-4f5f-80ee-ed1c88851d6b"},{"field":"funderName","new":"Japanese machinery company"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"in_kind"},{"field":"pledged","new":"16000"},{"field":"pledgedOn","new":"1999-06-01"},{"field":"paid","new":"16000"},{"field":"paidOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('e9f10a43-c860-4052-8324-232d4a438821', 'contribution', 'ac2f2dc0-3227-4ce2-a33d-1ec852852ecc', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.560349+00', '[{"field":"actionId","new":"85ab9bd0-fe65-4f5f-80ee-ed1c88851d6b"},{"field":"funderName","new":"GPW and local NGO"},{"field":"funderKind","new":"institutions"},{"field":"form","new":"in_kind"},{"field":"pledged","new":"6000"},{"field":"pledgedOn","new":"1999-06-01"},{"field":"paid","new":"6000"},{"field":"paidOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('3cea0771-0fdc-482f-ad8b-e54b7c6e1177', 'result', '56e1d2d5-a695-4507-9e92-9fd07717ad3f', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.570909+00', '[{"field":"indicatorId","new":"a63e6c33-b507-4234-87fd-6f0a4fcfd32c"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1999-08-31"},{"field":"value","new":"0"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('6ea770fc-7aaa-4ca3-b3b5-43904d7ea94a', 'result', '61edf50f-e28a-4d38-92e1-e0c7b898dc68', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.581863+00', '[{"field":"indicatorId","new":"a63e6c33-b507-4234-87fd-6f0a4fcfd32c"},{"field":"kind","new":"target"},{"field":"observedOn","new":"2000-09-30"},{"field":"value","new":"100"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('40274cb4-9dc0-412c-a785-c4878d3f1578', 'result', '0c7eea52-05a7-4e38-85d8-dcff0a9edc3d', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.593651+00', '[{"field":"indicatorId","new":"a63e6c33-b507-4234-87fd-6f0a4fcfd32c"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-09-30"},{"field":"value","new":"110"},{"field":"breakdown","new":"age_group.adults=29.0, age_group.older=0.0, age_group.youth=81.0"},{"field":"source","new":"GPW records, 7 batches (split by age illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('46d834c3-9989-475b-89d0-d7be0caf4bb1', 'result', '62a3daff-b2b7-4590-9d3d-7c142f195839', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.602437+00', '[{"field":"indicatorId","new":"c2f877ec-ece4-4f2d-b635-bdda9d1c779a"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1999-08-31"},{"field":"value","new":"0"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('b2fddd92-3b59-43fe-ae79-1b8d226c75eb', 'result', '679c80b5-5379-4d85-b3d3-b75731f9de74', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.612825+00', '[{"field":"indicatorId","new":"c2f877ec-ece4-4f2d-b635-bdda9d1c779a"},{"field":"kind","new":"target"},{"field":"observedOn","new":"2000-09-30"},{"field":"value","new":"70"},{"field":"numerator","new":"70"},{"field":"denominator","new":"100"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('6fe5d415-5344-4895-972d-eade92864eb1', 'result', '1c967493-09d1-4877-8e86-0ba2065a0d1a', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.623627+00', '[{"field":"indicatorId","new":"c2f877ec-ece4-4f2d-b635-bdda9d1c779a"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-09-30"},{"field":"value","new":"80"},{"field":"numerator","new":"88"},{"field":"denominator","new":"110"},{"field":"source","new":"Found immediate employment in the cluster (88 of 110)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('94677c27-ad75-4742-b542-040e3c6b0bc8', 'diagnostic', '31ac29cb-9f5d-4f81-832a-59d0d397c5b0', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.628204+00', '[{"field":"title","new":"Fez leather cluster diagnostic"},{"field":"version","new":"1"},{"field":"status","new":"draft"},{"field":"startedOn","new":"2000-03-01"},{"field":"productionSystem","new":"Tanneries in the old town discharge untreated effluent; relocation is under discussion. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('99ef6eaf-d851-4de2-9d88-cecfcd6ebdcf', 'diagnostic', 'c249b51b-72d7-46de-83ec-6359c2165685', 'validate', NULL, 'demo loader', '2026-12-03 10:14:48.63561+00', '[{"field":"status","old":"draft","new":"validated"},{"field":"validatedOn","new":"1998-09-30"},{"field":"validatedBy","new":"Validation meeting with entrepreneurs, the testing laboratory and the food administration"},{"field":"validationEventId","new":"20821ab0-909c-4c37-8a51-cce135f814f7"}]');
INSERT INTO public.audit_entries VALUES ('b3661107-074c-482e-b470-3f9aa4bb7b5a', 'diagnostic', '4625effe-537f-48cb-aa23-ced5238941a0', 'validate', NULL, 'demo loader', '2026-12-03 10:14:48.639939+00', '[{"field":"status","old":"draft","new":"validated"},{"field":"validatedOn","new":"1997-08-20"},{"field":"validatedBy","new":"Validation meeting with artisans, CALICO and support agencies"}]');
INSERT INTO public.audit_entries VALUES ('7dccb538-fce3-461f-8670-7cd3aeffe4fa', 'diagnostic', '4b676b68-e65f-41ea-989f-e862ff8ce2ea', 'validate', NULL, 'demo loader', '2026-12-03 10:14:48.644102+00', '[{"field":"status","old":"draft","new":"validated"},{"field":"validatedOn","new":"1997-11-20"},{"field":"validatedBy","new":"Committee for institutional coordination"}]');
INSERT INTO public.audit_entries VALUES ('25ad6a4a-5882-456d-af20-84f42bc9fad5', 'diagnostic', '737566ce-6cd0-4d10-a59e-a6413a2f5a38', 'validate', NULL, 'demo loader', '2026-12-03 10:14:48.648359+00', '[{"field":"status","old":"draft","new":"validated"},{"field":"validatedOn","new":"1997-10-10"},{"field":"validatedBy","new":"Cluster stakeholders'' meeting"}]');
INSERT INTO public.audit_entries VALUES ('82f0c69e-b0b6-404c-a6d3-9a1023934bde', 'cluster', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'update', NULL, 'demo loader', '2026-12-03 10:14:48.669678+00', '[{"field":"stage","old":"selection","new":"action_planning"}]');
INSERT INTO public.audit_entries VALUES ('563a6949-8238-46de-b157-0d258828693f', 'cluster', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'update', NULL, 'demo loader', '2026-12-03 10:14:48.694937+00', '[{"field":"stage","old":"selection","new":"implementation"}]');
INSERT INTO public.audit_entries VALUES ('1ec29c7a-14df-4d42-a1f8-933a35a41eed', 'cluster', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'update', NULL, 'demo loader', '2026-12-03 10:14:48.718438+00', '[{"field":"stage","old":"selection","new":"implementation"}]');
INSERT INTO public.audit_entries VALUES ('892a707b-1c0a-4505-bcd7-44798065a917', 'cluster', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'update', NULL, 'demo loader', '2026-12-03 10:14:48.741153+00', '[{"field":"stage","old":"selection","new":"implementation"}]');
INSERT INTO public.audit_entries VALUES ('e8b45b65-79ec-499c-be5b-a2dd99f503b7', 'cluster', '52086be3-e5ac-4a1d-869f-ec4527e6d3ee', 'update', NULL, 'demo loader', '2026-12-03 10:14:48.762641+00', '[{"field":"stage","old":"selection","new":"trust_building"}]');
INSERT INTO public.audit_entries VALUES ('8e1b3033-2b00-4163-aeb2-908b8a581560', 'net_assessment', '45638b29-38d5-44ca-90e3-e4e6a9ad1a56', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.770584+00', '[{"field":"assessedOn","new":"1998-04-15"},{"field":"phase","new":"promotion"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"2"},{"field":"groupCohesionEvidence","new":"Fifteen workshops met for the first time through the broker."},{"field":"internalOrganizationScore","new":"1"},{"field":"strategicAnalysisScore","new":"1"},{"field":"strategicPlanningScore","new":"1"},{"field":"productionRestructuringScore","new":"1"},{"field":"economicPerformanceScore","new":"1"},{"field":"institutionalConnectionScore","new":"1"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('da21ba23-9a56-4775-b78a-7d6fe86996cb', 'phase_decision', '1dc7e680-3f2b-48dd-accd-b5ae105049eb', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.786628+00', '[{"field":"decidedOn","new":"1998-05-01"},{"field":"fromPhase","new":"promotion"},{"field":"toPhase","new":"strategic_planning"},{"field":"reason","new":"Fifteen woodworkers committed to working together."},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('205be93f-9fa5-442e-b859-af9a506873b2', 'network', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'update', NULL, 'demo loader', '2026-12-03 10:14:48.789478+00', '[{"field":"phase","old":"promotion","new":"strategic_planning"}]');
INSERT INTO public.audit_entries VALUES ('d6bfe55d-4f46-4476-bf05-a8e4b076f7a5', 'network', '82a6c124-3997-4936-b667-e55510412d91', 'update', NULL, 'demo loader', '2026-12-03 10:14:49.508335+00', '[{"field":"phase","old":"supplier_evaluation","new":"round_tables"}]');
INSERT INTO public.audit_entries VALUES ('7a52cec9-f520-4c47-9079-8554fb8ccf18', 'business_plan', '0dab728f-23b3-4f2c-a14d-ccc74f4e1952', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.794128+00', '[{"field":"title","new":"Masaya woodworkers'' business plan"},{"field":"version","new":"1"},{"field":"objectives","new":"Cheaper wood and inputs, Reach buyers abroad"},{"field":"jointActivities","new":"Shared input shop, Bulk wood purchasing, Common catalogue, Exports of rocking chairs"},{"field":"budget","new":"18000"},{"field":"currency","new":"USD"},{"field":"periodStart","new":"1998-07-01"},{"field":"periodEnd","new":"2001-06-30"},{"field":"adoptedOn","new":"1998-06-15"}]');
INSERT INTO public.audit_entries VALUES ('dd5f7ebd-048b-4f5e-ac49-ea132fc57f17', 'phase_decision', 'b77fc332-9838-4304-80b5-4ec7b64cd61b', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.809636+00', '[{"field":"decidedOn","new":"1998-07-01"},{"field":"fromPhase","new":"strategic_planning"},{"field":"toPhase","new":"pilot_projects"},{"field":"reason","new":"Business plan adopted by the members."},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('6eaa9bee-bad6-4190-b3e9-c0dbdcbb8864', 'network', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'update', NULL, 'demo loader', '2026-12-03 10:14:48.811762+00', '[{"field":"phase","old":"strategic_planning","new":"pilot_projects"}]');
INSERT INTO public.audit_entries VALUES ('111ebdb0-4697-4bf5-b26a-92eddc024e50', 'joint_project', '53454460-f200-459d-ade0-3e1163a5c3e3', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.821311+00', '[{"field":"title","new":"Shared input shop"},{"field":"scale","new":"pilot"},{"field":"type","new":"input_shop"},{"field":"participantIds","new":"cd675289-f40a-4aec-a409-f481bb904477, f63599c3-5f99-4af1-968e-85b25d6a69a1, ea86d60e-1dcf-428e-97ad-f0c34ae84fb6, b01d653b-d71a-4c9a-b5fc-cd9450120c08, 652544f4-7eb2-4c99-8557-d160478ea120, 4ef52c47-faf3-4f74-91e7-9caa1bd42740, 7fbdbf02-e757-46bc-ba9b-4850c6944df9, d1ab2935-e2a3-4c21-baef-ba323f6f6704, 363cf55c-3c66-4cd9-8d3c-d0c2d27d9cdf, a22dca25-ab0b-446f-9192-b4d212e6b592, e5c4c327-9e3f-4e4c-82d7-eeebc137bbc0, d36b6d2b-598f-484e-abdd-4e9cc7fa250c, e0d3ac34-05d1-4da3-b9c1-64553385d33a, 01d443c2-0859-4256-8ccd-d7f9975180f2, 57a4fd52-9520-4d1c-8fb7-be46064f1687"},{"field":"startOn","new":"1998-08-01"},{"field":"endOn","new":"1999-03-31"},{"field":"status","new":"completed"},{"field":"results","new":"Glue, varnish and tools bought for all at wholesale prices."}]');
INSERT INTO public.audit_entries VALUES ('cad2d534-8bd6-4da3-b1e8-783ef0ac2dbd', 'joint_project', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.835403+00', '[{"field":"title","new":"Bulk wood purchasing"},{"field":"scale","new":"pilot"},{"field":"type","new":"bulk_purchasing"},{"field":"participantIds","new":"cd675289-f40a-4aec-a409-f481bb904477, f63599c3-5f99-4af1-968e-85b25d6a69a1, ea86d60e-1dcf-428e-97ad-f0c34ae84fb6, b01d653b-d71a-4c9a-b5fc-cd9450120c08, 652544f4-7eb2-4c99-8557-d160478ea120, 4ef52c47-faf3-4f74-91e7-9caa1bd42740, 7fbdbf02-e757-46bc-ba9b-4850c6944df9, d1ab2935-e2a3-4c21-baef-ba323f6f6704, 363cf55c-3c66-4cd9-8d3c-d0c2d27d9cdf, a22dca25-ab0b-446f-9192-b4d212e6b592, e5c4c327-9e3f-4e4c-82d7-eeebc137bbc0, d36b6d2b-598f-484e-abdd-4e9cc7fa250c, e0d3ac34-05d1-4da3-b9c1-64553385d33a, 01d443c2-0859-4256-8ccd-d7f9975180f2, 57a4fd52-9520-4d1c-8fb7-be46064f1687"},{"field":"startOn","new":"1998-10-01"},{"field":"endOn","new":"1999-06-30"},{"field":"status","new":"completed"},{"field":"results","new":"Wood bought by the truckload for the group."}]');
INSERT INTO public.audit_entries VALUES ('14c6482e-bbcb-4a6a-813a-adce3b9966b0', 'net_assessment', '26820e12-f2c8-493a-8ec0-7d566725220d', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.843602+00', '[{"field":"assessedOn","new":"1998-12-10"},{"field":"phase","new":"pilot_projects"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"3"},{"field":"groupCohesionEvidence","new":"The input shop runs; some members buy outside it."},{"field":"internalOrganizationScore","new":"2"},{"field":"strategicAnalysisScore","new":"2"},{"field":"strategicPlanningScore","new":"3"},{"field":"productionRestructuringScore","new":"2"},{"field":"economicPerformanceScore","new":"2"},{"field":"institutionalConnectionScore","new":"2"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('40bf3e9a-4878-4f69-a202-2df22e687f99', 'network_rules', '33f8a3b6-62b7-4042-abaf-d6f9d93b8f8b', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.847429+00', '[{"field":"title","new":"Rules of the Masaya woodworkers"},{"field":"version","new":"1"},{"field":"text","new":"Members buy through the shop, keep the common prices and quality; a member who sells the group''s orders on his own account is expelled by the assembly."},{"field":"adoptedOn","new":"1999-08-01"}]');
INSERT INTO public.audit_entries VALUES ('26f58d38-f546-4c69-a302-97981ad4787b', 'phase_decision', 'a898a72a-1e06-4cb7-af56-dcd043dffca2', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.860219+00', '[{"field":"decidedOn","new":"1999-09-01"},{"field":"fromPhase","new":"pilot_projects"},{"field":"toPhase","new":"strategic_projects"},{"field":"reason","new":"Pilot projects completed and rules adopted."},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('c1ff6cd7-b9f0-4bc5-a589-d3020b96071c', 'network', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'update', NULL, 'demo loader', '2026-12-03 10:14:48.862556+00', '[{"field":"phase","old":"pilot_projects","new":"strategic_projects"}]');
INSERT INTO public.audit_entries VALUES ('0184d77c-78d2-4bb9-a5a9-bc8efd0748e0', 'joint_project', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.87339+00', '[{"field":"title","new":"Common catalogue"},{"field":"scale","new":"strategic"},{"field":"type","new":"catalogue_or_brand"},{"field":"participantIds","new":"cd675289-f40a-4aec-a409-f481bb904477, f63599c3-5f99-4af1-968e-85b25d6a69a1, ea86d60e-1dcf-428e-97ad-f0c34ae84fb6, b01d653b-d71a-4c9a-b5fc-cd9450120c08, 652544f4-7eb2-4c99-8557-d160478ea120, 4ef52c47-faf3-4f74-91e7-9caa1bd42740, 7fbdbf02-e757-46bc-ba9b-4850c6944df9, d1ab2935-e2a3-4c21-baef-ba323f6f6704, 363cf55c-3c66-4cd9-8d3c-d0c2d27d9cdf, a22dca25-ab0b-446f-9192-b4d212e6b592, e5c4c327-9e3f-4e4c-82d7-eeebc137bbc0, d36b6d2b-598f-484e-abdd-4e9cc7fa250c, e0d3ac34-05d1-4da3-b9c1-64553385d33a, 01d443c2-0859-4256-8ccd-d7f9975180f2, 57a4fd52-9520-4d1c-8fb7-be46064f1687"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-05-31"},{"field":"status","new":"completed"}]');
INSERT INTO public.audit_entries VALUES ('350f2040-fdc5-44f5-955f-33a4a81a4db6', 'joint_project', '86400e1c-3382-4ab1-829e-d855e7fc6535', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.88602+00', '[{"field":"title","new":"Exports of three rocking-chair models to the United Kingdom"},{"field":"scale","new":"strategic"},{"field":"type","new":"joint_export"},{"field":"participantIds","new":"cd675289-f40a-4aec-a409-f481bb904477, f63599c3-5f99-4af1-968e-85b25d6a69a1, ea86d60e-1dcf-428e-97ad-f0c34ae84fb6, b01d653b-d71a-4c9a-b5fc-cd9450120c08, 652544f4-7eb2-4c99-8557-d160478ea120, 4ef52c47-faf3-4f74-91e7-9caa1bd42740, 7fbdbf02-e757-46bc-ba9b-4850c6944df9, d1ab2935-e2a3-4c21-baef-ba323f6f6704, 363cf55c-3c66-4cd9-8d3c-d0c2d27d9cdf, a22dca25-ab0b-446f-9192-b4d212e6b592, e5c4c327-9e3f-4e4c-82d7-eeebc137bbc0, d36b6d2b-598f-484e-abdd-4e9cc7fa250c"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-11-30"},{"field":"status","new":"completed"},{"field":"results","new":"Three models of rocking chairs exported to the UK."}]');
INSERT INTO public.audit_entries VALUES ('a9298ca6-78c5-4cd2-abe6-385a1be14a3f', 'joint_project', '798bef88-0e3d-49cc-baa9-78225c2ab3a4', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.891745+00', '[{"field":"title","new":"Wood selling point"},{"field":"scale","new":"strategic"},{"field":"type","new":"selling_point"},{"field":"startOn","new":"2001-06-01"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('ddb67b53-a2d0-4647-939d-37c987af00c3', 'joint_project', 'e6e950d8-9e81-45b0-abdb-f1ca58a91955', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.895085+00', '[{"field":"title","new":"Shared workplace"},{"field":"scale","new":"strategic"},{"field":"type","new":"shared_workshop"},{"field":"startOn","new":"2001-06-01"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('e2b70bd6-466b-4eb6-8362-4f77162b6673', 'project_contribution', 'a65c8962-431a-492f-b467-b8d54971bd07', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.9004+00', '[{"field":"jointProjectId","new":"53454460-f200-459d-ade0-3e1163a5c3e3"},{"field":"funderName","new":"Members"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"cash"},{"field":"pledged","new":"2500"},{"field":"pledgedOn","new":"1998-08-01"},{"field":"paid","new":"2500"},{"field":"paidOn","new":"1998-09-01"}]');
INSERT INTO public.audit_entries VALUES ('163673c2-de81-494c-a78b-1a9c3b263f01', 'network', '82a6c124-3997-4936-b667-e55510412d91', 'update', NULL, 'demo loader', '2026-12-03 10:14:49.614729+00', '[{"field":"phase","old":"round_tables","new":"detailed_analysis"}]');
INSERT INTO public.audit_entries VALUES ('3f95736a-86c7-4d62-b0f0-0d3877c57810', 'project_contribution', '53e4bb88-435a-47b0-b3a1-7311e4852652', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.905506+00', '[{"field":"jointProjectId","new":"53454460-f200-459d-ade0-3e1163a5c3e3"},{"field":"funderName","new":"UNIDO project"},{"field":"funderKind","new":"project"},{"field":"form","new":"cash"},{"field":"pledged","new":"1500"},{"field":"pledgedOn","new":"1998-08-01"},{"field":"paid","new":"1500"},{"field":"paidOn","new":"1998-09-01"}]');
INSERT INTO public.audit_entries VALUES ('77b444e7-b767-4180-a548-fab836be1df1', 'project_contribution', '7a8eafe1-2a94-42f5-b5f3-cf1c6b2c8642', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.909467+00', '[{"field":"jointProjectId","new":"f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3"},{"field":"funderName","new":"Members"},{"field":"funderKind","new":"private_sector"},{"field":"form","new":"cash"},{"field":"pledged","new":"1800"},{"field":"pledgedOn","new":"1998-08-01"},{"field":"paid","new":"1800"},{"field":"paidOn","new":"1998-09-01"}]');
INSERT INTO public.audit_entries VALUES ('abceac24-59a2-4875-9baf-cd27a3667553', 'project_contribution', '0c656ada-7b9e-4fce-8db0-8c8a60cf3984', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.913491+00', '[{"field":"jointProjectId","new":"f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3"},{"field":"funderName","new":"UNIDO project"},{"field":"funderKind","new":"project"},{"field":"form","new":"cash"},{"field":"pledged","new":"2200"},{"field":"pledgedOn","new":"1998-08-01"},{"field":"paid","new":"2200"},{"field":"paidOn","new":"1998-09-01"}]');
INSERT INTO public.audit_entries VALUES ('71165d79-ae53-4414-b7b5-f2f980b462cf', 'net_assessment', '5f212ce7-87fe-4d00-88d8-9528d0699580', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.918811+00', '[{"field":"assessedOn","new":"1999-12-15"},{"field":"phase","new":"strategic_projects"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"4"},{"field":"groupCohesionEvidence","new":"Three members expelled for selling on their own account; the others closed ranks."},{"field":"internalOrganizationScore","new":"3"},{"field":"strategicAnalysisScore","new":"3"},{"field":"strategicPlanningScore","new":"3"},{"field":"productionRestructuringScore","new":"3"},{"field":"economicPerformanceScore","new":"3"},{"field":"institutionalConnectionScore","new":"2"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('38e0a30a-595e-4bdb-96ac-5f1769ab6f2e', 'net_assessment', 'fd993e30-f5fb-4c8f-a02d-72146a1c3cd0', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.924427+00', '[{"field":"assessedOn","new":"2000-12-10"},{"field":"phase","new":"strategic_projects"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"4"},{"field":"groupCohesionEvidence","new":"Exports delivered; a selling point and a shared workplace are planned."},{"field":"internalOrganizationScore","new":"4"},{"field":"strategicAnalysisScore","new":"4"},{"field":"strategicPlanningScore","new":"4"},{"field":"productionRestructuringScore","new":"4"},{"field":"economicPerformanceScore","new":"4"},{"field":"institutionalConnectionScore","new":"3"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('c4095a1f-cc9f-4551-8772-b8c442853f03', 'result', '99f318c2-efb6-420c-b312-b6efac35108d', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.934584+00', '[{"field":"indicatorId","new":"6d7b2971-13c9-4f42-9229-d861ff4cb747"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1998-04-15"},{"field":"value","new":"0"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('f6d03059-d0de-4579-bef0-7abe8ba141b8', 'result', 'b022f78a-647b-43f6-9979-812e017b527c', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.944289+00', '[{"field":"indicatorId","new":"6d7b2971-13c9-4f42-9229-d861ff4cb747"},{"field":"kind","new":"target"},{"field":"observedOn","new":"2001-06-30"},{"field":"value","new":"10"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('848965fa-c969-477e-84ea-ce8bf0cd304d', 'result', '8f18f7a0-d859-4d8a-9b13-7d48da58d24c', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.954696+00', '[{"field":"indicatorId","new":"6d7b2971-13c9-4f42-9229-d861ff4cb747"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-11-30"},{"field":"value","new":"12"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('dccdef36-4a96-4b42-bcfe-cc9c69b3d08c', 'result', 'e4437f76-be21-4376-9659-aaf166b9f047', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.965632+00', '[{"field":"indicatorId","new":"0d78733f-3af4-4a95-9943-b87db8e4e53c"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1998-04-15"},{"field":"value","new":"0"},{"field":"breakdown","new":"firm_size.large=0.0, firm_size.medium=0.0, firm_size.micro=0.0, firm_size.small=0.0"},{"field":"source","new":"Shop accounts (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('3fe0539e-d2af-43f1-a993-f4234b8e8cec', 'result', '98635465-e1b4-4219-a3ea-4c9c06eb7367', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.976731+00', '[{"field":"indicatorId","new":"0d78733f-3af4-4a95-9943-b87db8e4e53c"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"1999-11-30"},{"field":"value","new":"12"},{"field":"breakdown","new":"firm_size.large=0.0, firm_size.medium=0.0, firm_size.micro=11.0, firm_size.small=1.0"},{"field":"source","new":"Shop accounts (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('7f14765e-5aa9-4a73-879d-40cebeef4651', 'result', '2c3f9c4c-6eab-4563-b888-113764645af8', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.988971+00', '[{"field":"indicatorId","new":"0d78733f-3af4-4a95-9943-b87db8e4e53c"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-11-30"},{"field":"value","new":"13"},{"field":"breakdown","new":"firm_size.large=0.0, firm_size.medium=0.0, firm_size.micro=11.0, firm_size.small=2.0"},{"field":"source","new":"Shop accounts (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('305fa31c-1e03-4659-b596-065941ec5277', 'result', '5787b0e6-d65c-49c5-90ba-4f2053fb8d1a', 'create', NULL, 'demo loader', '2026-12-03 10:14:48.997704+00', '[{"field":"indicatorId","new":"2edc2359-4f65-45f1-9fbf-72500cb753a6"},{"field":"kind","new":"baseline"},{"field":"observedOn","new":"1998-04-15"},{"field":"value","new":"0"},{"field":"source","new":"Shop accounts (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('dbb518c8-99a9-4252-9b6f-fec6b0c1ebee', 'result', 'f8bef161-241a-4eef-99a5-2ada5435c101', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.007731+00', '[{"field":"indicatorId","new":"2edc2359-4f65-45f1-9fbf-72500cb753a6"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"1999-11-30"},{"field":"value","new":"900"},{"field":"source","new":"Shop accounts (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('9886427c-6d32-42b2-8329-6b00138531d9', 'result', '4f6bef4d-b641-4337-bb7e-4d5d682235e8', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.01756+00', '[{"field":"indicatorId","new":"2edc2359-4f65-45f1-9fbf-72500cb753a6"},{"field":"kind","new":"measurement"},{"field":"observedOn","new":"2000-11-30"},{"field":"value","new":"1400"},{"field":"source","new":"Shop accounts (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('a8183173-e812-4ec5-a145-faa3b297d184', 'result', 'e644cae0-11f6-432e-8674-dc516b0e77c0', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.029303+00', '[{"field":"indicatorId","new":"491b38d0-84fa-43a8-a446-e87288c4e1d8"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"cd675289-f40a-4aec-a409-f481bb904477"},{"field":"observedOn","new":"1998-04-15"},{"field":"value","new":"6"},{"field":"breakdown","new":"sex.female=1.0, sex.male=5.0"},{"field":"source","new":"Network broker''s survey (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('e495785b-0cc0-4015-a402-8586b329c4df', 'result', 'abfce3c2-7c6c-4f34-b343-e97be2aa41da', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.042368+00', '[{"field":"indicatorId","new":"491b38d0-84fa-43a8-a446-e87288c4e1d8"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"cd675289-f40a-4aec-a409-f481bb904477"},{"field":"observedOn","new":"2000-11-30"},{"field":"value","new":"9"},{"field":"breakdown","new":"sex.female=2.0, sex.male=7.0"},{"field":"source","new":"Network broker''s survey (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('444badd0-1a42-49e6-bd2f-05251fa9a9ee', 'result', '6e10806b-26af-4747-abc6-807f53dd5d41', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.053827+00', '[{"field":"indicatorId","new":"491b38d0-84fa-43a8-a446-e87288c4e1d8"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"f63599c3-5f99-4af1-968e-85b25d6a69a1"},{"field":"observedOn","new":"1998-04-15"},{"field":"value","new":"4"},{"field":"breakdown","new":"sex.female=0.0, sex.male=4.0"},{"field":"source","new":"Network broker''s survey (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('8d43ea98-6f68-4045-96e4-12b02fffa99c', 'result', 'fd3b2c6f-11da-4f0b-b34c-eb25b04595b8', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.066383+00', '[{"field":"indicatorId","new":"491b38d0-84fa-43a8-a446-e87288c4e1d8"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"f63599c3-5f99-4af1-968e-85b25d6a69a1"},{"field":"observedOn","new":"2000-11-30"},{"field":"value","new":"7"},{"field":"breakdown","new":"sex.female=1.0, sex.male=6.0"},{"field":"source","new":"Network broker''s survey (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('f029689b-233e-4195-b959-3c07152e75fc', 'result', 'c451b0c3-6180-4248-82a2-27d4b5714984', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.077106+00', '[{"field":"indicatorId","new":"491b38d0-84fa-43a8-a446-e87288c4e1d8"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"ea86d60e-1dcf-428e-97ad-f0c34ae84fb6"},{"field":"observedOn","new":"1998-04-15"},{"field":"value","new":"8"},{"field":"breakdown","new":"sex.female=2.0, sex.male=6.0"},{"field":"source","new":"Network broker''s survey (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('e939cad7-7947-4619-94e5-c714c12ed084', 'result', 'f63dc117-2893-45cf-86cd-1fbc034ca5e2', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.089367+00', '[{"field":"indicatorId","new":"491b38d0-84fa-43a8-a446-e87288c4e1d8"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"ea86d60e-1dcf-428e-97ad-f0c34ae84fb6"},{"field":"observedOn","new":"2000-11-30"},{"field":"value","new":"8"},{"field":"breakdown","new":"sex.female=2.0, sex.male=6.0"},{"field":"source","new":"Network broker''s survey (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('73dcf495-1fac-4e6d-bd6b-c142693b67d3', 'result', '528df1fa-1413-403d-b05d-12b7f7bf96ff', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.099748+00', '[{"field":"indicatorId","new":"491b38d0-84fa-43a8-a446-e87288c4e1d8"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"b01d653b-d71a-4c9a-b5fc-cd9450120c08"},{"field":"observedOn","new":"1998-04-15"},{"field":"value","new":"4"},{"field":"breakdown","new":"sex.female=1.0, sex.male=3.0"},{"field":"source","new":"Network broker''s survey (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('4a2b8696-de1f-4f59-bdc4-f64a610d38d1', 'result', '288e1311-6aff-41bb-92f6-29155d4eb68e', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.112967+00', '[{"field":"indicatorId","new":"491b38d0-84fa-43a8-a446-e87288c4e1d8"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"b01d653b-d71a-4c9a-b5fc-cd9450120c08"},{"field":"observedOn","new":"2000-11-30"},{"field":"value","new":"7"},{"field":"breakdown","new":"sex.female=2.0, sex.male=5.0"},{"field":"source","new":"Network broker''s survey (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('29b2bf67-07eb-4b53-93dd-c66371197be2', 'result', 'a53e112e-c19c-49cd-b949-5dafe237bcd4', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.12445+00', '[{"field":"indicatorId","new":"491b38d0-84fa-43a8-a446-e87288c4e1d8"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"652544f4-7eb2-4c99-8557-d160478ea120"},{"field":"observedOn","new":"1998-04-15"},{"field":"value","new":"9"},{"field":"breakdown","new":"sex.female=1.0, sex.male=8.0"},{"field":"source","new":"Network broker''s survey (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('fe8ea669-8750-4db6-a5ad-0dc8f5a5d76e', 'result', '8ad2c80e-ebc0-4633-8598-0e2c2ee5797a', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.136742+00', '[{"field":"indicatorId","new":"491b38d0-84fa-43a8-a446-e87288c4e1d8"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"652544f4-7eb2-4c99-8557-d160478ea120"},{"field":"observedOn","new":"2000-11-30"},{"field":"value","new":"14"},{"field":"breakdown","new":"sex.female=3.0, sex.male=11.0"},{"field":"source","new":"Network broker''s survey (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('28fc7f16-ee7e-45b4-9355-3764d5a188e2', 'result', 'f6af76f6-4f76-49ff-9c5a-bba3d8f828f0', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.148216+00', '[{"field":"indicatorId","new":"491b38d0-84fa-43a8-a446-e87288c4e1d8"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"4ef52c47-faf3-4f74-91e7-9caa1bd42740"},{"field":"observedOn","new":"1998-04-15"},{"field":"value","new":"4"},{"field":"breakdown","new":"sex.female=0.0, sex.male=4.0"},{"field":"source","new":"Network broker''s survey (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('ae03c917-f5de-4018-8d74-f131b2362b1f', 'result', '93e58dde-d152-431c-8f66-a7c94b38d7b8', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.163759+00', '[{"field":"indicatorId","new":"491b38d0-84fa-43a8-a446-e87288c4e1d8"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"4ef52c47-faf3-4f74-91e7-9caa1bd42740"},{"field":"observedOn","new":"2000-11-30"},{"field":"value","new":"3"},{"field":"breakdown","new":"sex.female=0.0, sex.male=3.0"},{"field":"source","new":"Network broker''s survey (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('25357071-9238-4e1d-98c4-a845674438a3', 'result', '5c58f177-d40b-411c-b024-d01a81072566', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.17755+00', '[{"field":"indicatorId","new":"491b38d0-84fa-43a8-a446-e87288c4e1d8"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"7fbdbf02-e757-46bc-ba9b-4850c6944df9"},{"field":"observedOn","new":"1998-04-15"},{"field":"value","new":"6"},{"field":"breakdown","new":"sex.female=1.0, sex.male=5.0"},{"field":"source","new":"Network broker''s survey (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('6f848b9d-9eed-4f72-afe6-a9ce8926a687', 'result', '889cae81-0e76-4d89-a45a-1d39fa20c112', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.19409+00', '[{"field":"indicatorId","new":"491b38d0-84fa-43a8-a446-e87288c4e1d8"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"7fbdbf02-e757-46bc-ba9b-4850c6944df9"},{"field":"observedOn","new":"2000-11-30"},{"field":"value","new":"10"},{"field":"breakdown","new":"sex.female=2.0, sex.male=8.0"},{"field":"source","new":"Network broker''s survey (illustrative)"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('0937dc8b-fd7d-4ffb-8c4d-cd8b76dc318b', 'net_assessment', '97331a8f-1417-491e-a1d9-96145cf2d2b3', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.203755+00', '[{"field":"assessedOn","new":"1999-09-20"},{"field":"phase","new":"pilot_projects"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"3"},{"field":"groupCohesionEvidence","new":"Common dyeing unit run by a rota of members."},{"field":"internalOrganizationScore","new":"3"},{"field":"strategicAnalysisScore","new":"2"},{"field":"strategicPlanningScore","new":"3"},{"field":"productionRestructuringScore","new":"2"},{"field":"economicPerformanceScore","new":"2"},{"field":"institutionalConnectionScore","new":"3"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('08107d91-b04e-4fe9-96f6-5734f5dbd78f', 'network', '569225ba-9751-4d64-b512-83745e5b984d', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.210465+00', '[{"field":"name","new":"Thiès food processors'' network (illustrative)"},{"field":"kind","new":"horizontal"},{"field":"country","new":"SN"},{"field":"projectId","new":"3adfdcb6-6dd6-4a2c-88e6-e2a87fc37ba7"},{"field":"phase","new":"strategic_planning"},{"field":"formedOn","new":"2001-03-01"},{"field":"legalForm","new":"association"},{"field":"description","new":"Networks organise the private sector from the base and strengthen its representative associations. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('15059458-b1e3-44ca-9c22-c78f15d14322', 'net_assessment', 'c5c6718e-8402-4fdb-b7c7-4672b28b4c1d', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.217139+00', '[{"field":"assessedOn","new":"2002-02-15"},{"field":"phase","new":"strategic_planning"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"3"},{"field":"groupCohesionEvidence","new":"Members meet monthly; plan drafted."},{"field":"internalOrganizationScore","new":"2"},{"field":"strategicAnalysisScore","new":"2"},{"field":"strategicPlanningScore","new":"2"},{"field":"productionRestructuringScore","new":"1"},{"field":"economicPerformanceScore","new":"1"},{"field":"institutionalConnectionScore","new":"3"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('a01f9d16-292f-4e11-b5d6-1a4dce77d3fd', 'actor', '5381964b-1be3-44b1-99c4-7ec033d9a84a', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.368678+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Label printer (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"labels"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('3a10c89d-7b34-41e7-98a5-351dd20ca23a', 'network', 'bdb7fe09-0321-4c20-b745-7bf7eadfab6c', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.223041+00', '[{"field":"name","new":"Bulawayo metalworkers'' network (illustrative)"},{"field":"kind","new":"horizontal"},{"field":"country","new":"ZW"},{"field":"projectId","new":"d07e998d-355f-42c5-81e6-869a6f954c9c"},{"field":"phase","new":"pilot_projects"},{"field":"formedOn","new":"2001-05-01"},{"field":"legalForm","new":"informal"},{"field":"description","new":"The network organises its members'' demand for business development services so that providers upgrade them. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('3d1e0f5b-bdc5-4ba5-9f5d-f4839e7cee35', 'net_assessment', '3314a03c-3614-4b14-b9a7-6b6506221651', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.228935+00', '[{"field":"assessedOn","new":"2002-02-15"},{"field":"phase","new":"pilot_projects"},{"field":"assessor","new":"Network broker (illustrative)"},{"field":"scaleMin","new":"1"},{"field":"scaleMax","new":"5"},{"field":"groupCohesionScore","new":"4"},{"field":"groupCohesionEvidence","new":"Joint welding course bought from a local provider."},{"field":"internalOrganizationScore","new":"3"},{"field":"strategicAnalysisScore","new":"3"},{"field":"strategicPlanningScore","new":"3"},{"field":"productionRestructuringScore","new":"3"},{"field":"economicPerformanceScore","new":"2"},{"field":"institutionalConnectionScore","new":"4"},{"field":"dependsOnBroker","new":"yes"}]');
INSERT INTO public.audit_entries VALUES ('3c1e63a8-efb7-4093-a999-c5c141354ad1', 'actor', 'c7c32405-e20c-42ce-8a6e-81105b7e01d9', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.232983+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Senegalese food processors'' association (illustrative)"},{"field":"institutionType","new":"business_association"},{"field":"country","new":"SN"}]');
INSERT INTO public.audit_entries VALUES ('7fc81902-6400-440a-8a48-918c8d513325', 'actor', '79b5352c-0f69-499d-9686-7a7bf5d8d792', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.23704+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Ministry in charge of SMEs, Senegal (illustrative)"},{"field":"institutionType","new":"government_agency"},{"field":"country","new":"SN"}]');
INSERT INTO public.audit_entries VALUES ('9b5d130f-9566-47da-b220-d5495de6be28', 'actor', 'ffd8f1d7-ad4d-4372-a70a-3260ce8ef9b8', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.240534+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Business service provider, Bulawayo (illustrative)"},{"field":"institutionType","new":"bds_provider"},{"field":"country","new":"ZW"}]');
INSERT INTO public.audit_entries VALUES ('1d91a107-765a-4290-9ce6-42c2a9495fc9', 'network_relation', '60492524-8dd7-4766-83ab-135e5981ded9', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.246193+00', '[{"field":"type","new":"strengthens_association"},{"field":"actorId","new":"c7c32405-e20c-42ce-8a6e-81105b7e01d9"},{"field":"since","new":"2001-09-01"}]');
INSERT INTO public.audit_entries VALUES ('170c0af5-e938-42e8-a9b2-f7fd6c907c8c', 'network_relation', '7585cce3-f5da-434a-8b1a-3f5de11493f4', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.251959+00', '[{"field":"type","new":"feeds_policy_dialogue"},{"field":"actorId","new":"79b5352c-0f69-499d-9686-7a7bf5d8d792"},{"field":"since","new":"2002-01-15"}]');
INSERT INTO public.audit_entries VALUES ('c1bb29e5-de9b-476a-82a1-900cd7b83ea5', 'network_relation', 'c6b3ba29-e8e9-4317-ae09-d5e8b117eb29', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.256071+00', '[{"field":"type","new":"organises_service_demand"},{"field":"actorId","new":"ffd8f1d7-ad4d-4372-a70a-3260ce8ef9b8"},{"field":"since","new":"2001-10-01"}]');
INSERT INTO public.audit_entries VALUES ('fb99409e-ca8b-4866-9291-598105b0df5f', 'network_relation', '9eb069fe-8a5b-430d-a38a-594b3f3fcd0f', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.261771+00', '[{"field":"type","new":"strengthens_association"},{"field":"actorId","new":"7c7197da-b8e5-417a-a31b-3a4df5b178b6"},{"field":"since","new":"1999-01-01"}]');
INSERT INTO public.audit_entries VALUES ('de66afe3-726b-41c4-8b6d-551a9094a95c', 'actor', 'accfa509-39fb-4c18-83a3-eddf21836daa', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.267066+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Peanut grower and sheller (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"peanuts"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('1cc00150-b470-48fa-ac1b-7a45f8dd5ae0', 'membership', 'f97964cc-eafc-45fb-acde-33e3ab64fb17', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.276966+00', '[{"field":"actorId","new":"accfa509-39fb-4c18-83a3-eddf21836daa"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('0bdcffe1-c4a7-4293-b877-b329c764a8a2', 'actor', '042ad63d-a2fc-464c-a3d0-deb9b3be4b78', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.283239+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Plastic jar maker (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"plastic jars"},{"field":"employees","new":"15"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('8a7f172a-4b27-4d09-b449-3d9d5d30be16', 'membership', 'e4fb9e1f-e4ed-49fa-967d-0066cf2cda7e', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.293282+00', '[{"field":"actorId","new":"042ad63d-a2fc-464c-a3d0-deb9b3be4b78"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('9754d6c1-72b3-44cd-9105-fc2b0869ded1', 'network', '10ee2987-b5ff-4265-afc6-47fed1fda69c', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.300459+00', '[{"field":"name","new":"Footwear supplier network"},{"field":"kind","new":"vertical"},{"field":"country","new":"NI"},{"field":"projectId","new":"60ce5e2a-17b5-4989-a6eb-93f238c483ef"},{"field":"phase","new":"supplier_evaluation"},{"field":"formedOn","new":"1999-06-01"},{"field":"description","new":"A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('43f7d4d4-c297-4fcf-a398-520ae5e34fe1', 'membership', '67b267e8-d213-492b-8c12-9eaf67e31122', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.307755+00', '[{"field":"actorId","new":"1f0931cf-f58a-47d6-a51e-0dfad0bffc9b"},{"field":"role","new":"client"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('5774be9e-4fd5-4056-8f82-4881b72dec8d', 'actor', '58d315f5-e35a-4318-9b32-00442507b09d', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.313754+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Shoemaker, Granada (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"leather shoes, sandals"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('a22f17cb-c1ab-44cb-95c8-8f106df9c6c5', 'membership', '6c1ec7c9-1ecd-40d4-8eba-fc78be596765', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.322269+00', '[{"field":"actorId","new":"58d315f5-e35a-4318-9b32-00442507b09d"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('fb82d5ff-f35f-40a0-803b-138afd646651', 'actor', '670967a8-e610-44e0-bdbd-d3214d3794e3', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.327294+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Shoemaker, León (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"leather shoes"},{"field":"employees","new":"15"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('45bc10de-1902-4e3c-af31-40804698a2f1', 'membership', '58dedd68-11bc-4b95-b3cb-c8389eae83c1', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.336033+00', '[{"field":"actorId","new":"670967a8-e610-44e0-bdbd-d3214d3794e3"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('b5041d97-6301-4fad-a5c5-28e10cc65bbd', 'actor', '0cebdbae-1ac0-4611-a0dd-9cf521aee39b', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.34127+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Shoemaker, Masaya (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"leather shoes"},{"field":"employees","new":"22"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('e9f7695e-c43b-43f2-815f-6f5f2f5cc1ed', 'membership', 'af2e5899-37df-4011-a308-61d11ce680ac', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.349286+00', '[{"field":"actorId","new":"0cebdbae-1ac0-4611-a0dd-9cf521aee39b"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('74e74c11-dce0-49d0-9c52-3f50f6066296', 'network', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.355972+00', '[{"field":"name","new":"Rum supplier network"},{"field":"kind","new":"vertical"},{"field":"country","new":"NI"},{"field":"projectId","new":"60ce5e2a-17b5-4989-a6eb-93f238c483ef"},{"field":"phase","new":"supplier_evaluation"},{"field":"formedOn","new":"1999-06-01"},{"field":"description","new":"A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('6e672afa-be4d-4454-960c-8b0713a48952', 'membership', 'aebfbf83-6d24-4576-9634-21707b5997c0', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.36346+00', '[{"field":"actorId","new":"1d6199fd-9a06-4f57-8a7c-e8f1caa1ad24"},{"field":"role","new":"client"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('92d52aac-589c-4a37-a29e-7dc0b33b3867', 'membership', '7c778efd-86a0-4050-a0df-c9a6232726c6', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.376656+00', '[{"field":"actorId","new":"5381964b-1be3-44b1-99c4-7ec033d9a84a"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('cdc47959-d5b3-4628-9095-456ca63d8a03', 'actor', '180b0e08-897f-4e53-8b51-8a91c2845f03', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.381536+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Plastic bottle maker (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"plastic bottles"},{"field":"employees","new":"15"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('536a8b30-948b-4a28-950b-12b57eb1c688', 'membership', '4414c255-4724-4776-af53-8aeef6645504', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.389893+00', '[{"field":"actorId","new":"180b0e08-897f-4e53-8b51-8a91c2845f03"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('ba538a78-a32f-49cd-a922-be91dea29847', 'network', '4abc9082-83a3-4450-9f4e-d9fa1e2c4ccd', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.396324+00', '[{"field":"name","new":"Ice cream and yoghurt supplier network"},{"field":"kind","new":"vertical"},{"field":"country","new":"NI"},{"field":"projectId","new":"60ce5e2a-17b5-4989-a6eb-93f238c483ef"},{"field":"phase","new":"supplier_evaluation"},{"field":"formedOn","new":"1999-06-01"},{"field":"description","new":"A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('7a196046-7e65-4b37-96a2-a65688a2a037', 'membership', 'c761ec4d-c833-4eb4-a159-ad0e8a534a84', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.403111+00', '[{"field":"actorId","new":"09cc31c0-5afb-4cf3-b818-cd600fa3a7b7"},{"field":"role","new":"client"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('8fb8d42e-563f-47ea-810d-03f62ecf8bad', 'actor', 'd9660c2b-b4a9-456c-8bbb-789881893c6c', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.408238+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Cardboard box maker (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"cardboard boxes"},{"field":"employees","new":"8"},{"field":"sizeClass","new":"micro"}]');
INSERT INTO public.audit_entries VALUES ('0e2d8448-d327-4162-802a-42673d8d47a0', 'membership', 'a2b16bf2-a750-406a-802f-8d2617db036b', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.415585+00', '[{"field":"actorId","new":"d9660c2b-b4a9-456c-8bbb-789881893c6c"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('4bc0a9fc-d12e-4453-b01e-f25cdc2fa12a', 'actor', '5accd3c2-2f9b-4c6f-ac99-e73994354204', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.419926+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Refrigeration service (illustrative)"},{"field":"country","new":"NI"},{"field":"products","new":"refrigeration maintenance"},{"field":"employees","new":"15"},{"field":"sizeClass","new":"small"}]');
INSERT INTO public.audit_entries VALUES ('1a81df6f-7b8c-4cac-ba46-6e653b683f20', 'membership', '1b5b8cdd-d8d9-42a4-a9ce-2bb3fcdbe793', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.427185+00', '[{"field":"actorId","new":"5accd3c2-2f9b-4c6f-ac99-e73994354204"},{"field":"role","new":"supplier"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('635e721d-81c5-4165-92bb-d24925a0edd3', 'client_profile', 'd923a064-948d-4773-bd1c-6ef3d6359caa', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.43803+00', '[{"field":"clientId","new":"1d6199fd-9a06-4f57-8a7c-e8f1caa1ad24"},{"field":"qualityWeight","new":"10"},{"field":"deliveryWeight","new":"30"},{"field":"costWeight","new":"10"},{"field":"capacityWeight","new":"10"},{"field":"managementWeight","new":"10"},{"field":"technologyWeight","new":"10"},{"field":"financeWeight","new":"10"},{"field":"hseWeight","new":"10"},{"field":"products","new":"labels, plastic bottles"},{"field":"volumes","new":"Monthly orders (illustrative)"},{"field":"localShareBefore","new":"20"},{"field":"localShareNow","new":"45"},{"field":"minQuality","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('d435f13d-1e87-442c-8185-d69868a266d9', 'supplier_evaluation', '6318f5e8-16fa-4ae6-9ffa-de30a19403d2', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.444808+00', '[{"field":"supplierId","new":"5381964b-1be3-44b1-99c4-7ec033d9a84a"},{"field":"evaluatedOn","new":"1999-07-10"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"certifications","new":"FSC"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('62ec48ff-5a63-4f74-90e7-bd80e7635f2c', 'supplier_evaluation', 'fffce73d-6de8-433f-8806-3ef935a0e5f1', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.451031+00', '[{"field":"supplierId","new":"180b0e08-897f-4e53-8b51-8a91c2845f03"},{"field":"evaluatedOn","new":"1999-07-11"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"3"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('d0ba7b2a-7aa7-4808-9bfc-e2d377787188', 'phase_decision', 'cc7a7949-f085-45b4-99ea-a1704e90dd88', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.465008+00', '[{"field":"decidedOn","new":"1999-07-30"},{"field":"fromPhase","new":"supplier_evaluation"},{"field":"toPhase","new":"round_tables"},{"field":"reason","new":"Suppliers evaluated"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('13828ddd-b441-44bb-aa27-9a1e6437f6f7', 'network', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', 'update', NULL, 'demo loader', '2026-12-03 10:14:49.467343+00', '[{"field":"phase","old":"supplier_evaluation","new":"round_tables"}]');
INSERT INTO public.audit_entries VALUES ('c7690d95-3ffc-4ad4-8765-2add38408636', 'round_table', '2fe2a826-3679-45b7-b52e-82da26af7990', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.472551+00', '[{"field":"title","new":"Round table with the client"},{"field":"heldOn","new":"1999-08-12"},{"field":"place","new":"CADIN, Managua"},{"field":"actorIds","new":"1d6199fd-9a06-4f57-8a7c-e8f1caa1ad24, 5381964b-1be3-44b1-99c4-7ec033d9a84a, 180b0e08-897f-4e53-8b51-8a91c2845f03"},{"field":"women","new":"3"},{"field":"men","new":"9"},{"field":"agreedRequirements","new":"Deliveries on the agreed day, Batches checked before shipping"},{"field":"improvementAreas","new":"Production planning, Quality control, Stock of materials"}]');
INSERT INTO public.audit_entries VALUES ('420ca806-745b-49ec-8838-aee2da4a5740', 'client_profile', 'cf895eb5-ceed-47b6-8d16-68f9e25a9e30', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.485121+00', '[{"field":"clientId","new":"eb25135f-1d7a-4f84-ba62-6c2f4d0721c2"},{"field":"qualityWeight","new":"12.5"},{"field":"deliveryWeight","new":"12.5"},{"field":"costWeight","new":"12.5"},{"field":"capacityWeight","new":"12.5"},{"field":"managementWeight","new":"12.5"},{"field":"technologyWeight","new":"12.5"},{"field":"financeWeight","new":"12.5"},{"field":"hseWeight","new":"12.5"},{"field":"products","new":"peanuts, plastic jars"},{"field":"volumes","new":"Monthly orders (illustrative)"},{"field":"localShareBefore","new":"20"},{"field":"localShareNow","new":"30"},{"field":"minQuality","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('2d51fa01-654e-486c-9b4b-6f338d9137a3', 'supplier_evaluation', 'ef157df2-4c66-40d4-83f1-286b2bb0cec5', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.490172+00', '[{"field":"supplierId","new":"accfa509-39fb-4c18-83a3-eddf21836daa"},{"field":"evaluatedOn","new":"1999-07-10"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('e7f0381c-5054-4217-bc87-e2e3e46f902e', 'supplier_evaluation', '7c4cf5ef-1e58-4eae-97da-bb84981d2785', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.495129+00', '[{"field":"supplierId","new":"042ad63d-a2fc-464c-a3d0-deb9b3be4b78"},{"field":"evaluatedOn","new":"1999-07-11"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"3"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('e684e234-f4e8-4088-a808-f1135bc15d76', 'result', 'ce5b8295-679f-47e1-ad8b-7832c0839a1d', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.4658+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('695bfa18-323c-4309-8fee-d507ef2c0f94', 'round_table', 'b20a7281-cc50-4dcb-bc35-1f4c07801984', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.512999+00', '[{"field":"title","new":"Round table with the client"},{"field":"heldOn","new":"1999-08-12"},{"field":"place","new":"CADIN, Managua"},{"field":"actorIds","new":"eb25135f-1d7a-4f84-ba62-6c2f4d0721c2, accfa509-39fb-4c18-83a3-eddf21836daa, 042ad63d-a2fc-464c-a3d0-deb9b3be4b78"},{"field":"women","new":"3"},{"field":"men","new":"9"},{"field":"agreedRequirements","new":"Deliveries on the agreed day, Batches checked before shipping"},{"field":"improvementAreas","new":"Production planning, Quality control, Stock of materials"}]');
INSERT INTO public.audit_entries VALUES ('70d3f56c-7af7-45bc-b64d-ec6b63e1d239', 'client_profile', 'd83a3543-23eb-4a24-a351-77cd726b754d', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.522688+00', '[{"field":"clientId","new":"09cc31c0-5afb-4cf3-b818-cd600fa3a7b7"},{"field":"qualityWeight","new":"10"},{"field":"deliveryWeight","new":"30"},{"field":"costWeight","new":"10"},{"field":"capacityWeight","new":"10"},{"field":"managementWeight","new":"10"},{"field":"technologyWeight","new":"10"},{"field":"financeWeight","new":"10"},{"field":"hseWeight","new":"10"},{"field":"products","new":"cardboard boxes, refrigeration maintenance"},{"field":"volumes","new":"Monthly orders (illustrative)"},{"field":"localShareBefore","new":"20"},{"field":"localShareNow","new":"45"},{"field":"minQuality","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('2aa49cbe-724a-4e67-bfe3-fe99d96496f2', 'supplier_evaluation', '5d597149-ef36-4e53-8d04-d66e023f7787', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.527798+00', '[{"field":"supplierId","new":"d9660c2b-b4a9-456c-8bbb-789881893c6c"},{"field":"evaluatedOn","new":"1999-07-10"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('619fb99e-9cf8-4b60-b1a5-7bd12c873369', 'supplier_evaluation', '591b645b-7d0e-4268-8642-edd9751e57d1', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.532878+00', '[{"field":"supplierId","new":"5accd3c2-2f9b-4c6f-ac99-e73994354204"},{"field":"evaluatedOn","new":"1999-07-11"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"3"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('2b748a30-a5ed-49b0-ab7d-1d0f740ffc62', 'phase_decision', 'ea3f4de2-a783-4c67-a340-e7b95d8dcc3a', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.544423+00', '[{"field":"decidedOn","new":"1999-07-30"},{"field":"fromPhase","new":"supplier_evaluation"},{"field":"toPhase","new":"round_tables"},{"field":"reason","new":"Suppliers evaluated"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('ed0cfb60-8d68-4117-8d75-30512db40524', 'network', '4abc9082-83a3-4450-9f4e-d9fa1e2c4ccd', 'update', NULL, 'demo loader', '2026-12-03 10:14:49.546856+00', '[{"field":"phase","old":"supplier_evaluation","new":"round_tables"}]');
INSERT INTO public.audit_entries VALUES ('7a83af19-0e40-46e7-ba08-53da6e7c8f39', 'round_table', 'ca21871f-5aae-4ca1-bffc-384f65ddc8db', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.551963+00', '[{"field":"title","new":"Round table with the client"},{"field":"heldOn","new":"1999-08-12"},{"field":"place","new":"CADIN, Managua"},{"field":"actorIds","new":"09cc31c0-5afb-4cf3-b818-cd600fa3a7b7, d9660c2b-b4a9-456c-8bbb-789881893c6c, 5accd3c2-2f9b-4c6f-ac99-e73994354204"},{"field":"women","new":"3"},{"field":"men","new":"9"},{"field":"agreedRequirements","new":"Deliveries on the agreed day, Batches checked before shipping"},{"field":"improvementAreas","new":"Production planning, Quality control, Stock of materials"}]');
INSERT INTO public.audit_entries VALUES ('1634632e-a793-4d12-91cd-de5f1627f5a9', 'client_profile', 'd7e3bb05-fa34-4a1e-9973-3261545de57f', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.562469+00', '[{"field":"clientId","new":"1f0931cf-f58a-47d6-a51e-0dfad0bffc9b"},{"field":"qualityWeight","new":"12.5"},{"field":"deliveryWeight","new":"12.5"},{"field":"costWeight","new":"12.5"},{"field":"capacityWeight","new":"12.5"},{"field":"managementWeight","new":"12.5"},{"field":"technologyWeight","new":"12.5"},{"field":"financeWeight","new":"12.5"},{"field":"hseWeight","new":"12.5"},{"field":"products","new":"leather shoes, sandals"},{"field":"volumes","new":"Monthly orders (illustrative)"},{"field":"localShareBefore","new":"20"},{"field":"localShareNow","new":"30"},{"field":"minQuality","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('134b5f33-f5ef-4e51-9855-ab5e20b22756', 'supplier_evaluation', '72f3f9f4-9ff3-45b3-96da-c006bc16564d', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.567468+00', '[{"field":"supplierId","new":"58d315f5-e35a-4318-9b32-00442507b09d"},{"field":"evaluatedOn","new":"1999-07-10"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('bf34099a-5a24-4bad-88da-e01b0a9010ae', 'supplier_evaluation', '0b14adaa-8f8d-44fe-a931-95ac33e783b2', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.572458+00', '[{"field":"supplierId","new":"670967a8-e610-44e0-bdbd-d3214d3794e3"},{"field":"evaluatedOn","new":"1999-07-11"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"3"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('6a924d38-9bfe-44ac-9fa7-90e788728feb', 'supplier_evaluation', 'a9f663ae-4041-412e-af84-a24f1e399942', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.577308+00', '[{"field":"supplierId","new":"0cebdbae-1ac0-4611-a0dd-9cf521aee39b"},{"field":"evaluatedOn","new":"1999-07-12"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"qualityScore","new":"3"},{"field":"deliveryScore","new":"2"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"3"},{"field":"managementScore","new":"2"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"3"}]');
INSERT INTO public.audit_entries VALUES ('5d937d86-bb0b-4d5b-b467-792b56c539bf', 'phase_decision', '62e99803-e144-4848-85d5-294e9caba5e5', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.588664+00', '[{"field":"decidedOn","new":"1999-07-30"},{"field":"fromPhase","new":"supplier_evaluation"},{"field":"toPhase","new":"round_tables"},{"field":"reason","new":"Suppliers evaluated"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('f9b2f6f8-36ae-416e-b065-acbf29ae7d7a', 'network', '10ee2987-b5ff-4265-afc6-47fed1fda69c', 'update', NULL, 'demo loader', '2026-12-03 10:14:49.590933+00', '[{"field":"phase","old":"supplier_evaluation","new":"round_tables"}]');
INSERT INTO public.audit_entries VALUES ('75e90f57-fbdb-4efb-941e-668d64b5e6af', 'round_table', 'a7afe21f-23f9-4451-9f73-3f45f56df811', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.596083+00', '[{"field":"title","new":"Round table with the client"},{"field":"heldOn","new":"1999-08-12"},{"field":"place","new":"CADIN, Managua"},{"field":"actorIds","new":"1f0931cf-f58a-47d6-a51e-0dfad0bffc9b, 58d315f5-e35a-4318-9b32-00442507b09d, 670967a8-e610-44e0-bdbd-d3214d3794e3, 0cebdbae-1ac0-4611-a0dd-9cf521aee39b"},{"field":"women","new":"3"},{"field":"men","new":"9"},{"field":"agreedRequirements","new":"Deliveries on the agreed day, Batches checked before shipping"},{"field":"improvementAreas","new":"Production planning, Quality control, Stock of materials"}]');
INSERT INTO public.audit_entries VALUES ('ed24c957-7715-4e25-aedc-48016d0237b5', 'phase_decision', '5cbaf6fb-6c83-4c4e-a970-8cc4851ca313', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.612547+00', '[{"field":"decidedOn","new":"1999-08-20"},{"field":"fromPhase","new":"round_tables"},{"field":"toPhase","new":"detailed_analysis"},{"field":"reason","new":"The client''s requirements agreed"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('abb27017-1bd8-46bb-a9be-d9c982c45ca5', 'phase_decision', '23c1cb0e-235e-4939-9627-42ed4d835263', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.629086+00', '[{"field":"decidedOn","new":"1999-09-10"},{"field":"fromPhase","new":"detailed_analysis"},{"field":"toPhase","new":"improvement_plan"},{"field":"reason","new":"Areas of improvement identified"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('d488a19d-2f3b-4cc9-81e1-283124389b39', 'network', '82a6c124-3997-4936-b667-e55510412d91', 'update', NULL, 'demo loader', '2026-12-03 10:14:49.631363+00', '[{"field":"phase","old":"detailed_analysis","new":"improvement_plan"}]');
INSERT INTO public.audit_entries VALUES ('50e7b2ac-0bfc-4a86-9675-7f4bf5ee2c77', 'improvement_plan', '573dcacf-c483-4588-a5ef-0f020a94d7ad', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.636799+00', '[{"field":"firmId","new":"eb25135f-1d7a-4f84-ba62-6c2f4d0721c2"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('12b061b2-43f4-4684-a4e9-f994ab28a4f9', 'improvement_action', '4bf368d0-e3f8-45f3-a8d3-fe6dd54cff3e', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.642572+00', '[{"field":"planId","new":"573dcacf-c483-4588-a5ef-0f020a94d7ad"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('218fae9a-6a5b-4803-85a7-88ad31bb9460', 'improvement_action', 'a7dda4f6-76a5-4d43-87d5-066caa27d5b2', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.648078+00', '[{"field":"planId","new":"573dcacf-c483-4588-a5ef-0f020a94d7ad"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"in_progress"}]');
INSERT INTO public.audit_entries VALUES ('aed0f985-e126-419c-91f2-58fa808bf7fa', 'improvement_action', 'c6644dab-c8e9-490f-b763-9eac7ede6903', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.653522+00', '[{"field":"planId","new":"573dcacf-c483-4588-a5ef-0f020a94d7ad"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('9f890cc8-6fb8-4a42-98d3-e9b40d86178c', 'improvement_action', 'dd78d0e2-6229-45a8-b545-8832c6fa895a', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.659005+00', '[{"field":"planId","new":"573dcacf-c483-4588-a5ef-0f020a94d7ad"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('e0ddf005-6bd9-4e08-9384-32692fdff95f', 'improvement_action', '695b038b-96db-4083-b4c4-1df0be0dc8af', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.664637+00', '[{"field":"planId","new":"573dcacf-c483-4588-a5ef-0f020a94d7ad"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('1550d5e5-4002-439e-867d-6e969a52c3e8', 'improvement_plan', '931ced52-d993-4750-a930-e10f587ab274', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.669783+00', '[{"field":"firmId","new":"accfa509-39fb-4c18-83a3-eddf21836daa"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('0fb4fd36-8330-443e-a90b-ec03754f91ef', 'improvement_action', '3ebbcdc8-1632-4fb5-8755-110d372c7c5d', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.67586+00', '[{"field":"planId","new":"931ced52-d993-4750-a930-e10f587ab274"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('6c56eafd-8276-4359-9e03-c8b547ef1fcf', 'improvement_action', '5011e2c9-5ba9-47f4-b472-b2cf62f6d0ad', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.681597+00', '[{"field":"planId","new":"931ced52-d993-4750-a930-e10f587ab274"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"in_progress"}]');
INSERT INTO public.audit_entries VALUES ('900b80b6-037e-4772-9f39-d5b8208add0d', 'improvement_action', '22e6ba32-781d-4ed6-8071-37af9c984b0b', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.687306+00', '[{"field":"planId","new":"931ced52-d993-4750-a930-e10f587ab274"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('dfc4dc1e-f82d-431c-afce-423730aaa680', 'improvement_action', 'f7932639-740d-4957-a9a3-4083a6373c0f', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.693061+00', '[{"field":"planId","new":"931ced52-d993-4750-a930-e10f587ab274"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('21c3899c-cd89-4c20-a0fa-f3dcb2db820c', 'improvement_action', '49ecc8ca-88cb-485b-8a8b-fbdf8dd6c3fb', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.698195+00', '[{"field":"planId","new":"931ced52-d993-4750-a930-e10f587ab274"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('df45089e-c4e0-48e7-9310-75efcb7d1a39', 'improvement_plan', '74957dd4-223c-4853-9807-601e64903118', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.702701+00', '[{"field":"firmId","new":"042ad63d-a2fc-464c-a3d0-deb9b3be4b78"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('701174c0-1245-40ed-85a4-7c7dcb490619', 'improvement_action', '0cfc4c2f-44d6-46dc-a7d3-5942ae9cabe1', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.708525+00', '[{"field":"planId","new":"74957dd4-223c-4853-9807-601e64903118"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('900aed37-3662-41a0-80b5-6112b6dfa138', 'improvement_action', 'b7285233-c0cb-42c0-a981-00e023997398', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.71442+00', '[{"field":"planId","new":"74957dd4-223c-4853-9807-601e64903118"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"in_progress"}]');
INSERT INTO public.audit_entries VALUES ('81fda062-c010-4ece-bad1-a3a2811b9c84', 'improvement_action', '98aa7a93-7ff4-42f6-bbb3-044794cceed2', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.719567+00', '[{"field":"planId","new":"74957dd4-223c-4853-9807-601e64903118"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('5ab6eeb5-6953-4dcb-a233-8bd342bfbf9b', 'improvement_action', 'ea811a75-2e33-4f64-a8be-c48a81083e5b', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.724241+00', '[{"field":"planId","new":"74957dd4-223c-4853-9807-601e64903118"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('a1ca5dca-d536-4249-8fe9-00698ebcc7a9', 'result', '348fb2bb-83c1-4297-b530-0dd5882398f9', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.47293+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('baa4b895-f9ca-4658-b6a4-702712199925', 'improvement_action', '7c96d1be-c2be-473e-aada-fdf62ea15427', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.728722+00', '[{"field":"planId","new":"74957dd4-223c-4853-9807-601e64903118"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('cb3ef2f7-f892-4b92-9c18-f31ab4206e06', 'phase_decision', '2b4fbe7d-df98-44a9-a042-7a2fc072f803', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.741338+00', '[{"field":"decidedOn","new":"1999-08-20"},{"field":"fromPhase","new":"round_tables"},{"field":"toPhase","new":"detailed_analysis"},{"field":"reason","new":"The client''s requirements agreed"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('eebdfa9d-16d3-4fe5-bf5d-ac008262b54e', 'network', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', 'update', NULL, 'demo loader', '2026-12-03 10:14:49.743522+00', '[{"field":"phase","old":"round_tables","new":"detailed_analysis"}]');
INSERT INTO public.audit_entries VALUES ('b34949e2-8ec8-4f5c-9617-eb3f5f27f3a6', 'phase_decision', '05c60c46-2a7b-47c2-9285-9ef7faee753d', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.756984+00', '[{"field":"decidedOn","new":"1999-09-10"},{"field":"fromPhase","new":"detailed_analysis"},{"field":"toPhase","new":"improvement_plan"},{"field":"reason","new":"Areas of improvement identified"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('56b3bee4-586d-46d4-bd4d-ecb80cb299fa', 'network', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', 'update', NULL, 'demo loader', '2026-12-03 10:14:49.759061+00', '[{"field":"phase","old":"detailed_analysis","new":"improvement_plan"}]');
INSERT INTO public.audit_entries VALUES ('bb48e800-661b-430a-bc2b-d1fd3a9492ea', 'improvement_plan', '2564de98-e64d-4376-8c5a-ff2ecb99b464', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.764255+00', '[{"field":"firmId","new":"1d6199fd-9a06-4f57-8a7c-e8f1caa1ad24"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('93ba72bf-7930-4e83-82a2-79e3d08d9e1c', 'improvement_action', '637959bf-914e-4d32-a10e-88c9c853c1b3', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.768794+00', '[{"field":"planId","new":"2564de98-e64d-4376-8c5a-ff2ecb99b464"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('a74c330d-20e2-4699-94f3-00996cbb0277', 'improvement_action', '6603cd03-c064-4932-86bd-cd8f5ff07c4b', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.773304+00', '[{"field":"planId","new":"2564de98-e64d-4376-8c5a-ff2ecb99b464"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('e0a85d73-0247-499b-afbb-defd81d705e1', 'improvement_action', 'fff54f1c-072d-43bd-b5fb-840356ef0914', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.777724+00', '[{"field":"planId","new":"2564de98-e64d-4376-8c5a-ff2ecb99b464"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('78f5f9f5-1735-424f-87ef-268823a7ea73', 'improvement_action', '68bc667c-223c-4a63-b714-70a9421de4b1', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.782116+00', '[{"field":"planId","new":"2564de98-e64d-4376-8c5a-ff2ecb99b464"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('44afb195-7a74-48d7-a487-5546b03de0c4', 'improvement_action', '86c8bd16-e3f6-4e4a-a744-606b027608c8', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.786548+00', '[{"field":"planId","new":"2564de98-e64d-4376-8c5a-ff2ecb99b464"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('ec6bf469-8ebf-4a25-b2fb-0a029df7c202', 'improvement_plan', '8a946ad8-a78f-4418-89b1-443572cb27cf', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.790887+00', '[{"field":"firmId","new":"5381964b-1be3-44b1-99c4-7ec033d9a84a"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('86a915f8-a773-4fb6-b134-7c3e28e5794c', 'improvement_action', '6ab544c7-2452-47f8-94ea-5c664d09a56c', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.795343+00', '[{"field":"planId","new":"8a946ad8-a78f-4418-89b1-443572cb27cf"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('811fb2b2-c94a-4473-aaf8-b6fb58fbd2fe', 'improvement_action', '4dc8a420-90ae-4324-9ada-61d2a40371b1', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.800006+00', '[{"field":"planId","new":"8a946ad8-a78f-4418-89b1-443572cb27cf"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('3f0c4f4f-52dd-49ba-9d7c-af500294f9fb', 'improvement_action', 'aee37e5a-c55a-4947-9c6b-5f1391ddd68b', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.804788+00', '[{"field":"planId","new":"8a946ad8-a78f-4418-89b1-443572cb27cf"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('ad7792ed-d157-42a5-a286-866eb42d49c6', 'improvement_action', 'af4e4b84-34c8-423f-92c0-54518061c034', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.809697+00', '[{"field":"planId","new":"8a946ad8-a78f-4418-89b1-443572cb27cf"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('75e9c7bf-31a9-4e0e-88cf-365064175626', 'improvement_action', 'cb5af538-9536-4b53-8679-332b5dbf82d2', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.815582+00', '[{"field":"planId","new":"8a946ad8-a78f-4418-89b1-443572cb27cf"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('dd7362d8-f22c-47f8-839e-9fd634e1164f', 'improvement_plan', '022e9a43-328e-4555-b1b4-664e90f834b3', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.823653+00', '[{"field":"firmId","new":"180b0e08-897f-4e53-8b51-8a91c2845f03"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"2000-03-31"},{"field":"objectives","new":"Deliver on time, Halve rejected batches"}]');
INSERT INTO public.audit_entries VALUES ('eab1fcc3-b1cb-42b6-b3c2-eede02409c16', 'improvement_action', '7b508346-5503-4af2-93c7-6e311c84b294', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.828495+00', '[{"field":"planId","new":"022e9a43-328e-4555-b1b4-664e90f834b3"},{"field":"category","new":"training"},{"field":"title","new":"Leadership, teamwork and planning course"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-10-01"},{"field":"endOn","new":"1999-10-31"},{"field":"cost","new":"800"},{"field":"payer","new":"donors"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('b98f4355-c97d-44cb-b52f-bf74aa770bb5', 'improvement_action', '8511bb8b-ffa8-4fae-96a2-bce5d95d24b4', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.833392+00', '[{"field":"planId","new":"022e9a43-328e-4555-b1b4-664e90f834b3"},{"field":"category","new":"process_layout"},{"field":"title","new":"New layout of the workshop"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-11-01"},{"field":"endOn","new":"1999-12-15"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('59d68e40-8567-4201-ad81-516ab6012900', 'improvement_action', 'ac3485ca-6b16-471f-8025-010aa5e27c45', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.838571+00', '[{"field":"planId","new":"022e9a43-328e-4555-b1b4-664e90f834b3"},{"field":"category","new":"inventory"},{"field":"title","new":"Stock of materials reduced to two weeks"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"1999-12-01"},{"field":"endOn","new":"2000-01-31"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('e8a83008-182b-4976-87d6-d19a6efd953e', 'improvement_action', 'ea9cebbd-ba70-464b-b6c6-96910d8a25ac', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.844108+00', '[{"field":"planId","new":"022e9a43-328e-4555-b1b4-664e90f834b3"},{"field":"category","new":"total_quality"},{"field":"title","new":"Batch checks before shipping"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-01-15"},{"field":"endOn","new":"2000-02-28"},{"field":"status","new":"done"}]');
INSERT INTO public.audit_entries VALUES ('4c8a3cd2-7448-4420-8a51-273a5b3d0272', 'improvement_action', '2fb8431f-e63c-4731-824d-d3b09d15b6cc', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.849422+00', '[{"field":"planId","new":"022e9a43-328e-4555-b1b4-664e90f834b3"},{"field":"category","new":"investment"},{"field":"title","new":"Small equipment"},{"field":"owner","new":"Owner of the firm"},{"field":"startOn","new":"2000-03-01"},{"field":"endOn","new":"2000-03-31"},{"field":"cost","new":"3000"},{"field":"payer","new":"recipient"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('e988fcd3-37c4-4463-a583-d17414531195', 'linkage_unit', '67977aaa-d563-447f-92ed-538ee31e41b9', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.858212+00', '[{"field":"name","new":"Vertical Linkages Unit"},{"field":"hostInstitutionId","new":"75805dc9-5396-4ca3-aa7c-d497878bad7c"},{"field":"establishedOn","new":"1999-03-01"},{"field":"package","new":"Supplier evaluation, round tables, detailed analysis and integrated improvement plans for a client and its suppliers."}]');
INSERT INTO public.audit_entries VALUES ('d0b0e847-9103-48d3-b298-201d6ba71725', 'fee_year', 'c640d39f-c435-4518-a290-bc1952911f56', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.8636+00', '[{"field":"year","new":"1999"},{"field":"packages","new":"4"},{"field":"fee","new":"200"},{"field":"unitCost","new":"1000"},{"field":"invoiced","new":"800"},{"field":"paid","new":"800"}]');
INSERT INTO public.audit_entries VALUES ('d238fb6f-e05f-4e70-8c5a-8204fd565c58', 'fee_year', '0994e20e-2c78-4a98-b9de-dd088d0f3fcd', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.867986+00', '[{"field":"year","new":"2000"},{"field":"packages","new":"6"},{"field":"fee","new":"400"},{"field":"unitCost","new":"1000"},{"field":"invoiced","new":"2400"},{"field":"paid","new":"2000"}]');
INSERT INTO public.audit_entries VALUES ('ae952ab3-faaa-4202-b28c-9ddc5daacaf4', 'fee_year', '84052db6-6c29-444d-9594-e9c3a7d08e93', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.871089+00', '[{"field":"year","new":"2001"},{"field":"packages","new":"8"},{"field":"fee","new":"700"},{"field":"unitCost","new":"1000"},{"field":"invoiced","new":"5600"},{"field":"paid","new":"5600"}]');
INSERT INTO public.audit_entries VALUES ('973deae2-10d6-459c-a778-d0a5a7deb73a', 'fee_year', 'fe98c405-0b95-42da-be20-529381d310a9', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.873927+00', '[{"field":"year","new":"2002"},{"field":"packages","new":"10"},{"field":"fee","new":"1000"},{"field":"unitCost","new":"1000"},{"field":"invoiced","new":"10000"},{"field":"paid","new":"9000"}]');
INSERT INTO public.audit_entries VALUES ('8ba44752-4ecc-4fb0-94a6-8d6da1f6041d', 'result', '8b52fa32-b5b0-4baf-8389-0c0b432095da', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.884679+00', '[{"field":"indicatorId","new":"244c71ec-59c3-4d0c-b4b6-fcdcc7abd6ab"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"accfa509-39fb-4c18-83a3-eddf21836daa"},{"field":"observedOn","new":"1999-09-30"},{"field":"value","new":"55"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('424cd5bc-2a5f-41fc-ab9a-6a259230d339', 'result', '52a705dc-aade-4e70-9c69-8a884af69187', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.897538+00', '[{"field":"indicatorId","new":"244c71ec-59c3-4d0c-b4b6-fcdcc7abd6ab"},{"field":"kind","new":"target"},{"field":"actorId","new":"accfa509-39fb-4c18-83a3-eddf21836daa"},{"field":"observedOn","new":"2000-03-31"},{"field":"value","new":"90"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('56602eb9-bfa9-4478-ab47-0b46f1c7eb8c', 'result', 'dbd1d367-a08f-4710-b9f1-4dbbba75b982', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.910906+00', '[{"field":"indicatorId","new":"244c71ec-59c3-4d0c-b4b6-fcdcc7abd6ab"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"accfa509-39fb-4c18-83a3-eddf21836daa"},{"field":"observedOn","new":"1999-12-31"},{"field":"value","new":"75"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('ea953e4b-f6a7-4d74-b23c-9e0ef312a430', 'result', '0745cc33-68ed-4e63-8ce4-d992a61e537e', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.923677+00', '[{"field":"indicatorId","new":"fa508efb-7e54-4b9c-84ef-135e7cd75152"},{"field":"kind","new":"baseline"},{"field":"actorId","new":"accfa509-39fb-4c18-83a3-eddf21836daa"},{"field":"observedOn","new":"1999-09-30"},{"field":"value","new":"12"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('93e862e5-eaca-4eee-a661-4f4766fd90c7', 'result', '9e495971-7110-4ebe-b0ce-879206edc4b9', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.936841+00', '[{"field":"indicatorId","new":"fa508efb-7e54-4b9c-84ef-135e7cd75152"},{"field":"kind","new":"target"},{"field":"actorId","new":"accfa509-39fb-4c18-83a3-eddf21836daa"},{"field":"observedOn","new":"2000-03-31"},{"field":"value","new":"5"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('2901a65d-84c0-4266-8360-c2c27be09b3a', 'result', '7ae88900-df15-4d32-b0db-527714db4367', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.951514+00', '[{"field":"indicatorId","new":"fa508efb-7e54-4b9c-84ef-135e7cd75152"},{"field":"kind","new":"measurement"},{"field":"actorId","new":"accfa509-39fb-4c18-83a3-eddf21836daa"},{"field":"observedOn","new":"1999-12-31"},{"field":"value","new":"9"},{"field":"status","new":"draft"}]');
INSERT INTO public.audit_entries VALUES ('7a4fed5a-931e-4a71-81ae-7c1b63090622', 'supplier_evaluation', '907682f9-ce2a-4e8c-9d2f-930652fcd0d0', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.957962+00', '[{"field":"supplierId","new":"5381964b-1be3-44b1-99c4-7ec033d9a84a"},{"field":"evaluatedOn","new":"2000-03-15"},{"field":"evaluator","new":"Linkage broker, CADIN (illustrative)"},{"field":"certifications","new":"FSC"},{"field":"qualityScore","new":"4"},{"field":"deliveryScore","new":"4"},{"field":"deliveryEvidence","new":"Deliveries checked against the client''s records for three months."},{"field":"costScore","new":"3"},{"field":"capacityScore","new":"4"},{"field":"managementScore","new":"3"},{"field":"technologyScore","new":"3"},{"field":"financeScore","new":"3"},{"field":"hseScore","new":"4"}]');
INSERT INTO public.audit_entries VALUES ('15ddb1e5-005c-4435-98d1-0d1e4e1f933b', 'phase_decision', '8631f10e-1a98-4460-a535-3d7fa9e021d9', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.972202+00', '[{"field":"decidedOn","new":"2000-03-20"},{"field":"fromPhase","new":"improvement_plan"},{"field":"toPhase","new":"partnership_decision"},{"field":"reason","new":"Every firm has carried out its plan"},{"field":"override","new":"no"}]');
INSERT INTO public.audit_entries VALUES ('ed014106-8f63-4d2a-9f4a-fe796de639d5', 'network', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', 'update', NULL, 'demo loader', '2026-12-03 10:14:49.974649+00', '[{"field":"phase","old":"improvement_plan","new":"partnership_decision"}]');
INSERT INTO public.audit_entries VALUES ('fc3ef2cc-6489-48c6-a8b5-373a2cffb27d', 'partnership_decision', '622fab43-1c4e-4298-ad6d-ccb450bf081a', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.984772+00', '[{"field":"clientId","new":"1d6199fd-9a06-4f57-8a7c-e8f1caa1ad24"},{"field":"supplierId","new":"5381964b-1be3-44b1-99c4-7ec033d9a84a"},{"field":"decidedOn","new":"2000-04-01"},{"field":"entered","new":"yes"},{"field":"contractValue","new":"85000"},{"field":"contractStart","new":"2000-05-01"},{"field":"contractEnd","new":"2001-04-30"},{"field":"lender","new":"Local bank (illustrative)"},{"field":"loanAmount","new":"12000"},{"field":"notes","new":"The client buys its labels locally instead of importing them."}]');
INSERT INTO public.audit_entries VALUES ('fcd4856a-3c59-440d-89ca-be586cdfabef', 'partnership_decision', '9e3090b4-9542-461b-93b6-2c8fef3450ea', 'create', NULL, 'demo loader', '2026-12-03 10:14:49.996404+00', '[{"field":"clientId","new":"1d6199fd-9a06-4f57-8a7c-e8f1caa1ad24"},{"field":"supplierId","new":"180b0e08-897f-4e53-8b51-8a91c2845f03"},{"field":"decidedOn","new":"2000-04-01"},{"field":"entered","new":"no"},{"field":"notes","new":"Bottle quality not yet at the client''s standard; re-evaluate after the quality system."}]');
INSERT INTO public.audit_entries VALUES ('d7588113-42f5-41b5-b1cc-8363c72948b7', 'network', '741bdc4e-cbfc-4005-8163-d14977f1cd0d', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.033509+00', '[{"field":"name","new":"Furniture makers'' network, Tegucigalpa (illustrative)"},{"field":"kind","new":"horizontal"},{"field":"country","new":"HN"},{"field":"projectId","new":"18474a8a-4e16-45b4-b17e-ad273b886a3e"},{"field":"phase","new":"strategic_projects"},{"field":"formedOn","new":"1994-05-01"},{"field":"description","new":"One of the networks the Honduran brokers promoted. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('927e706d-5e9d-4058-b7e6-596eaf2431d1', 'broker', '779fd235-12e9-4614-9454-2094fb672c6c', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.04522+00', '[{"field":"personId","new":"6d830112-70e2-462e-93f2-e6f1908e4e36"},{"field":"name","new":"Executive director, CERTEC (illustrative)"},{"field":"kind","new":"network"},{"field":"status","new":"active"},{"field":"country","new":"HN"},{"field":"note","new":"A former national consultant of the project, now staff of CERTEC."}]');
INSERT INTO public.audit_entries VALUES ('b6d21947-f9b8-439e-a30e-3db1b8283ff2', 'broker_employment', '4964ba89-bf44-49fd-9245-1a65fbc6aefa', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.052963+00', '[{"field":"brokerId","new":"779fd235-12e9-4614-9454-2094fb672c6c"},{"field":"employerKind","new":"project"},{"field":"projectId","new":"18474a8a-4e16-45b4-b17e-ad273b886a3e"},{"field":"role","new":"National consultant"},{"field":"fromOn","new":"1993-03-01"},{"field":"toOn","new":"1997-06-30"},{"field":"monthlyCost","new":"1200"}]');
INSERT INTO public.audit_entries VALUES ('6e5bee46-0a3a-41f1-adb8-a2644719ddde', 'broker_employment', '8d7ef05d-55d0-4c64-94a6-51660dede99b', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.061696+00', '[{"field":"brokerId","new":"779fd235-12e9-4614-9454-2094fb672c6c"},{"field":"employerKind","new":"institution"},{"field":"institutionId","new":"70148723-792b-44ed-97f8-bd7fb9611842"},{"field":"role","new":"Broker, paid from fees"},{"field":"fromOn","new":"1997-07-01"},{"field":"monthlyCost","new":"1200"}]');
INSERT INTO public.audit_entries VALUES ('f743bf40-8caf-4f3b-b84e-11bb170f9c77', 'broker_assignment', '248fdac2-eb27-47f6-bf5e-fa6227c1a4e4', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.068989+00', '[{"field":"brokerId","new":"779fd235-12e9-4614-9454-2094fb672c6c"},{"field":"networkId","new":"741bdc4e-cbfc-4005-8163-d14977f1cd0d"},{"field":"fromOn","new":"1994-05-01"},{"field":"toOn","new":"1997-12-31"},{"field":"timeShare","new":"60"}]');
INSERT INTO public.audit_entries VALUES ('ebbb473b-bfe2-4028-a5dd-d4310364a6d4', 'person', '75be54e5-97f5-4af7-bf44-e4f4807be025', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.074368+00', '[{"field":"name","new":"Network broker, CERTEC (illustrative)"},{"field":"organisationId","new":"70148723-792b-44ed-97f8-bd7fb9611842"},{"field":"sex","new":"female"}]');
INSERT INTO public.audit_entries VALUES ('d46a8298-aa3c-4529-87a2-0426edd6b1ec', 'broker', '5b99f9b7-56d2-4183-b847-65144fc8c570', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.080377+00', '[{"field":"personId","new":"75be54e5-97f5-4af7-bf44-e4f4807be025"},{"field":"name","new":"Network broker, CERTEC (illustrative)"},{"field":"kind","new":"network"},{"field":"status","new":"active"},{"field":"country","new":"HN"},{"field":"note","new":"A former national consultant of the project, now staff of CERTEC."}]');
INSERT INTO public.audit_entries VALUES ('685513ab-c352-439c-bb3e-e9f88830fc87', 'broker_employment', 'eecb55fd-4726-4840-a61c-234719fd6f07', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.085495+00', '[{"field":"brokerId","new":"5b99f9b7-56d2-4183-b847-65144fc8c570"},{"field":"employerKind","new":"project"},{"field":"projectId","new":"18474a8a-4e16-45b4-b17e-ad273b886a3e"},{"field":"role","new":"National consultant"},{"field":"fromOn","new":"1994-01-01"},{"field":"toOn","new":"1997-06-30"},{"field":"monthlyCost","new":"1200"}]');
INSERT INTO public.audit_entries VALUES ('5c3214c5-72ba-45a4-a459-ecde4b7c7588', 'broker_employment', '3c6bfefb-5383-4e06-808c-65008e788e74', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.093034+00', '[{"field":"brokerId","new":"5b99f9b7-56d2-4183-b847-65144fc8c570"},{"field":"employerKind","new":"institution"},{"field":"institutionId","new":"70148723-792b-44ed-97f8-bd7fb9611842"},{"field":"role","new":"Broker, paid from fees"},{"field":"fromOn","new":"1997-07-01"},{"field":"monthlyCost","new":"1200"}]');
INSERT INTO public.audit_entries VALUES ('1b57b832-8d17-4cb1-9819-01c8b8b42bc2', 'broker_assignment', '2ba19440-57ed-4b3a-973d-32582174d34a', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.099309+00', '[{"field":"brokerId","new":"5b99f9b7-56d2-4183-b847-65144fc8c570"},{"field":"networkId","new":"741bdc4e-cbfc-4005-8163-d14977f1cd0d"},{"field":"fromOn","new":"1994-05-01"},{"field":"toOn","new":"1997-12-31"},{"field":"timeShare","new":"60"}]');
INSERT INTO public.audit_entries VALUES ('0718317a-fad7-487f-b40e-0c4439ce4a5f', 'course', '565cd17f-7ecb-4578-8732-4d92f82686c7', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.102021+00', '[{"field":"title","new":"Cluster broker course"},{"field":"kind","new":"mixed"},{"field":"brokerKind","new":"cluster"},{"field":"hours","new":"320"},{"field":"modules","new":"Cluster diagnostic, Trust building, Vision and action plan, Cost sharing and governance, Monitoring and impact assessment, Supervised fieldwork in a cluster"},{"field":"attendanceThreshold","new":"80"},{"field":"certifyingBody","new":"UNIDO cluster development programme (illustrative)"},{"field":"description","new":"The cluster methodology as a course: two weeks of class training and six weeks of supervised fieldwork, with a manual, readings and videos."}]');
INSERT INTO public.audit_entries VALUES ('54bdc824-a1f1-4f4b-8fae-aff15958854a', 'cohort', '0a95a5cf-71f8-4125-a969-abb742ee4fd4', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.110452+00', '[{"field":"courseId","new":"565cd17f-7ecb-4578-8732-4d92f82686c7"},{"field":"name","new":"Cluster broker course, India 1999"},{"field":"startsOn","new":"1999-01-11"},{"field":"endsOn","new":"1999-03-05"},{"field":"place","new":"New Delhi, then the clusters"},{"field":"country","new":"IN"},{"field":"trainers","new":"UNIDO cluster expert (illustrative), IIRD trainer (illustrative)"},{"field":"hostInstitutionId","new":"b4988350-e3da-416e-b2c2-ff4a29c41393"}]');
INSERT INTO public.audit_entries VALUES ('05b078ce-a7b1-4e05-8cdf-0459e51d62ec', 'person', 'd7b0e863-23b0-417e-ac38-41093355855f', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.123737+00', '[{"field":"name","new":"Cluster broker, Ludhiana (illustrative)"},{"field":"organisationId","new":"db002841-e42e-4b76-945c-73e8ba48b687"},{"field":"sex","new":"male"}]');
INSERT INTO public.audit_entries VALUES ('f82e88ff-d10b-4abd-976b-57126026f740', 'person', '5e3e94ad-31c7-4543-ab48-31014f418f9d', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.127356+00', '[{"field":"name","new":"Trainee from a state agency, Pune (illustrative)"},{"field":"sex","new":"female"}]');
INSERT INTO public.audit_entries VALUES ('3703012b-c208-4059-b7ad-0e81d49c4066', 'cohort_participant', '8ba3d4c4-f005-488b-9a07-84ae543cce2f', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.140083+00', '[{"field":"cohortId","new":"0a95a5cf-71f8-4125-a969-abb742ee4fd4"},{"field":"personId","new":"66a307bd-fc79-4799-ba00-ee3c65fb24a9"},{"field":"name","new":"Cluster broker, Jaipur (illustrative)"},{"field":"attendedModules","new":"Cluster diagnostic, Trust building, Vision and action plan, Cost sharing and governance, Monitoring and impact assessment, Supervised fieldwork in a cluster"},{"field":"fieldClusterId","new":"6c76a34b-c798-4836-83cd-7cae4d100a85"},{"field":"assessment","new":"passed"},{"field":"certification","new":"certified"},{"field":"certifiedOn","new":"1999-03-19"},{"field":"certifyingBody","new":"UNIDO cluster development programme (illustrative)"}]');
INSERT INTO public.audit_entries VALUES ('55f452a6-79e4-4002-b4dd-9cfbfce578e5', 'cohort_participant', 'c4afc1bf-c7ab-4381-8aa6-200447eda245', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.153201+00', '[{"field":"cohortId","new":"0a95a5cf-71f8-4125-a969-abb742ee4fd4"},{"field":"personId","new":"d7b0e863-23b0-417e-ac38-41093355855f"},{"field":"name","new":"Cluster broker, Ludhiana (illustrative)"},{"field":"attendedModules","new":"Cluster diagnostic, Trust building, Vision and action plan, Cost sharing and governance, Monitoring and impact assessment, Supervised fieldwork in a cluster"},{"field":"fieldClusterId","new":"c4fe936d-e07b-4237-8718-d8cf891791d8"},{"field":"assessment","new":"passed"},{"field":"certification","new":"certified"},{"field":"certifiedOn","new":"1999-03-19"},{"field":"certifyingBody","new":"UNIDO cluster development programme (illustrative)"}]');
INSERT INTO public.audit_entries VALUES ('66f84ec5-e979-4175-a26d-4e70fa9fd2a3', 'cohort_participant', '206703af-44d6-417c-a926-599230dea458', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.165376+00', '[{"field":"cohortId","new":"0a95a5cf-71f8-4125-a969-abb742ee4fd4"},{"field":"personId","new":"5e3e94ad-31c7-4543-ab48-31014f418f9d"},{"field":"name","new":"Trainee from a state agency, Pune (illustrative)"},{"field":"attendedModules","new":"Cluster diagnostic, Trust building, Vision and action plan, Cost sharing and governance"},{"field":"fieldClusterId","new":"73582a1c-ea3b-451f-aad4-51c50f0b3f42"},{"field":"assessment","new":"pending"},{"field":"certification","new":"not_yet"}]');
INSERT INTO public.audit_entries VALUES ('95ae32fd-abc2-496f-ba5c-b30b2e690a24', 'broker', '3dbf88a6-75cd-430e-862e-f8295fb35ca1', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.172295+00', '[{"field":"personId","new":"66a307bd-fc79-4799-ba00-ee3c65fb24a9"},{"field":"name","new":"Cluster broker, Jaipur (illustrative)"},{"field":"kind","new":"cluster"},{"field":"status","new":"active"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('a8553cfc-1a65-428f-b4cd-78cd2a786383', 'result', 'b7faf34d-592b-4afe-a662-69736b9751e6', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.477708+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('f94396f6-f618-4995-8680-283aba06a176', 'broker_employment', '3b882200-c8d7-4b78-acc0-c1e7bd81a055', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.178196+00', '[{"field":"brokerId","new":"3dbf88a6-75cd-430e-862e-f8295fb35ca1"},{"field":"employerKind","new":"project"},{"field":"projectId","new":"46b0d558-06cf-4e92-b35c-c2231743724f"},{"field":"fromOn","new":"1999-04-01"},{"field":"toOn","new":"2001-12-31"},{"field":"monthlyCost","new":"900"}]');
INSERT INTO public.audit_entries VALUES ('ac144e6a-2ea7-4144-a24d-346ec11ed0fb', 'broker_employment', '881a6494-9b0a-4453-acb2-77687d0541a9', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.189112+00', '[{"field":"brokerId","new":"3dbf88a6-75cd-430e-862e-f8295fb35ca1"},{"field":"employerKind","new":"institution"},{"field":"institutionId","new":"b4988350-e3da-416e-b2c2-ff4a29c41393"},{"field":"role","new":"Cluster development agent"},{"field":"fromOn","new":"2002-01-01"},{"field":"monthlyCost","new":"900"}]');
INSERT INTO public.audit_entries VALUES ('ff3a6354-c05d-4c09-9cff-cee3b586076e', 'broker_assignment', 'b98bac49-731e-4878-a334-6d56108a5aa3', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.195388+00', '[{"field":"brokerId","new":"3dbf88a6-75cd-430e-862e-f8295fb35ca1"},{"field":"clusterId","new":"6c76a34b-c798-4836-83cd-7cae4d100a85"},{"field":"fromOn","new":"1999-04-01"},{"field":"timeShare","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('1932f044-cf7e-4f7c-b5aa-11d6ac46d581', 'broker', '9dceaa6f-f6f8-4517-bc3d-8645aa211903', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.201962+00', '[{"field":"personId","new":"d7b0e863-23b0-417e-ac38-41093355855f"},{"field":"name","new":"Cluster broker, Ludhiana (illustrative)"},{"field":"kind","new":"cluster"},{"field":"status","new":"active"},{"field":"country","new":"IN"}]');
INSERT INTO public.audit_entries VALUES ('296c988d-cc84-439d-9e68-a8a88376c068', 'broker_employment', 'd979930f-a725-43ad-8bbd-df198b322a0d', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.207892+00', '[{"field":"brokerId","new":"9dceaa6f-f6f8-4517-bc3d-8645aa211903"},{"field":"employerKind","new":"project"},{"field":"projectId","new":"46b0d558-06cf-4e92-b35c-c2231743724f"},{"field":"fromOn","new":"1999-04-01"},{"field":"monthlyCost","new":"850"}]');
INSERT INTO public.audit_entries VALUES ('a2eb9756-e8c4-456a-9dca-1c5945cce86c', 'broker_assignment', '24eedae6-e46f-4d9a-8c73-00d448985679', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.213323+00', '[{"field":"brokerId","new":"9dceaa6f-f6f8-4517-bc3d-8645aa211903"},{"field":"clusterId","new":"c4fe936d-e07b-4237-8718-d8cf891791d8"},{"field":"fromOn","new":"1999-04-01"},{"field":"timeShare","new":"60"}]');
INSERT INTO public.audit_entries VALUES ('c0803b3e-f309-478e-926c-9317c5b72eef', 'broker_assignment', '97e7b1b1-f6c9-4ea5-8fd3-a62e8d47bf81', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.220048+00', '[{"field":"brokerId","new":"9dceaa6f-f6f8-4517-bc3d-8645aa211903"},{"field":"clusterId","new":"73582a1c-ea3b-451f-aad4-51c50f0b3f42"},{"field":"fromOn","new":"1999-04-01"},{"field":"toOn","new":"2000-12-31"},{"field":"timeShare","new":"40"}]');
INSERT INTO public.audit_entries VALUES ('aecd5676-ddb6-4102-adde-4951d6244dcd', 'person', '30ff5d95-37c9-4f20-b7fa-02dd4b5b4565', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.226455+00', '[{"field":"name","new":"Field worker of the foundation, Boaco (illustrative)"},{"field":"organisationId","new":"7808206d-3582-41d5-b080-79f90ce90ee6"},{"field":"sex","new":"female"}]');
INSERT INTO public.audit_entries VALUES ('5facbf41-f2fd-4f65-ad29-e0408b4407ac', 'broker', '80afc54b-8179-4fc1-9df0-5171dd54c593', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.232315+00', '[{"field":"personId","new":"30ff5d95-37c9-4f20-b7fa-02dd4b5b4565"},{"field":"name","new":"Field worker of the foundation, Boaco (illustrative)"},{"field":"kind","new":"cluster"},{"field":"status","new":"active"},{"field":"country","new":"NI"},{"field":"note","new":"Trained at the joint learning programme in Chile and on the job by project consultants."}]');
INSERT INTO public.audit_entries VALUES ('0a1f5c2a-8ae2-4b7f-8aa6-e88db3d30034', 'broker_employment', 'a503724e-579d-4909-9f58-7f44b859fe9e', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.239044+00', '[{"field":"brokerId","new":"80afc54b-8179-4fc1-9df0-5171dd54c593"},{"field":"employerKind","new":"institution"},{"field":"institutionId","new":"7808206d-3582-41d5-b080-79f90ce90ee6"},{"field":"role","new":"Field worker"},{"field":"fromOn","new":"1999-09-01"},{"field":"monthlyCost","new":"700"}]');
INSERT INTO public.audit_entries VALUES ('c97195ac-c1b7-4395-aec6-88d562bfc9a0', 'broker_assignment', '454d1c3e-36ee-4b90-84bb-a737e1f4d430', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.246343+00', '[{"field":"brokerId","new":"80afc54b-8179-4fc1-9df0-5171dd54c593"},{"field":"clusterId","new":"e9aa77cf-f89a-4bae-957c-d335884b2ab1"},{"field":"fromOn","new":"1999-09-01"},{"field":"timeShare","new":"100"}]');
INSERT INTO public.audit_entries VALUES ('7f791afb-8c89-4a8d-ac51-22f3293b93a8', 'cluster', 'bb0ec695-bb33-4c42-bd2b-64285bf56643', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.25005+00', '[{"field":"name","new":"Santa Croce sull''Arno leather"},{"field":"country","new":"IT"},{"field":"place","new":"Santa Croce sull''Arno, Tuscany"},{"field":"latitude","new":"43.71"},{"field":"longitude","new":"10.78"},{"field":"sector","new":"Leather tanning"},{"field":"products","new":"finished leather"},{"field":"stage","new":"selection"},{"field":"description","new":"Italian leather district cooperating with Fez; outside the programme (no project)."}]');
INSERT INTO public.audit_entries VALUES ('a707a1a7-400b-4803-ba40-8acffb5982a9', 'cooperation_agreement', '3703b2fe-df27-4758-b5de-0d7a8aa2a455', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.258355+00', '[{"field":"title","new":"Fez – Santa Croce leather cooperation"},{"field":"clusterId","new":"52086be3-e5ac-4a1d-869f-ec4527e6d3ee"},{"field":"partnerClusterId","new":"bb0ec695-bb33-4c42-bd2b-64285bf56643"},{"field":"purpose","new":"Exchanges of technological information, a training programme on leather finishing for Moroccan entrepreneurs, and training in Italy for representatives of Moroccan BDS institutions so that they gear their assistance towards the cluster."},{"field":"startsOn","new":"2000-06-01"}]');
INSERT INTO public.audit_entries VALUES ('40027790-4828-4560-9a9f-f822bf3d9273', 'cooperation_activity', 'ac435c3c-5822-455f-b298-54a209aad030', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.267332+00', '[{"field":"agreementId","new":"3703b2fe-df27-4758-b5de-0d7a8aa2a455"},{"field":"type","new":"exchange"},{"field":"title","new":"Exchange of technological information on tanning and finishing"},{"field":"startsOn","new":"2000-09-11"},{"field":"endsOn","new":"2000-09-15"},{"field":"participantCount","new":"6"},{"field":"cost","new":"12000"},{"field":"partnerShare","new":"50"},{"field":"results","new":"Tanners of Fez saw the district''s common effluent treatment; technicians agreed to exchange process data. (illustrative)"}]');
INSERT INTO public.audit_entries VALUES ('85692315-bea7-4ad6-86c1-2473f3032295', 'cooperation_activity', 'da69cd18-e8b8-451c-b581-98b1fe529b04', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.275815+00', '[{"field":"agreementId","new":"3703b2fe-df27-4758-b5de-0d7a8aa2a455"},{"field":"type","new":"joint_training"},{"field":"title","new":"Training programme on leather finishing for Moroccan entrepreneurs"},{"field":"startsOn","new":"2001-02-05"},{"field":"endsOn","new":"2001-02-23"},{"field":"participantCount","new":"18"},{"field":"cost","new":"30000"},{"field":"partnerShare","new":"30"},{"field":"results","new":"Eighteen Fez tanners trained in finishing by Santa Croce technicians. (illustrative)"}]');
INSERT INTO public.audit_entries VALUES ('c9142720-e7a7-4d8c-a576-a4ea7163ed20', 'cooperation_activity', 'a89c59bb-27e8-481f-b2d3-d47390b6c8af', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.283491+00', '[{"field":"agreementId","new":"3703b2fe-df27-4758-b5de-0d7a8aa2a455"},{"field":"type","new":"study_tour"},{"field":"title","new":"Training in Italy for Moroccan BDS institutions"},{"field":"startsOn","new":"2001-05-07"},{"field":"endsOn","new":"2001-05-18"},{"field":"participantCount","new":"8"},{"field":"cost","new":"24000"},{"field":"partnerShare","new":"25"},{"field":"results","new":"Representatives of Moroccan BDS institutions learned how the district''s service centres serve a cluster. (illustrative)"}]');
INSERT INTO public.audit_entries VALUES ('13d285d1-ffa4-43d6-93e0-ca4887a5c5f8', 'learning_edition', '03c56a11-8aad-444c-be7c-41e7cdcd663d', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.287784+00', '[{"field":"title","new":"Joint learning programme: Italian industrial districts"},{"field":"theme","new":"The experience of Italian industrial districts and their service centres."},{"field":"hostCountry","new":"IT"},{"field":"hostInstitutions","new":"A district service centre (illustrative), A regional development agency (illustrative)"},{"field":"startsOn","new":"1998-10-05"},{"field":"endsOn","new":"1998-10-09"},{"field":"modules","new":"Clustering and networking: the conceptual framework and the UNIDO method, The institutional framework for networking, Analysis, monitoring and evaluation tools"},{"field":"siteVisits","new":"Entrepreneurs of a knitwear district, A district''s business development services"}]');
INSERT INTO public.audit_entries VALUES ('0b096087-1ac0-4a64-b542-0bfb2ff7788d', 'learning_edition', '1fb78a9c-f5db-47a0-98af-bfedd5c9d601', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.292066+00', '[{"field":"title","new":"Joint learning programme: networking in Chile"},{"field":"theme","new":"The Chilean experience of promoting networks of firms."},{"field":"hostCountry","new":"CL"},{"field":"hostInstitutions","new":"A national development agency''s network programme (illustrative)"},{"field":"startsOn","new":"2000-01-17"},{"field":"endsOn","new":"2000-01-21"},{"field":"modules","new":"Network promotion: the Chilean programme, Brokers and their training, Multi-country cooperation initiatives"},{"field":"siteVisits","new":"A network of wine producers (illustrative), A network of furniture makers (illustrative)"}]');
INSERT INTO public.audit_entries VALUES ('7dd992a8-3c3d-4346-a0dc-94fa37f3be46', 'person', 'f9312f4a-5fe6-43b8-bbfe-6481025ba8c8', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.299675+00', '[{"field":"name","new":"Executive director of the foundation, Boaco (illustrative)"},{"field":"organisationId","new":"7808206d-3582-41d5-b080-79f90ce90ee6"},{"field":"sex","new":"male"}]');
INSERT INTO public.audit_entries VALUES ('a65f8c5f-1631-42a6-a546-de2344b167dd', 'person', 'bc58a188-f174-4d94-90fc-3fe04a24b55b', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.305911+00', '[{"field":"name","new":"Broker from Tunisia (illustrative)"},{"field":"sex","new":"male"}]');
INSERT INTO public.audit_entries VALUES ('0485324d-a378-4dc5-ad8a-10ff55db108a', 'person', '4290ceaa-d047-4f32-8f80-95be7059e5d0', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.31025+00', '[{"field":"name","new":"Broker from Mexico (illustrative)"},{"field":"sex","new":"male"}]');
INSERT INTO public.audit_entries VALUES ('813a8a37-7be4-4499-a0fa-7588e7ce03af', 'person', '764bf31f-9af9-4a0e-8c7e-133d52ae2682', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.313895+00', '[{"field":"name","new":"Broker from Argentina (illustrative)"},{"field":"sex","new":"male"}]');
INSERT INTO public.audit_entries VALUES ('521e55b8-097b-49d7-bb02-70dde390b24c', 'person', '765bf761-1776-445d-9cfa-eb986b05b914', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.318224+00', '[{"field":"name","new":"Broker from El Salvador (illustrative)"},{"field":"sex","new":"male"}]');
INSERT INTO public.audit_entries VALUES ('9b92819e-d0cf-46ff-bdad-86893b6f4e31', 'learning_participant', '6a4f6181-48d0-4d90-a7e1-f92194c31b3b', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.327048+00', '[{"field":"editionId","new":"03c56a11-8aad-444c-be7c-41e7cdcd663d"},{"field":"personId","new":"66a307bd-fc79-4799-ba00-ee3c65fb24a9"},{"field":"name","new":"Cluster broker, Jaipur (illustrative)"},{"field":"country","new":"IN"},{"field":"function","new":"Cluster broker"}]');
INSERT INTO public.audit_entries VALUES ('db65c6bc-e9da-4ea1-b906-74acf2132429', 'action_idea', 'a6583c96-1783-4979-94a5-90c3c7031006', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.334129+00', '[{"field":"participantId","new":"6a4f6181-48d0-4d90-a7e1-f92194c31b3b"},{"field":"idea","new":"A common showroom for the block printers, run as the district''s consortia run theirs (illustrative)"},{"field":"status","new":"done"},{"field":"followedUpOn","new":"2001-06-30"},{"field":"note","new":"CALICO''s showroom opened."}]');
INSERT INTO public.audit_entries VALUES ('271c100f-1bd2-471c-bfa3-267e58f21f83', 'learning_participant', 'f8a4aa51-67f4-442b-affe-a292a52664df', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.343986+00', '[{"field":"editionId","new":"03c56a11-8aad-444c-be7c-41e7cdcd663d"},{"field":"personId","new":"23a5d955-1643-4db2-bf32-8e884f64081c"},{"field":"name","new":"Linkage broker, CADIN (illustrative)"},{"field":"country","new":"NI"},{"field":"function","new":"Linkage broker"}]');
INSERT INTO public.audit_entries VALUES ('0a0477ce-8c75-43eb-8949-1fbda044fa93', 'action_idea', '63ff9784-f27e-4eec-ab30-fa04ebad14e3', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.350309+00', '[{"field":"participantId","new":"f8a4aa51-67f4-442b-affe-a292a52664df"},{"field":"idea","new":"A supplier development package priced to phase in its fee (illustrative)"},{"field":"status","new":"started"},{"field":"followedUpOn","new":"2000-06-30"},{"field":"note","new":"Fees introduced at the Vertical Linkages Unit."}]');
INSERT INTO public.audit_entries VALUES ('e237b8e9-353e-420d-802f-ba6100a529c5', 'learning_participant', '5c74ba8b-7323-493d-8744-67e21fe4dc6a', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.359764+00', '[{"field":"editionId","new":"03c56a11-8aad-444c-be7c-41e7cdcd663d"},{"field":"personId","new":"bc58a188-f174-4d94-90fc-3fe04a24b55b"},{"field":"name","new":"Broker from Tunisia (illustrative)"},{"field":"country","new":"TN"},{"field":"function","new":"BDS institution"}]');
INSERT INTO public.audit_entries VALUES ('fe733995-32a3-4efc-a44b-7586ba09f21e', 'action_idea', 'c7aa8d44-6449-47b8-9038-a67149d1387d', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.367148+00', '[{"field":"participantId","new":"5c74ba8b-7323-493d-8744-67e21fe4dc6a"},{"field":"idea","new":"A service centre for a textile cluster (illustrative)"},{"field":"status","new":"dropped"},{"field":"followedUpOn","new":"1999-12-01"},{"field":"note","new":"No institution ready to host it."}]');
INSERT INTO public.audit_entries VALUES ('7f14796c-a5ce-4e80-8b73-e58d0b163b94', 'learning_participant', 'c872f4ee-0b98-47ce-b99c-9547be8d6be0', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.375674+00', '[{"field":"editionId","new":"03c56a11-8aad-444c-be7c-41e7cdcd663d"},{"field":"personId","new":"4290ceaa-d047-4f32-8f80-95be7059e5d0"},{"field":"name","new":"Broker from Mexico (illustrative)"},{"field":"country","new":"MX"},{"field":"function","new":"Cluster broker"}]');
INSERT INTO public.audit_entries VALUES ('035c4e21-07eb-45e9-96b4-9fca531fba5c', 'action_idea', '5e8c2c75-99e4-4a66-8936-e82e1b54bc75', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.382862+00', '[{"field":"participantId","new":"c872f4ee-0b98-47ce-b99c-9547be8d6be0"},{"field":"idea","new":"Benchmarking visits between two shoe clusters (illustrative)"},{"field":"status","new":"planned"}]');
INSERT INTO public.audit_entries VALUES ('e86bf00f-325c-4c09-aa64-a7f23f351b2a', 'learning_participant', 'a2c74d3b-de6d-4470-abf7-a2acfaca142f', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.392667+00', '[{"field":"editionId","new":"1fb78a9c-f5db-47a0-98af-bfedd5c9d601"},{"field":"personId","new":"f9312f4a-5fe6-43b8-bbfe-6481025ba8c8"},{"field":"name","new":"Executive director of the foundation, Boaco (illustrative)"},{"field":"country","new":"NI"},{"field":"function","new":"Foundation director"}]');
INSERT INTO public.audit_entries VALUES ('4821e89d-9384-4d13-a715-13218e57a562', 'action_idea', 'cd23ad9b-8ee9-42b1-abb4-212a827456d1', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.400376+00', '[{"field":"participantId","new":"a2c74d3b-de6d-4470-abf7-a2acfaca142f"},{"field":"idea","new":"Fees for the foundation''s services to cheese makers (illustrative)"},{"field":"status","new":"started"},{"field":"followedUpOn","new":"2001-03-01"},{"field":"note","new":"First fees collected from the cooperative."}]');
INSERT INTO public.audit_entries VALUES ('376aa0f6-9274-4059-b9d4-8875f4a3782e', 'learning_participant', '2d4ccb36-6730-4165-b080-60c3d4c3e8c0', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.409871+00', '[{"field":"editionId","new":"1fb78a9c-f5db-47a0-98af-bfedd5c9d601"},{"field":"personId","new":"30ff5d95-37c9-4f20-b7fa-02dd4b5b4565"},{"field":"name","new":"Field worker of the foundation, Boaco (illustrative)"},{"field":"country","new":"NI"},{"field":"function","new":"Field worker"}]');
INSERT INTO public.audit_entries VALUES ('1164ec50-6d2c-477d-bd7f-f4a2165a339c', 'action_idea', '724ed197-e9d9-4711-a49b-d974dd16ba77', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.41636+00', '[{"field":"participantId","new":"2d4ccb36-6730-4165-b080-60c3d4c3e8c0"},{"field":"idea","new":"Networks of cheese makers around a shared cold store (illustrative)"},{"field":"status","new":"done"},{"field":"followedUpOn","new":"2001-09-30"},{"field":"note","new":"A cold store network of five makers."}]');
INSERT INTO public.audit_entries VALUES ('d4851407-76af-4024-8d46-8bc2cd52fe94', 'learning_participant', 'd3e7bf84-cb6c-4389-94b2-e0029e9dbc46', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.425047+00', '[{"field":"editionId","new":"1fb78a9c-f5db-47a0-98af-bfedd5c9d601"},{"field":"personId","new":"764bf31f-9af9-4a0e-8c7e-133d52ae2682"},{"field":"name","new":"Broker from Argentina (illustrative)"},{"field":"country","new":"AR"},{"field":"function","new":"Network broker"}]');
INSERT INTO public.audit_entries VALUES ('0981345d-90e8-4e37-8d06-081063d4ca95', 'action_idea', 'a3733330-2ee1-4536-a93c-c89ce11c271a', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.431285+00', '[{"field":"participantId","new":"d3e7bf84-cb6c-4389-94b2-e0029e9dbc46"},{"field":"idea","new":"A national programme of network brokers (illustrative)"},{"field":"status","new":"started"},{"field":"followedUpOn","new":"2000-12-15"}]');
INSERT INTO public.audit_entries VALUES ('6ffd5d33-766d-4859-9578-a459ba32368b', 'learning_participant', '2a3d2622-c543-4b32-bb21-c0088f9163f8', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.439126+00', '[{"field":"editionId","new":"1fb78a9c-f5db-47a0-98af-bfedd5c9d601"},{"field":"personId","new":"765bf761-1776-445d-9cfa-eb986b05b914"},{"field":"name","new":"Broker from El Salvador (illustrative)"},{"field":"country","new":"SV"},{"field":"function","new":"BDS institution"}]');
INSERT INTO public.audit_entries VALUES ('57013408-2c25-45c4-8104-d071c9b6a4b3', 'learning_participant', '2b7c9c87-8b53-46f3-a08a-37e7a9be23b0', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.447989+00', '[{"field":"editionId","new":"1fb78a9c-f5db-47a0-98af-bfedd5c9d601"},{"field":"personId","new":"4290ceaa-d047-4f32-8f80-95be7059e5d0"},{"field":"name","new":"Broker from Mexico (illustrative)"},{"field":"country","new":"MX"},{"field":"function","new":"Cluster broker"}]');
INSERT INTO public.audit_entries VALUES ('757f79a5-4bca-4ba5-be2b-f07c368adcd3', 'result', '2c9a29cd-27fd-48f3-b8f3-1b97cab52c5a', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.505687+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('77c52d11-f010-4dbc-89b6-52672fbf31b4', 'result', '2e90cfb5-6f14-463e-ba18-43989088bb8c', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.510662+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('edfc2e87-672b-4428-a2ff-1e52c27f8b86', 'result', 'acba8530-42f2-4bfa-b6f5-591465146023', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.515507+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('ba6a60db-69ce-4f2e-a15a-17b2a439d837', 'result', '809ff909-4105-4e64-906a-dee44c80fc51', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.521371+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('3b1b8fcc-d16a-4da5-9522-2fe1db763003', 'result', 'b406533a-6c0a-4446-9b7e-c4607f702504', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.527265+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('65815263-e29e-4f93-a2cb-c8ca3b9a789d', 'result', '56e1d2d5-a695-4507-9e92-9fd07717ad3f', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.533655+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('f9f822ef-362e-4c86-ad51-7de05a563b80', 'result', '61edf50f-e28a-4d38-92e1-e0c7b898dc68', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.539391+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('ece50114-cd29-4071-99e0-9e4179b3571f', 'result', '0c7eea52-05a7-4e38-85d8-dcff0a9edc3d', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.544159+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('d3c3c6d7-86f0-48b2-a32e-3678381bff72', 'result', '62a3daff-b2b7-4590-9d3d-7c142f195839', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.548856+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('cccd8af0-4e2a-4d49-a941-5f52a3bca5c4', 'result', '679c80b5-5379-4d85-b3d3-b75731f9de74', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.553412+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('5629a3d3-0f56-4625-9bf1-c869f00fd4ac', 'result', '1c967493-09d1-4877-8e86-0ba2065a0d1a', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.558257+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('07fc9c4a-36ba-44fa-a0cc-300f719d52c7', 'result', '99f318c2-efb6-420c-b312-b6efac35108d', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.564451+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('ebf3e550-94e6-42d8-8a3d-ceca4147807f', 'result', 'b022f78a-647b-43f6-9979-812e017b527c', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.569749+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('18709904-456d-4b0a-9746-b2b36adaf708', 'result', '8f18f7a0-d859-4d8a-9b13-7d48da58d24c', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.574815+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('943b8ea8-9d40-4cb3-aa6b-eb661e04afa0', 'result', 'e4437f76-be21-4376-9659-aaf166b9f047', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.580361+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('faf94465-c14a-486e-8c14-34ce6e87bbca', 'result', '98635465-e1b4-4219-a3ea-4c9c06eb7367', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.586168+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('60faa643-02bd-43c8-ae51-29a851a181c6', 'result', '2c3f9c4c-6eab-4563-b888-113764645af8', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.591086+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('83b6e419-eefc-436f-84fc-4b83953290b5', 'result', '5787b0e6-d65c-49c5-90ba-4f2053fb8d1a', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.596456+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('5436d0d0-f641-461d-b290-91b38c14ab9f', 'result', 'f8bef161-241a-4eef-99a5-2ada5435c101', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.601581+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('bfdc204f-ae39-4956-b936-c99e8ea234cd', 'result', '4f6bef4d-b641-4337-bb7e-4d5d682235e8', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.606884+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('eb5dd64b-ea75-4937-98b0-414c3d42eacc', 'result', 'e644cae0-11f6-432e-8674-dc516b0e77c0', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.611645+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('16e03312-92eb-4af7-8f58-971ba265076e', 'result', 'abfce3c2-7c6c-4f34-b343-e97be2aa41da', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.616367+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('d51e373b-828a-48cb-8132-ee190f2a40c1', 'result', '6e10806b-26af-4747-abc6-807f53dd5d41', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.621375+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('6cb71eb0-df66-4330-925f-a9dee13f8c09', 'result', 'fd3b2c6f-11da-4f0b-b34c-eb25b04595b8', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.627285+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('a78699e2-0769-4ac5-801e-8d5abd7feddd', 'result', 'c451b0c3-6180-4248-82a2-27d4b5714984', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.631921+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('75ac0d0e-f98d-435b-9fda-39975061ad0f', 'result', 'f63dc117-2893-45cf-86cd-1fbc034ca5e2', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.636683+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('7c0b55ac-47fa-485a-a1cf-edb9a2018dd3', 'result', '528df1fa-1413-403d-b05d-12b7f7bf96ff', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.641561+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('df04b3f0-78ed-48b4-9b6f-034e2c843b0d', 'result', '288e1311-6aff-41bb-92f6-29155d4eb68e', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.647207+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('b578cbe5-5a1c-45dc-ae06-58ff8da2a3b5', 'result', 'a53e112e-c19c-49cd-b949-5dafe237bcd4', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.651652+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('c224b432-b07f-4834-b072-e9f50dfb8792', 'result', '8ad2c80e-ebc0-4633-8598-0e2c2ee5797a', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.655704+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('968a9e5d-6eff-4afc-9e27-27ee70847dba', 'result', 'f6af76f6-4f76-49ff-9c5a-bba3d8f828f0', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.660093+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('0e9454cc-29b8-4683-bcf0-63645d7ff76c', 'result', '93e58dde-d152-431c-8f66-a7c94b38d7b8', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.664649+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('0f10d6dd-551b-4c2e-8ead-6bcd7a8b17d5', 'result', '5c58f177-d40b-411c-b024-d01a81072566', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.668929+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('29dd88c0-8d82-4082-96d5-96a7fa19bba5', 'result', '889cae81-0e76-4d89-a45a-1d39fa20c112', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.673706+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('c16a9bcd-e5df-474c-b538-f7fd3b5e603d', 'result', '8b52fa32-b5b0-4baf-8389-0c0b432095da', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.678187+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('de5c876e-9f7a-45bd-b6c7-96fe7c479179', 'result', '52a705dc-aade-4e70-9c69-8a884af69187', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.682668+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('6597d1e8-0749-4a57-a171-f9b14978b543', 'result', 'dbd1d367-a08f-4710-b9f1-4dbbba75b982', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.687333+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('7260a6d5-e43c-4d7a-87e7-885d5fe76378', 'result', '0745cc33-68ed-4e63-8ce4-d992a61e537e', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.691981+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('503f612f-bbd8-496a-aa5b-1b3320fbf32a', 'result', '9e495971-7110-4ebe-b0ce-879206edc4b9', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.697929+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('8d389ecf-7677-4b7c-bd15-639cb87d9eb4', 'result', '7ae88900-df15-4d32-b0db-527714db4367', 'approve', NULL, 'demo loader', '2026-12-03 10:14:50.703789+00', '[{"field":"status","old":"draft","new":"approved"},{"field":"reviewComment","new":"Approved with the demo programme."}]');
INSERT INTO public.audit_entries VALUES ('116a4c9d-4439-4d15-827c-5e3bda5c77e4', 'reporting_period', 'fda75f1e-8692-4b74-a16b-afcf9d381dc7', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.793091+00', '[{"field":"label","new":"1997 H2"},{"field":"startsOn","new":"1997-07-01"},{"field":"endsOn","new":"1997-12-31"}]');
INSERT INTO public.audit_entries VALUES ('96550e19-c898-427f-9019-33a19a4ed1a4', 'reporting_period', '9824962f-4934-4fc2-915c-203257c7a8c7', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.798066+00', '[{"field":"label","new":"1998 H1"},{"field":"startsOn","new":"1998-01-01"},{"field":"endsOn","new":"1998-06-30"}]');
INSERT INTO public.audit_entries VALUES ('4b4c4abe-2867-4f7f-b347-e479a4e3a3d3', 'reporting_period', 'eba92c01-b3d2-4698-a6de-5ce32ee40186', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.801905+00', '[{"field":"label","new":"1998 H2"},{"field":"startsOn","new":"1998-07-01"},{"field":"endsOn","new":"1998-12-31"}]');
INSERT INTO public.audit_entries VALUES ('5bf1b693-1bbc-4e00-a714-f0b2e9372d3e', 'reporting_period', '0ff5567e-f0f8-4fcd-814b-2b1c482fd8dc', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.805792+00', '[{"field":"label","new":"1999 H1"},{"field":"startsOn","new":"1999-01-01"},{"field":"endsOn","new":"1999-06-30"}]');
INSERT INTO public.audit_entries VALUES ('03046643-e1ce-4aa7-b284-bd8b716ff764', 'reporting_period', 'a6b28b50-1249-4552-b9d5-56fda3cdee1e', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.809908+00', '[{"field":"label","new":"1999 H2"},{"field":"startsOn","new":"1999-07-01"},{"field":"endsOn","new":"1999-12-31"}]');
INSERT INTO public.audit_entries VALUES ('84ee0ae7-8532-4ac7-8708-073ba17c43f5', 'reporting_period', '70470957-8d48-44e2-a408-4b5e331c7228', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.814951+00', '[{"field":"label","new":"2000 H1"},{"field":"startsOn","new":"2000-01-01"},{"field":"endsOn","new":"2000-06-30"}]');
INSERT INTO public.audit_entries VALUES ('d3730fec-f191-4faa-9685-3244f47e68c8', 'reporting_period', 'cd4bcb81-2c10-485f-9c79-424e7a7e6c02', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.820529+00', '[{"field":"label","new":"2000 H2"},{"field":"startsOn","new":"2000-07-01"},{"field":"endsOn","new":"2000-12-31"}]');
INSERT INTO public.audit_entries VALUES ('2bfb6b0c-50f3-4098-b213-96372653ea6d', 'reporting_period', '593809af-b723-496d-9aba-ef25475ec4c1', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.827089+00', '[{"field":"label","new":"2001 H1"},{"field":"startsOn","new":"2001-01-01"},{"field":"endsOn","new":"2001-06-30"}]');
INSERT INTO public.audit_entries VALUES ('8074b672-e86e-4daf-b8fb-2f1284f7e927', 'reporting_period', '4a067891-c6cf-4b8b-82c7-a9d410f9636a', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.833595+00', '[{"field":"label","new":"2001 H2"},{"field":"startsOn","new":"2001-07-01"},{"field":"endsOn","new":"2001-12-31"}]');
INSERT INTO public.audit_entries VALUES ('b5605e1f-28a0-41ad-b0a4-474f829a1cfd', 'reporting_period', '41c55d3d-cdc7-4b43-8792-8a27f6024164', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.843801+00', '[{"field":"label","new":"1997 H2"},{"field":"startsOn","new":"1997-07-01"},{"field":"endsOn","new":"1997-12-31"}]');
INSERT INTO public.audit_entries VALUES ('16888259-227f-42cb-af3d-70c529b49286', 'reporting_period', '52995965-0f2b-454b-92d0-1a0d228c3ae8', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.848044+00', '[{"field":"label","new":"1998 H1"},{"field":"startsOn","new":"1998-01-01"},{"field":"endsOn","new":"1998-06-30"}]');
INSERT INTO public.audit_entries VALUES ('74942f71-61a8-4f46-96f4-8702a76e5abd', 'reporting_period', '77566bf1-5294-47f0-b7c0-a3a9b796d6f6', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.853044+00', '[{"field":"label","new":"1998 H2"},{"field":"startsOn","new":"1998-07-01"},{"field":"endsOn","new":"1998-12-31"}]');
INSERT INTO public.audit_entries VALUES ('d60770fd-3da1-4cbc-8fd8-7cb31b5d7d7e', 'reporting_period', '0b55e8f0-de78-47ff-886e-17b51ed30e33', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.857715+00', '[{"field":"label","new":"1999 H1"},{"field":"startsOn","new":"1999-01-01"},{"field":"endsOn","new":"1999-06-30"}]');
INSERT INTO public.audit_entries VALUES ('ca960a78-34c6-4ada-b3c5-2c9b48583bbc', 'reporting_period', 'b9b6ca1e-8b1f-4eb0-87a1-49af57239aaf', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.862513+00', '[{"field":"label","new":"1999 H2"},{"field":"startsOn","new":"1999-07-01"},{"field":"endsOn","new":"1999-12-31"}]');
INSERT INTO public.audit_entries VALUES ('78806c28-a67e-4101-84f4-2185b53ca551', 'reporting_period', '0bd71417-1a08-4cca-bae5-fc39d4d40e0d', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.867382+00', '[{"field":"label","new":"2000 H1"},{"field":"startsOn","new":"2000-01-01"},{"field":"endsOn","new":"2000-06-30"}]');
INSERT INTO public.audit_entries VALUES ('a28e3baf-de8a-4204-8f68-c5bfeb9ce20e', 'reporting_period', '7372bc5a-4734-49ec-9b9f-d094ea4fc7b9', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.8723+00', '[{"field":"label","new":"2000 H2"},{"field":"startsOn","new":"2000-07-01"},{"field":"endsOn","new":"2000-12-31"}]');
INSERT INTO public.audit_entries VALUES ('ce8048b7-a047-41a4-a3d1-653287e9a961', 'reporting_period', '93e25f2f-a6e2-41d2-8693-dcafb3f3b6ed', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.877274+00', '[{"field":"label","new":"2001 H1"},{"field":"startsOn","new":"2001-01-01"},{"field":"endsOn","new":"2001-06-30"}]');
INSERT INTO public.audit_entries VALUES ('a7ae4cf2-6e01-4749-82f7-62cea0d677fa', 'reporting_period', 'f29a9a3e-aa6e-4118-8fb3-a7d129b60f60', 'create', NULL, 'demo loader', '2026-12-03 10:14:50.882203+00', '[{"field":"label","new":"2001 H2"},{"field":"startsOn","new":"2001-07-01"},{"field":"endsOn","new":"2001-12-31"}]');


--
-- Data for Name: breakdown_dimensions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.breakdown_dimensions VALUES ('e59ca791-131c-46d3-9000-3523930a6560', 'sex', 'Sex of the person', 'female=Women
male=Men', NULL, '2026-12-03 10:14:46.686122+00', '2026-12-03 10:14:46.686122+00');
INSERT INTO public.breakdown_dimensions VALUES ('b509bbf0-20c7-491f-868d-57b581b1097f', 'owner_sex', 'Sex of the owner', 'female=Owned by women
male=Owned by men
joint=Owned jointly', NULL, '2026-12-03 10:14:46.686122+00', '2026-12-03 10:14:46.686122+00');
INSERT INTO public.breakdown_dimensions VALUES ('05916554-db31-4e96-9213-585c06216702', 'age_group', 'Age group', 'youth=Aged 15–24
adults=Aged 25–64
older=Aged 65 and over', NULL, '2026-12-03 10:14:46.686122+00', '2026-12-03 10:14:46.686122+00');
INSERT INTO public.breakdown_dimensions VALUES ('12ece17f-90be-4766-a04c-f26f2234c31f', 'firm_size', 'Firm size class', 'micro=Micro
small=Small
medium=Medium
large=Large', NULL, '2026-12-03 10:14:46.686122+00', '2026-12-03 10:14:46.686122+00');
INSERT INTO public.breakdown_dimensions VALUES ('45d6b789-d41d-48c8-accb-d5593fe0a351', 'location', 'Rural or urban', 'rural=Rural
urban=Urban', NULL, '2026-12-03 10:14:46.686122+00', '2026-12-03 10:14:46.686122+00');


--
-- Data for Name: broker_assignments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.broker_assignments VALUES ('248fdac2-eb27-47f6-bf5e-fa6227c1a4e4', '779fd235-12e9-4614-9454-2094fb672c6c', NULL, '741bdc4e-cbfc-4005-8163-d14977f1cd0d', NULL, '1994-05-01', '1997-12-31', 60, NULL, '2026-12-03 10:14:50.069162+00', '2026-12-03 10:14:50.069162+00');
INSERT INTO public.broker_assignments VALUES ('2ba19440-57ed-4b3a-973d-32582174d34a', '5b99f9b7-56d2-4183-b847-65144fc8c570', NULL, '741bdc4e-cbfc-4005-8163-d14977f1cd0d', NULL, '1994-05-01', '1997-12-31', 60, NULL, '2026-12-03 10:14:50.099383+00', '2026-12-03 10:14:50.099383+00');
INSERT INTO public.broker_assignments VALUES ('b98bac49-731e-4878-a334-6d56108a5aa3', '3dbf88a6-75cd-430e-862e-f8295fb35ca1', '6c76a34b-c798-4836-83cd-7cae4d100a85', NULL, NULL, '1999-04-01', NULL, 100, NULL, '2026-12-03 10:14:50.195465+00', '2026-12-03 10:14:50.195465+00');
INSERT INTO public.broker_assignments VALUES ('24eedae6-e46f-4d9a-8c73-00d448985679', '9dceaa6f-f6f8-4517-bc3d-8645aa211903', 'c4fe936d-e07b-4237-8718-d8cf891791d8', NULL, NULL, '1999-04-01', NULL, 60, NULL, '2026-12-03 10:14:50.213394+00', '2026-12-03 10:14:50.213394+00');
INSERT INTO public.broker_assignments VALUES ('97e7b1b1-f6c9-4ea5-8fd3-a62e8d47bf81', '9dceaa6f-f6f8-4517-bc3d-8645aa211903', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', NULL, NULL, '1999-04-01', '2000-12-31', 40, NULL, '2026-12-03 10:14:50.220106+00', '2026-12-03 10:14:50.220106+00');
INSERT INTO public.broker_assignments VALUES ('454d1c3e-36ee-4b90-84bb-a737e1f4d430', '80afc54b-8179-4fc1-9df0-5171dd54c593', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', NULL, NULL, '1999-09-01', NULL, 100, NULL, '2026-12-03 10:14:50.246408+00', '2026-12-03 10:14:50.246408+00');


--
-- Data for Name: broker_cost_steps; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.broker_cost_steps VALUES ('80d5b84d-74cb-483b-8948-114c798bfe7c', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '1999-09-01', 100, 0, NULL, '2026-12-03 10:14:48.459436+00', '2026-12-03 10:14:48.459436+00');
INSERT INTO public.broker_cost_steps VALUES ('4d6f45f7-0e21-429e-892e-24ddb6525459', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '2000-09-01', 60, 40, NULL, '2026-12-03 10:14:48.464747+00', '2026-12-03 10:14:48.464747+00');
INSERT INTO public.broker_cost_steps VALUES ('127cb9aa-e975-43d0-b54d-b035675afd98', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '2002-01-01', 0, 100, NULL, '2026-12-03 10:14:48.469647+00', '2026-12-03 10:14:48.469647+00');


--
-- Data for Name: broker_employments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.broker_employments VALUES ('4964ba89-bf44-49fd-9245-1a65fbc6aefa', '779fd235-12e9-4614-9454-2094fb672c6c', 'project', '18474a8a-4e16-45b4-b17e-ad273b886a3e', NULL, NULL, 'National consultant', '1993-03-01', '1997-06-30', 1200, '2026-12-03 10:14:50.053142+00', '2026-12-03 10:14:50.053142+00');
INSERT INTO public.broker_employments VALUES ('8d7ef05d-55d0-4c64-94a6-51660dede99b', '779fd235-12e9-4614-9454-2094fb672c6c', 'institution', NULL, '70148723-792b-44ed-97f8-bd7fb9611842', NULL, 'Broker, paid from fees', '1997-07-01', NULL, 1200, '2026-12-03 10:14:50.061766+00', '2026-12-03 10:14:50.061766+00');
INSERT INTO public.broker_employments VALUES ('eecb55fd-4726-4840-a61c-234719fd6f07', '5b99f9b7-56d2-4183-b847-65144fc8c570', 'project', '18474a8a-4e16-45b4-b17e-ad273b886a3e', NULL, NULL, 'National consultant', '1994-01-01', '1997-06-30', 1200, '2026-12-03 10:14:50.085567+00', '2026-12-03 10:14:50.085567+00');
INSERT INTO public.broker_employments VALUES ('3c6bfefb-5383-4e06-808c-65008e788e74', '5b99f9b7-56d2-4183-b847-65144fc8c570', 'institution', NULL, '70148723-792b-44ed-97f8-bd7fb9611842', NULL, 'Broker, paid from fees', '1997-07-01', NULL, 1200, '2026-12-03 10:14:50.093127+00', '2026-12-03 10:14:50.093127+00');
INSERT INTO public.broker_employments VALUES ('3b882200-c8d7-4b78-acc0-c1e7bd81a055', '3dbf88a6-75cd-430e-862e-f8295fb35ca1', 'project', '46b0d558-06cf-4e92-b35c-c2231743724f', NULL, NULL, NULL, '1999-04-01', '2001-12-31', 900, '2026-12-03 10:14:50.178261+00', '2026-12-03 10:14:50.178261+00');
INSERT INTO public.broker_employments VALUES ('881a6494-9b0a-4453-acb2-77687d0541a9', '3dbf88a6-75cd-430e-862e-f8295fb35ca1', 'institution', NULL, 'b4988350-e3da-416e-b2c2-ff4a29c41393', NULL, 'Cluster development agent', '2002-01-01', NULL, 900, '2026-12-03 10:14:50.189196+00', '2026-12-03 10:14:50.189196+00');
INSERT INTO public.broker_employments VALUES ('d979930f-a725-43ad-8bbd-df198b322a0d', '9dceaa6f-f6f8-4517-bc3d-8645aa211903', 'project', '46b0d558-06cf-4e92-b35c-c2231743724f', NULL, NULL, NULL, '1999-04-01', NULL, 850, '2026-12-03 10:14:50.207967+00', '2026-12-03 10:14:50.207967+00');
INSERT INTO public.broker_employments VALUES ('a503724e-579d-4909-9f58-7f44b859fe9e', '80afc54b-8179-4fc1-9df0-5171dd54c593', 'institution', NULL, '7808206d-3582-41d5-b080-79f90ce90ee6', NULL, 'Field worker', '1999-09-01', NULL, 700, '2026-12-03 10:14:50.239117+00', '2026-12-03 10:14:50.239117+00');


--
-- Data for Name: brokers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.brokers VALUES ('779fd235-12e9-4614-9454-2094fb672c6c', '6d830112-70e2-462e-93f2-e6f1908e4e36', 'Executive director, CERTEC (illustrative)', NULL, 'network', 'active', 'HN', 'A former national consultant of the project, now staff of CERTEC.', '2026-12-03 10:14:50.045422+00', '2026-12-03 10:14:50.045422+00');
INSERT INTO public.brokers VALUES ('5b99f9b7-56d2-4183-b847-65144fc8c570', '75be54e5-97f5-4af7-bf44-e4f4807be025', 'Network broker, CERTEC (illustrative)', NULL, 'network', 'active', 'HN', 'A former national consultant of the project, now staff of CERTEC.', '2026-12-03 10:14:50.080431+00', '2026-12-03 10:14:50.080431+00');
INSERT INTO public.brokers VALUES ('3dbf88a6-75cd-430e-862e-f8295fb35ca1', '66a307bd-fc79-4799-ba00-ee3c65fb24a9', 'Cluster broker, Jaipur (illustrative)', NULL, 'cluster', 'active', 'IN', NULL, '2026-12-03 10:14:50.172362+00', '2026-12-03 10:14:50.172362+00');
INSERT INTO public.brokers VALUES ('9dceaa6f-f6f8-4517-bc3d-8645aa211903', 'd7b0e863-23b0-417e-ac38-41093355855f', 'Cluster broker, Ludhiana (illustrative)', NULL, 'cluster', 'active', 'IN', NULL, '2026-12-03 10:14:50.20203+00', '2026-12-03 10:14:50.20203+00');
INSERT INTO public.brokers VALUES ('80afc54b-8179-4fc1-9df0-5171dd54c593', '30ff5d95-37c9-4f20-b7fa-02dd4b5b4565', 'Field worker of the foundation, Boaco (illustrative)', NULL, 'cluster', 'active', 'NI', 'Trained at the joint learning programme in Chile and on the job by project consultants.', '2026-12-03 10:14:50.232379+00', '2026-12-03 10:14:50.232379+00');


--
-- Data for Name: business_plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.business_plans VALUES ('0dab728f-23b3-4f2c-a14d-ccc74f4e1952', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 1, 'Masaya woodworkers'' business plan', 'Cheaper wood and inputs
Reach buyers abroad', 'Shared input shop
Bulk wood purchasing
Common catalogue
Exports of rocking chairs', 18000, 'USD', '1998-07-01', '2001-06-30', '1998-06-15', '2026-12-03 10:14:48.7944+00', '2026-12-03 10:14:48.7944+00');


--
-- Data for Name: chain_stage_actors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.chain_stage_actors VALUES ('79a747f5-32f5-4736-be7a-7e4db3968dc3', '298a75a7-3684-40ce-9b50-046766f4b28e', 0, 'f8ddcb93-f1f5-4a81-9663-1c664d66395a');
INSERT INTO public.chain_stage_actors VALUES ('db345657-3e3c-4085-afce-a2d8d2d04c05', '298a75a7-3684-40ce-9b50-046766f4b28e', 1, 'a63c6fe8-534e-40a4-9e9f-00d99723bb0f');
INSERT INTO public.chain_stage_actors VALUES ('fc0adecd-569c-4a09-9bc3-a4085f2bfae7', '298a75a7-3684-40ce-9b50-046766f4b28e', 2, '3f730e9c-3f46-4569-98c6-0bc9463df695');
INSERT INTO public.chain_stage_actors VALUES ('523c3ded-9adf-4f64-baba-335ca0a9b053', '298a75a7-3684-40ce-9b50-046766f4b28e', 3, '4f811958-2f45-4eeb-b8c1-858733fb0219');
INSERT INTO public.chain_stage_actors VALUES ('29574794-c7ea-4a7d-ba3e-ca7e151b0ceb', '298a75a7-3684-40ce-9b50-046766f4b28e', 4, '99ca6170-c4c0-4578-9670-71b5b519971f');
INSERT INTO public.chain_stage_actors VALUES ('3e42885f-af31-4bf4-a13a-3ec52cd7ceb2', 'a5f27a90-04d5-4ff1-b1b0-b114b8648920', 0, '902fca61-5f30-41a7-ae92-dd4a1973f418');
INSERT INTO public.chain_stage_actors VALUES ('f3cbfae3-05a9-47ec-a3f8-2aba7c3b347f', 'a5f27a90-04d5-4ff1-b1b0-b114b8648920', 1, 'a6165acb-12ad-42aa-a69f-dba56a0a3419');
INSERT INTO public.chain_stage_actors VALUES ('c6ae72f9-4f58-4726-aae5-d9865a8cd685', 'a5f27a90-04d5-4ff1-b1b0-b114b8648920', 2, 'da45fede-c1de-4b44-8079-4a64d59bf34b');
INSERT INTO public.chain_stage_actors VALUES ('71885a4b-e43a-47bc-bd3a-a5b95e3a6522', 'ab2daed5-e7e9-4bf8-bae5-b8857a82f188', 0, 'd2946408-d4db-4aa3-b720-ff7917f6691c');


--
-- Data for Name: chain_stages; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.chain_stages VALUES ('4facd642-6594-4e14-94f3-ab81441bd817', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'c249b51b-72d7-46de-83ec-6359c2165685', 1, 'Procurement of produce', NULL, 'Quality of raw material not tested', '2026-12-03 10:14:47.647677+00', '2026-12-03 10:14:47.647677+00');
INSERT INTO public.chain_stages VALUES ('beba8c84-e4fc-440e-a585-451a7d0a5b6e', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'c249b51b-72d7-46de-83ec-6359c2165685', 2, 'Processing', NULL, 'Traditional practices, little hygiene control', '2026-12-03 10:14:47.657438+00', '2026-12-03 10:14:47.657438+00');
INSERT INTO public.chain_stages VALUES ('292b330c-dcf5-44ac-8e37-baec9129cbc6', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'c249b51b-72d7-46de-83ec-6359c2165685', 3, 'Testing', NULL, 'Existing laboratories unused', '2026-12-03 10:14:47.665852+00', '2026-12-03 10:14:47.665852+00');
INSERT INTO public.chain_stages VALUES ('5c3b3175-77d1-472b-87f2-b7c5750a455c', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'c249b51b-72d7-46de-83ec-6359c2165685', 4, 'Marketing', NULL, 'Fear of audits keeps firms small', '2026-12-03 10:14:47.673041+00', '2026-12-03 10:14:47.673041+00');
INSERT INTO public.chain_stages VALUES ('298a75a7-3684-40ce-9b50-046766f4b28e', '6c76a34b-c798-4836-83cd-7cae4d100a85', '4625effe-537f-48cb-aa23-ced5238941a0', 1, 'Dyeing and hand-block printing', NULL, 'Screen printers copy designs at lower cost', '2026-12-03 10:14:48.024717+00', '2026-12-03 10:14:48.024717+00');
INSERT INTO public.chain_stages VALUES ('a5f27a90-04d5-4ff1-b1b0-b114b8648920', '6c76a34b-c798-4836-83cd-7cae4d100a85', '4625effe-537f-48cb-aa23-ced5238941a0', 2, 'Finishing and tailoring', NULL, 'Few units finish to export quality', '2026-12-03 10:14:48.037224+00', '2026-12-03 10:14:48.037224+00');
INSERT INTO public.chain_stages VALUES ('ab2daed5-e7e9-4bf8-bae5-b8857a82f188', '6c76a34b-c798-4836-83cd-7cae4d100a85', '4625effe-537f-48cb-aa23-ced5238941a0', 3, 'Marketing and export', NULL, 'No direct access to buyers abroad', '2026-12-03 10:14:48.05174+00', '2026-12-03 10:14:48.05174+00');
INSERT INTO public.chain_stages VALUES ('79f95d54-388e-46ab-a0cc-b41ed5fa16f5', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '4b676b68-e65f-41ea-989f-e862ff8ce2ea', 1, 'Milk production', NULL, 'Irregular supply', '2026-12-03 10:14:48.127394+00', '2026-12-03 10:14:48.127394+00');
INSERT INTO public.chain_stages VALUES ('2ac6f49a-21d4-42cd-8bd2-d6e68ad40b1e', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '4b676b68-e65f-41ea-989f-e862ff8ce2ea', 2, 'Milk collection', NULL, 'No cooling, milk spoils', '2026-12-03 10:14:48.134218+00', '2026-12-03 10:14:48.134218+00');
INSERT INTO public.chain_stages VALUES ('d96d62bc-5f1b-4aa7-9664-120393792fcc', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '4b676b68-e65f-41ea-989f-e862ff8ce2ea', 3, 'Cheese processing', NULL, 'Poor hygiene, low yields, untreated waste water', '2026-12-03 10:14:48.141704+00', '2026-12-03 10:14:48.141704+00');
INSERT INTO public.chain_stages VALUES ('bf10a5b9-37ce-4539-8b95-10e26c2ae5fc', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '4b676b68-e65f-41ea-989f-e862ff8ce2ea', 4, 'Retail', NULL, 'Few cheese types, no norms', '2026-12-03 10:14:48.149118+00', '2026-12-03 10:14:48.149118+00');


--
-- Data for Name: client_profiles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.client_profiles VALUES ('d923a064-948d-4773-bd1c-6ef3d6359caa', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '1d6199fd-9a06-4f57-8a7c-e8f1caa1ad24', 'labels
plastic bottles', 'Monthly orders (illustrative)', '', 20, 45, 10, 3, 30, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, '2026-12-03 10:14:49.438329+00', '2026-12-03 10:14:49.438329+00');
INSERT INTO public.client_profiles VALUES ('cf895eb5-ceed-47b6-8d16-68f9e25a9e30', '82a6c124-3997-4936-b667-e55510412d91', 'eb25135f-1d7a-4f84-ba62-6c2f4d0721c2', 'peanuts
plastic jars', 'Monthly orders (illustrative)', '', 20, 30, 12.5, 3, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, '2026-12-03 10:14:49.48527+00', '2026-12-03 10:14:49.48527+00');
INSERT INTO public.client_profiles VALUES ('d83a3543-23eb-4a24-a351-77cd726b754d', '4abc9082-83a3-4450-9f4e-d9fa1e2c4ccd', '09cc31c0-5afb-4cf3-b818-cd600fa3a7b7', 'cardboard boxes
refrigeration maintenance', 'Monthly orders (illustrative)', '', 20, 45, 10, 3, 30, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, 10, NULL, '2026-12-03 10:14:49.522819+00', '2026-12-03 10:14:49.522819+00');
INSERT INTO public.client_profiles VALUES ('d7e3bb05-fa34-4a1e-9973-3261545de57f', '10ee2987-b5ff-4265-afc6-47fed1fda69c', '1f0931cf-f58a-47d6-a51e-0dfad0bffc9b', 'leather shoes
sandals', 'Monthly orders (illustrative)', '', 20, 30, 12.5, 3, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, 12.5, NULL, '2026-12-03 10:14:49.562621+00', '2026-12-03 10:14:49.562621+00');


--
-- Data for Name: cluster_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cluster_events VALUES ('9c3e7f8c-ad32-4cd6-aaab-f71d6f5a9514', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'bilateral_meeting', 'Interviews with food processors', '1998-03-10', NULL, NULL, NULL, NULL, 6, 'entrepreneurs=6', NULL, '2026-12-03 10:14:47.679462+00', '2026-12-03 10:14:47.679462+00');
INSERT INTO public.cluster_events VALUES ('9cdc13b8-dce2-4fef-b5b7-afab3054c322', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'bilateral_meeting', 'Meeting with the testing laboratory', '1998-04-02', NULL, NULL, NULL, NULL, 2, '', NULL, '2026-12-03 10:14:47.688964+00', '2026-12-03 10:14:47.688964+00');
INSERT INTO public.cluster_events VALUES ('9d37d562-6af1-4c0f-9be5-8aebbd74d244', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'group_meeting', 'Entrepreneurs meet the food administration', '1998-07-20', NULL, NULL, NULL, 4, 21, 'entrepreneurs=18', 'Entrepreneurs admit they do not know the law; demand for an information point.', '2026-12-03 10:14:47.69712+00', '2026-12-03 10:14:47.69712+00');
INSERT INTO public.cluster_events VALUES ('20821ab0-909c-4c37-8a51-cce135f814f7', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'validation_meeting', 'Validation of the diagnostic', '1998-09-30', NULL, NULL, NULL, 5, 30, '', 'Umbrella organisation and technical centre put forward.', '2026-12-03 10:14:47.705568+00', '2026-12-03 10:14:47.705568+00');
INSERT INTO public.cluster_events VALUES ('62ddcec8-3fd3-4e68-81fd-358743837df5', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'group_meeting', 'Introductory meeting of block printers', '1997-10-15', NULL, NULL, NULL, NULL, 4, 'entrepreneurs=4', 'Most firms declined to attend; those who came were hostile.', '2026-12-03 10:14:47.813478+00', '2026-12-03 10:14:47.813478+00');
INSERT INTO public.cluster_events VALUES ('db2a8f3c-6a75-43c8-822c-f5ab5f997f1e', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'bilateral_meeting', 'One-to-one interviews with young artisans', '1998-01-20', NULL, NULL, NULL, NULL, 12, 'entrepreneurs=12', NULL, '2026-12-03 10:14:47.823899+00', '2026-12-03 10:14:47.823899+00');
INSERT INTO public.cluster_events VALUES ('a6eb7361-43f9-48a3-9a7e-dc975de29533', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'training', 'Market-orientation training for 23 young artisans', '1998-03-02', NULL, NULL, NULL, NULL, 23, 'entrepreneurs=23', 'Average age 21; marketing promotion, quality testing, product development, advertising, distribution.', '2026-12-03 10:14:47.834544+00', '2026-12-03 10:14:47.834544+00');
INSERT INTO public.cluster_events VALUES ('6d7864ba-8678-4384-a1fe-e093493c9c21', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'study_tour', 'Study tour to Delhi showrooms and Jaipur trading houses', '1998-04-10', NULL, NULL, NULL, NULL, 23, 'entrepreneurs=23', NULL, '2026-12-03 10:14:47.845154+00', '2026-12-03 10:14:47.845154+00');
INSERT INTO public.cluster_events VALUES ('a19f1f0f-1a7c-4ece-be46-520e39e317fd', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'group_meeting', 'Artisans'' meeting: parents attend', '1998-07-15', NULL, NULL, NULL, 6, 38, 'entrepreneurs=40', 'Parents who had declined earlier now take part.', '2026-12-03 10:14:47.855729+00', '2026-12-03 10:14:47.855729+00');
INSERT INTO public.cluster_events VALUES ('0b814668-37de-48d8-8113-735fe1278bf1', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'trade_fair', 'Joint stand at a national handicrafts fair', '1999-02-05', NULL, NULL, NULL, 3, 9, '', NULL, '2026-12-03 10:14:47.865615+00', '2026-12-03 10:14:47.865615+00');
INSERT INTO public.cluster_events VALUES ('49bceddb-4e01-4f3f-90d8-d44c8a240f54', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'group_meeting', 'Committee for institutional coordination', '1997-09-10', NULL, NULL, NULL, 3, 9, '', NULL, '2026-12-03 10:14:48.29907+00', '2026-12-03 10:14:48.29907+00');
INSERT INTO public.cluster_events VALUES ('bc39e25e-de14-43c3-a99c-7b50f50a4f39', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'workshop', 'Benchmarking with Latin American and Dutch dairy clusters', '1998-02-12', NULL, NULL, NULL, 8, 27, 'entrepreneurs=20', NULL, '2026-12-03 10:14:48.308755+00', '2026-12-03 10:14:48.308755+00');
INSERT INTO public.cluster_events VALUES ('cba55aa6-3d46-4a5f-a954-c2e05ad0d592', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'training', 'Hygiene and yield training for cheese makers', '1998-06-08', NULL, NULL, NULL, 12, 18, 'entrepreneurs=30', NULL, '2026-12-03 10:14:48.318736+00', '2026-12-03 10:14:48.318736+00');
INSERT INTO public.cluster_events VALUES ('b6774e61-d34d-4999-abe6-62ca85921734', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'group_meeting', 'APPEAL meets the Department of Technical Education', '1998-11-05', NULL, NULL, NULL, 2, 8, '', 'Memorandum of understanding for a training cell at GPW.', '2026-12-03 10:14:48.480457+00', '2026-12-03 10:14:48.480457+00');
INSERT INTO public.cluster_events VALUES ('1ea9bb1d-1253-4519-9bbc-8c1254bfc3c8', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'training', 'First training batch at GPW', '1999-09-01', NULL, NULL, NULL, 20, NULL, '', 'Three months, theory and practice.', '2026-12-03 10:14:48.489038+00', '2026-12-03 10:14:48.489038+00');


--
-- Data for Name: cluster_map_candidates; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cluster_map_candidates VALUES ('027ab50f-c5bf-4040-8745-38892ca34301', '20001d3b-f20c-4b26-affa-72512271529c', '10cd3604-cf07-47d3-b1e5-2320a980167a', 1, 'Knitwear and hosiery', 11583, 436, 140076.80963480964, 2.9165346973707234, true, true, 4983, 0.755);
INSERT INTO public.cluster_map_candidates VALUES ('9f15f978-51ab-4d1d-9c0f-2ffef03b3055', '20001d3b-f20c-4b26-affa-72512271529c', '10cd3604-cf07-47d3-b1e5-2320a980167a', 2, 'Auto components and engineering', 13997, 559, 137308.55876259197, 2.4116803827801547, true, true, 1681, 0.13648911984410522);
INSERT INTO public.cluster_map_candidates VALUES ('2d5cb01a-dea3-47cf-9535-2471697d4282', '20001d3b-f20c-4b26-affa-72512271529c', '349eee34-85f7-41ce-af9e-a733ad75a38e', 1, 'Knitwear and hosiery', 15119, 683, 132798.33877901977, 5.344634125143128, true, true, 5263, 0.533989448051948);
INSERT INTO public.cluster_map_candidates VALUES ('a6a7602c-cc2f-46f3-b52c-4cbef776d206', '20001d3b-f20c-4b26-affa-72512271529c', '76e562a7-2c10-44f6-8aa1-f7f512355209', 1, 'Handicrafts and block printing', 12227, 1266, 141220.29672037295, 5.265404186010355, true, true, 2169, 0.21564923444024656);
INSERT INTO public.cluster_map_candidates VALUES ('05d23630-e037-4ce7-99f2-1cf4f35051af', '20001d3b-f20c-4b26-affa-72512271529c', 'ab770dbc-b542-4977-adea-c7fdf2337749', 1, 'Brass and metal ware', 12444, 1103, 156367.97516875603, 6.767162971532929, true, true, 205, 0.016749734455429367);
INSERT INTO public.cluster_map_candidates VALUES ('580725b7-12eb-4526-9281-fa0fc4b845fa', '20001d3b-f20c-4b26-affa-72512271529c', '6069e0e4-af83-41fe-8fbf-ebd55de8419f', 1, 'Leather and footwear', 12469, 990, 141068.10072980993, 4.021118442653946, true, true, 2440, 0.24329444610629175);
INSERT INTO public.cluster_map_candidates VALUES ('1e077fe6-c84a-48de-9665-e369d0bd39d7', '20001d3b-f20c-4b26-affa-72512271529c', '7be12c1e-9ffb-4472-b039-a09cd67ce0d1', 1, 'Leather and footwear', 15090, 906, 133508.27852882704, 4.263470891395141, true, true, 5294, 0.5404246631278072);
INSERT INTO public.cluster_map_candidates VALUES ('bb6cbf2f-5dbe-4a7f-8a66-785718aaa3b3', '20001d3b-f20c-4b26-affa-72512271529c', 'a17fc5ab-6666-48a8-bae7-30f70cb260b9', 1, 'Auto components and engineering', 13773, 822, 128438.69222391635, 2.493662117188445, true, true, 861, 0.066682156133829);
INSERT INTO public.cluster_map_candidates VALUES ('b505f138-e639-49a1-aeac-ff581deec754', '20001d3b-f20c-4b26-affa-72512271529c', 'a17fc5ab-6666-48a8-bae7-30f70cb260b9', 2, 'Food processing', 10332, 732, 138556.40108401084, 2.446977662722997, true, true, 1463, 0.164956590370955);
INSERT INTO public.cluster_map_candidates VALUES ('94956b54-3183-49b0-9afd-9d6ecf159658', '20001d3b-f20c-4b26-affa-72512271529c', 'b7adbb1e-f66f-440e-91fb-8c37f82f9f99', 1, 'Auto components and engineering', 15930, 763, 160692.35913370998, 3.741879390551676, true, true, 4570, 0.4022887323943662);
INSERT INTO public.cluster_map_candidates VALUES ('e0001fdf-c1d7-47c6-84cd-448fb9faf59a', '20001d3b-f20c-4b26-affa-72512271529c', 'f6e53ef3-72a8-4419-a901-2063646d841f', 1, 'Glass and glassware', 7722, 367, 116798, 9.308440373265874, true, true, 3330, 0.7581967213114754);
INSERT INTO public.cluster_map_candidates VALUES ('85d90f7c-e527-4d8d-9ace-0258caf02e92', '20001d3b-f20c-4b26-affa-72512271529c', 'e3b07e54-680b-4eca-9778-25f714474203', 1, 'Textiles and home furnishing', 11697, 597, 122621.74275455246, 3.9080020051054563, true, true, -183, -0.015404040404040404);
INSERT INTO public.cluster_map_candidates VALUES ('8443737e-1efd-4752-942e-c06bbfcbb080', '20001d3b-f20c-4b26-affa-72512271529c', '7875a89b-ae5d-4148-bc1c-4415171ff0af', 1, 'Textiles and home furnishing', 16978, 1732, 161932.5436447167, 4.540280666870503, true, true, 5586, 0.4903441011235955);
INSERT INTO public.cluster_map_candidates VALUES ('10b99177-703a-4845-b53a-6935d023c46a', '20001d3b-f20c-4b26-affa-72512271529c', '85127743-b647-45af-988b-4a2dd472dcce', 1, 'Textiles and home furnishing', 12261, 956, 161678.03327624174, 4.0424406752244, true, true, 1703, 0.1612994885394961);
INSERT INTO public.cluster_map_candidates VALUES ('c87ed99c-fe7a-431a-ac13-9c58206a7213', '20001d3b-f20c-4b26-affa-72512271529c', '2d735dac-90b7-45fd-a6e9-342ac2b2a960', 1, 'Food processing', 10087, 854, 120262.0800039655, 4.185642979603476, true, true, -2748, -0.21410206466692638);
INSERT INTO public.cluster_map_candidates VALUES ('80308219-3828-4319-be69-5de40957114a', '20001d3b-f20c-4b26-affa-72512271529c', 'eb6ba541-6657-4d20-affa-ac75b83c89a0', 1, 'Food processing', 13920, 1174, 142500.7068965517, 4.73661422539331, true, true, 5409, 0.6355304899541769);
INSERT INTO public.cluster_map_candidates VALUES ('c4921314-83b6-44ba-b499-298e7505b99b', '20001d3b-f20c-4b26-affa-72512271529c', 'd5c75bd0-ce15-4b9d-935d-7b4b09124208', 1, 'Leather and footwear', 13171, 655, 141257.13188064686, 2.865259552550889, true, true, 2066, 0.1860423232778028);
INSERT INTO public.cluster_map_candidates VALUES ('d8a91c95-4d02-4564-b1ba-ad94194fc262', '20001d3b-f20c-4b26-affa-72512271529c', 'd5c75bd0-ce15-4b9d-935d-7b4b09124208', 2, 'Auto components and engineering', 10194, 439, 140424.56189915637, 1.885551724499267, true, true, -631, -0.058290993071593536);
INSERT INTO public.cluster_map_candidates VALUES ('44a4a68f-b67c-4366-81db-b12c9d5cff88', '20001d3b-f20c-4b26-affa-72512271529c', '135bfcf9-000e-452b-892c-90018b724f70', 1, 'Handicrafts and block printing', 11393, 855, 129503.07855700869, 5.128552275150722, true, true, 3119, 0.37696398356296834);
INSERT INTO public.cluster_map_candidates VALUES ('e2b2dc08-68fa-4158-83fe-be7fbea1cc2e', '20001d3b-f20c-4b26-affa-72512271529c', '39155d0f-052b-4651-9723-23e87a502f63', 1, 'Glass and glassware', 672, 35, 124124, 1.4781351014820017, true, false, 21, 0.03225806451612903);
INSERT INTO public.cluster_map_candidates VALUES ('d25ee130-0595-4def-b710-a3f3da8971c3', '20001d3b-f20c-4b26-affa-72512271529c', '39155d0f-052b-4651-9723-23e87a502f63', 2, 'Knitwear and hosiery', 1260, 89, 150762.2888888889, 1.139866044865026, true, true, 187, 0.17427772600186392);
INSERT INTO public.cluster_map_candidates VALUES ('9e727193-e00c-432b-a918-8bf5067a44b7', '20001d3b-f20c-4b26-affa-72512271529c', '39155d0f-052b-4651-9723-23e87a502f63', 3, 'Brass and metal ware', 1280, 59, 156038.01015625, 1.5454840305141695, false, true, 177, 0.16047144152311876);
INSERT INTO public.cluster_map_candidates VALUES ('8d231bad-cd92-42e3-8395-907a66bdf708', '20001d3b-f20c-4b26-affa-72512271529c', '39155d0f-052b-4651-9723-23e87a502f63', 4, 'Handicrafts and block printing', 1196, 63, 130214.27090301004, 1.137900263147851, false, false, -65, -0.05154639175257732);
INSERT INTO public.cluster_map_candidates VALUES ('b0869302-93b4-4b89-88bc-1a2ca921bbb5', '20001d3b-f20c-4b26-affa-72512271529c', 'affb1a76-4fcf-47c6-9c23-0ff8697b214c', 1, 'Brass and metal ware', 1225, 136, 143919.6269387755, 1.4513117309338086, true, false, -37, -0.029318541996830427);
INSERT INTO public.cluster_map_candidates VALUES ('cfd7a420-8e69-4591-8d14-18d3787892b9', '20001d3b-f20c-4b26-affa-72512271529c', 'affb1a76-4fcf-47c6-9c23-0ff8697b214c', 2, 'Knitwear and hosiery', 1307, 83, 144478.40703902065, 1.1601894821751304, true, true, 115, 0.0964765100671141);
INSERT INTO public.cluster_map_candidates VALUES ('9f1c622a-989c-4a5c-ac5c-9a635b79da4d', '20001d3b-f20c-4b26-affa-72512271529c', 'affb1a76-4fcf-47c6-9c23-0ff8697b214c', 3, 'Food processing', 1277, 62, 164664.44244322632, 1.0146575186629025, true, true, 14, 0.011084718923198733);
INSERT INTO public.cluster_map_candidates VALUES ('c6349340-2009-4c06-a736-fcd00352d582', '20001d3b-f20c-4b26-affa-72512271529c', 'affb1a76-4fcf-47c6-9c23-0ff8697b214c', 4, 'Glass and glassware', 568, 29, 131839, 1.2259231826531287, false, false, -56, -0.08974358974358974);
INSERT INTO public.cluster_map_candidates VALUES ('5cefb7d2-4103-4c5f-9e76-2145ecf75c41', '20001d3b-f20c-4b26-affa-72512271529c', 'cfc7f64b-1a73-4820-8ad3-7ace2901e1ba', 1, 'Brass and metal ware', 1246, 87, 158760.21829855538, 1.512796572818163, true, true, 41, 0.03402489626556016);
INSERT INTO public.cluster_map_candidates VALUES ('7b9cc811-93d0-4121-b466-22a65af4882b', '20001d3b-f20c-4b26-affa-72512271529c', 'cfc7f64b-1a73-4820-8ad3-7ace2901e1ba', 2, 'Handicrafts and block printing', 1251, 70, 137749.42605915267, 1.1968459797640052, true, true, -65, -0.04939209726443769);
INSERT INTO public.cluster_map_candidates VALUES ('97ce8fb9-c88c-486f-91ad-2ca93ee15a26', '20001d3b-f20c-4b26-affa-72512271529c', 'cfc7f64b-1a73-4820-8ad3-7ace2901e1ba', 3, 'Food processing', 1238, 106, 146825.8142164782, 1.0080616613489488, true, false, 130, 0.11732851985559567);
INSERT INTO public.cluster_map_candidates VALUES ('3561cd5a-8d83-4b88-a362-cdebabddcaf9', '20001d3b-f20c-4b26-affa-72512271529c', 'cfc7f64b-1a73-4820-8ad3-7ace2901e1ba', 4, 'Glass and glassware', 574, 24, 116087, 1.2695934908418849, false, false, 36, 0.06691449814126393);
INSERT INTO public.cluster_map_candidates VALUES ('dd8388d1-0c49-421a-94e3-8d7584dd8c50', '20001d3b-f20c-4b26-affa-72512271529c', '637d00e9-24fc-41d2-ac16-f715373cb1ff', 1, 'Glass and glassware', 652, 40, 159979, 1.4000815088706628, true, false, 97, 0.17477477477477477);
INSERT INTO public.cluster_map_candidates VALUES ('c4df9474-3390-4e17-b0b8-ab9dd6248ee3', '20001d3b-f20c-4b26-affa-72512271529c', '637d00e9-24fc-41d2-ac16-f715373cb1ff', 2, 'Handicrafts and block printing', 1349, 90, 146006.39065974797, 1.2529848925547353, true, true, 47, 0.03609831029185868);
INSERT INTO public.cluster_map_candidates VALUES ('bf866268-25f6-4be3-b91a-aa0cec008b59', '20001d3b-f20c-4b26-affa-72512271529c', '637d00e9-24fc-41d2-ac16-f715373cb1ff', 3, 'Brass and metal ware', 1066, 75, 132372.06566604128, 1.2565293106431208, false, false, -133, -0.11092577147623019);
INSERT INTO public.cluster_map_candidates VALUES ('41d08af5-1344-4a8e-87c6-1baf836a4117', '20001d3b-f20c-4b26-affa-72512271529c', '637d00e9-24fc-41d2-ac16-f715373cb1ff', 4, 'Knitwear and hosiery', 1331, 54, 171704.87828700224, 1.1754988103192514, false, true, 123, 0.10182119205298014);
INSERT INTO public.cluster_map_candidates VALUES ('b0d0f9cf-79ca-48ac-9bfa-d150f80d28a8', '20001d3b-f20c-4b26-affa-72512271529c', 'b71853b7-6bda-4b91-a9ce-6cccc12f8f72', 1, 'Handicrafts and block printing', 1258, 112, 153462.94435612083, 1.2395169304034799, true, true, 26, 0.021103896103896104);
INSERT INTO public.cluster_map_candidates VALUES ('3c9f0c61-b03e-4b5a-abc8-db436e735545', '20001d3b-f20c-4b26-affa-72512271529c', 'b71853b7-6bda-4b91-a9ce-6cccc12f8f72', 2, 'Glass and glassware', 626, 27, 115107, 1.425994972380477, false, false, -9, -0.014173228346456693);
INSERT INTO public.cluster_map_candidates VALUES ('fdd58ee0-baa2-4b34-8c8d-5071c57ed241', '20001d3b-f20c-4b26-affa-72512271529c', 'b71853b7-6bda-4b91-a9ce-6cccc12f8f72', 3, 'Brass and metal ware', 1024, 93, 122177.890625, 1.2804225458487986, false, false, -102, -0.0905861456483126);
INSERT INTO public.cluster_map_candidates VALUES ('64a15e5e-070b-4bd5-876c-a0ec2993ac72', '20001d3b-f20c-4b26-affa-72512271529c', 'b71853b7-6bda-4b91-a9ce-6cccc12f8f72', 4, 'Knitwear and hosiery', 1076, 72, 143182.36988847583, 1.0080784871405966, false, false, -46, -0.040998217468805706);
INSERT INTO public.cluster_map_candidates VALUES ('ea8b508f-d210-462d-9bcc-256cd9bd628f', '20001d3b-f20c-4b26-affa-72512271529c', 'a768cb6a-e8d2-4d63-8b94-71bd2476f835', 1, 'Knitwear and hosiery', 1335, 85, 162553.37827715356, 1.2494415606945162, true, true, 201, 0.17724867724867724);
INSERT INTO public.cluster_map_candidates VALUES ('3f415eba-e093-427e-83be-0fe68afa78ff', '20001d3b-f20c-4b26-affa-72512271529c', 'a768cb6a-e8d2-4d63-8b94-71bd2476f835', 2, 'Brass and metal ware', 1104, 42, 134723.26992753622, 1.3790341981292686, false, false, -146, -0.1168);
INSERT INTO public.cluster_map_candidates VALUES ('b7eda85f-104b-4431-b009-e1cda0c5b44c', '20001d3b-f20c-4b26-affa-72512271529c', 'a768cb6a-e8d2-4d63-8b94-71bd2476f835', 3, 'Glass and glassware', 558, 55, 159477, 1.269785802346967, false, false, -72, -0.11428571428571428);
INSERT INTO public.cluster_map_candidates VALUES ('406f3cdd-cb9c-43db-9e24-5d7e6df6ec8f', '20001d3b-f20c-4b26-affa-72512271529c', 'a768cb6a-e8d2-4d63-8b94-71bd2476f835', 4, 'Handicrafts and block printing', 1142, 110, 123128.33450087566, 1.1240626895122465, false, false, -118, -0.09365079365079365);
INSERT INTO public.cluster_map_candidates VALUES ('64545761-c81d-4628-9f98-7fbd60fd2632', '20001d3b-f20c-4b26-affa-72512271529c', '2ebaa488-3225-4dea-b2d2-aa173ec75bd0', 1, 'Glass and glassware', 626, 32, 159972, 1.3584756817397254, true, false, 92, 0.17228464419475656);
INSERT INTO public.cluster_map_candidates VALUES ('96bd4605-5459-48fc-a576-5a9f8de12040', '20001d3b-f20c-4b26-affa-72512271529c', '2ebaa488-3225-4dea-b2d2-aa173ec75bd0', 2, 'Brass and metal ware', 1124, 107, 140649.94839857653, 1.3389166473622074, false, false, -130, -0.10366826156299841);
INSERT INTO public.cluster_map_candidates VALUES ('39a71e64-1e9b-46be-8bc7-6f662e217eca', '20001d3b-f20c-4b26-affa-72512271529c', '2ebaa488-3225-4dea-b2d2-aa173ec75bd0', 3, 'Handicrafts and block printing', 1253, 60, 130183.92657621708, 1.1761338978313465, false, false, 13, 0.010483870967741936);
INSERT INTO public.cluster_map_candidates VALUES ('fbc5eaf1-f40b-4642-9411-de0df1bdd616', '20001d3b-f20c-4b26-affa-72512271529c', '2ebaa488-3225-4dea-b2d2-aa173ec75bd0', 4, 'Knitwear and hosiery', 1157, 127, 131485.84615384616, 1.0326408674550873, false, false, 38, 0.03395889186773905);
INSERT INTO public.cluster_map_candidates VALUES ('49278fdd-d4ba-46ed-9f6e-db8eeecf61a4', '20001d3b-f20c-4b26-affa-72512271529c', '3aac3917-36b2-4bbe-9f5b-491c912d8f81', 1, 'Brass and metal ware', 1148, 105, 149244.7944250871, 1.362896212500909, true, false, -141, -0.10938712179984485);
INSERT INTO public.cluster_map_candidates VALUES ('200ec5ad-9a11-432f-bd04-8f635e24c646', '20001d3b-f20c-4b26-affa-72512271529c', '3aac3917-36b2-4bbe-9f5b-491c912d8f81', 2, 'Handicrafts and block printing', 1356, 72, 141380.7286135693, 1.268525062520387, true, true, 137, 0.11238720262510254);
INSERT INTO public.cluster_map_candidates VALUES ('5fbf227d-63ba-453f-8f4a-20dc6eb4f83e', '20001d3b-f20c-4b26-affa-72512271529c', '3aac3917-36b2-4bbe-9f5b-491c912d8f81', 3, 'Glass and glassware', 636, 28, 142405, 1.3755244592630986, false, false, 88, 0.16058394160583941);
INSERT INTO public.cluster_map_candidates VALUES ('73ebc1d7-5cbf-4e81-862e-b12da85c8f39', '20001d3b-f20c-4b26-affa-72512271529c', '3aac3917-36b2-4bbe-9f5b-491c912d8f81', 4, 'Knitwear and hosiery', 1201, 84, 157497.9417152373, 1.0682985118595463, false, false, -39, -0.031451612903225803);


--
-- Data for Name: cluster_map_regions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cluster_map_regions VALUES ('10cd3604-cf07-47d3-b1e5-2320a980167a', '20001d3b-f20c-4b26-affa-72512271529c', 'Ludhiana', 30.9, 75.85, 32490, 2, 2.9165346973707234);
INSERT INTO public.cluster_map_regions VALUES ('349eee34-85f7-41ce-af9e-a733ad75a38e', '20001d3b-f20c-4b26-affa-72512271529c', 'Tiruppur', 11.11, 77.34, 23142, 1, 5.344634125143128);
INSERT INTO public.cluster_map_regions VALUES ('76e562a7-2c10-44f6-8aa1-f7f512355209', '20001d3b-f20c-4b26-affa-72512271529c', 'Jaipur', 26.91, 75.79, 19979, 1, 5.265404186010355);
INSERT INTO public.cluster_map_regions VALUES ('ab770dbc-b542-4977-adea-c7fdf2337749', '20001d3b-f20c-4b26-affa-72512271529c', 'Moradabad', 28.84, 78.77, 20078, 1, 6.767162971532929);
INSERT INTO public.cluster_map_regions VALUES ('6069e0e4-af83-41fe-8fbf-ebd55de8419f', '20001d3b-f20c-4b26-affa-72512271529c', 'Agra', 27.18, 78.01, 20416, 1, 4.021118442653946);
INSERT INTO public.cluster_map_regions VALUES ('7be12c1e-9ffb-4472-b039-a09cd67ce0d1', '20001d3b-f20c-4b26-affa-72512271529c', 'Kanpur', 26.45, 80.33, 23303, 1, 4.263470891395141);
INSERT INTO public.cluster_map_regions VALUES ('a17fc5ab-6666-48a8-bae7-30f70cb260b9', '20001d3b-f20c-4b26-affa-72512271529c', 'Pune', 18.52, 73.86, 30919, 2, 2.493662117188445);
INSERT INTO public.cluster_map_regions VALUES ('b7adbb1e-f66f-440e-91fb-8c37f82f9f99', '20001d3b-f20c-4b26-affa-72512271529c', 'Coimbatore', 11.02, 76.96, 23832, 1, 3.741879390551676);
INSERT INTO public.cluster_map_regions VALUES ('f6e53ef3-72a8-4419-a901-2063646d841f', '20001d3b-f20c-4b26-affa-72512271529c', 'Firozabad', 27.15, 78.4, 16501, 1, 9.308440373265874);
INSERT INTO public.cluster_map_regions VALUES ('e3b07e54-680b-4eca-9778-25f714474203', '20001d3b-f20c-4b26-affa-72512271529c', 'Surat', 21.17, 72.83, 19615, 1, 3.9080020051054563);
INSERT INTO public.cluster_map_regions VALUES ('7875a89b-ae5d-4148-bc1c-4415171ff0af', '20001d3b-f20c-4b26-affa-72512271529c', 'Panipat', 29.39, 76.97, 24506, 1, 4.540280666870503);
INSERT INTO public.cluster_map_regions VALUES ('85127743-b647-45af-988b-4a2dd472dcce', '20001d3b-f20c-4b26-affa-72512271529c', 'Bhagalpur', 25.24, 86.97, 19877, 1, 4.0424406752244);
INSERT INTO public.cluster_map_regions VALUES ('2d735dac-90b7-45fd-a6e9-342ac2b2a960', '20001d3b-f20c-4b26-affa-72512271529c', 'Kolhapur', 16.7, 74.24, 17647, 1, 4.185642979603476);
INSERT INTO public.cluster_map_regions VALUES ('eb6ba541-6657-4d20-affa-ac75b83c89a0', '20001d3b-f20c-4b26-affa-72512271529c', 'Nashik', 20, 73.79, 21520, 1, 4.73661422539331);
INSERT INTO public.cluster_map_regions VALUES ('d5c75bd0-ce15-4b9d-935d-7b4b09124208', '20001d3b-f20c-4b26-affa-72512271529c', 'Chennai', 13.08, 80.27, 30265, 2, 2.865259552550889);
INSERT INTO public.cluster_map_regions VALUES ('135bfcf9-000e-452b-892c-90018b724f70', '20001d3b-f20c-4b26-affa-72512271529c', 'Varanasi', 25.32, 82.97, 19113, 1, 5.128552275150722);
INSERT INTO public.cluster_map_regions VALUES ('39155d0f-052b-4651-9723-23e87a502f63', '20001d3b-f20c-4b26-affa-72512271529c', 'Indore', 22.72, 75.86, 9043, 2, 1.4781351014820017);
INSERT INTO public.cluster_map_regions VALUES ('affb1a76-4fcf-47c6-9c23-0ff8697b214c', '20001d3b-f20c-4b26-affa-72512271529c', 'Patna', 25.59, 85.14, 9216, 3, 1.4513117309338086);
INSERT INTO public.cluster_map_regions VALUES ('cfc7f64b-1a73-4820-8ad3-7ace2901e1ba', '20001d3b-f20c-4b26-affa-72512271529c', 'Lucknow', 26.85, 80.95, 8993, 3, 1.512796572818163);
INSERT INTO public.cluster_map_regions VALUES ('637d00e9-24fc-41d2-ac16-f715373cb1ff', '20001d3b-f20c-4b26-affa-72512271529c', 'Bhopal', 23.26, 77.41, 9263, 2, 1.4000815088706628);
INSERT INTO public.cluster_map_regions VALUES ('b71853b7-6bda-4b91-a9ce-6cccc12f8f72', '20001d3b-f20c-4b26-affa-72512271529c', 'Nagpur', 21.15, 79.09, 8732, 1, 1.2395169304034799);
INSERT INTO public.cluster_map_regions VALUES ('a768cb6a-e8d2-4d63-8b94-71bd2476f835', '20001d3b-f20c-4b26-affa-72512271529c', 'Guwahati', 26.14, 91.74, 8741, 1, 1.2494415606945162);
INSERT INTO public.cluster_map_regions VALUES ('2ebaa488-3225-4dea-b2d2-aa173ec75bd0', '20001d3b-f20c-4b26-affa-72512271529c', 'Raipur', 21.25, 81.63, 9166, 1, 1.3584756817397254);
INSERT INTO public.cluster_map_regions VALUES ('3aac3917-36b2-4bbe-9f5b-491c912d8f81', '20001d3b-f20c-4b26-affa-72512271529c', 'Dehradun', 30.32, 78.03, 9197, 2, 1.362896212500909);


--
-- Data for Name: cluster_maps; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cluster_maps VALUES ('20001d3b-f20c-4b26-affa-72512271529c', 'India: districts, 2013 and 2023 (illustrative)', 'IN', NULL, 2013, 2023, 864, 24, 18, 10, 34, '2026-12-03 10:14:50.001565+00');


--
-- Data for Name: clusters; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.clusters VALUES ('6aa2e834-4b20-4284-a1d0-0085602db9d3', 'Tirupur hosiery', 'IN', 'Tirupur, Tamil Nadu', 11.11, 77.34, 'Cotton hosiery', 'cotton hosiery', 7000, NULL, 650000000, NULL, 'selection', 'Over 7,000 SMEs exported over 650 million US dollars of cotton hosiery in 1999, over 80% of Indian exports of such goods. A reference cluster, not a project site.', '2026-12-03 10:14:47.291994+00', '2026-12-03 10:14:47.291994+00', 'tirupur hosiery  tirupur, tamil nadu  cotton hosiery  cotton hosiery');
INSERT INTO public.clusters VALUES ('73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'Pune food processing', 'IN', 'Pune, Maharashtra', 18.52, 73.86, 'Food processing', 'processed foods', NULL, NULL, NULL, '46b0d558-06cf-4e92-b35c-c2231743724f', 'action_planning', 'Entrepreneurs saw the Food Adulteration Act as the obstacle; institutions saw low regard for product safety. Dialogue led to an information point, an umbrella organisation and a technical centre.', '2026-12-03 10:14:47.268147+00', '2026-12-03 10:14:48.670451+00', 'pune food processing  pune, maharashtra  food processing  processed foods');
INSERT INTO public.clusters VALUES ('6c76a34b-c798-4836-83cd-7cae4d100a85', 'Bagru and Sanganer block printing', 'IN', 'Bagru and Sanganer, Jaipur, Rajasthan', 26.81, 75.55, 'Textile hand-block printing', 'hand-block printed textiles', 350, 10000, NULL, '46b0d558-06cf-4e92-b35c-c2231743724f', 'implementation', 'About 350 small firms employ almost 10,000 workers. A cooperation attempt failed twenty years before the 1997 diagnostic; trust was rebuilt through the artisans'' sons.', '2026-12-03 10:14:47.273745+00', '2026-12-03 10:14:48.695668+00', 'bagru and sanganer block printing  bagru and sanganer, jaipur, rajasthan  textile hand-block printing  hand-block printed textiles');
INSERT INTO public.clusters VALUES ('e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'Boaco and Chontales milk and cheese', 'NI', 'Boaco and Chontales', 12.47, -85.66, 'Dairy', 'milk
cheese', NULL, NULL, NULL, '60ce5e2a-17b5-4989-a6eb-93f238c483ef', 'implementation', 'Action plan results: technical norms, five new products, yields +25%, waste-water pollution down up to 70%, a cooperative, Alianza Láctea, CANISLAC.', '2026-12-03 10:14:47.28362+00', '2026-12-03 10:14:48.719146+00', 'boaco and chontales milk and cheese  boaco and chontales  dairy  milk  cheese');
INSERT INTO public.clusters VALUES ('c4fe936d-e07b-4237-8718-d8cf891791d8', 'Ludhiana knitwear', 'IN', 'Ludhiana, Punjab', 30.9, 75.85, 'Woollen knitwear', 'woollen knitwear', 10000, NULL, NULL, '46b0d558-06cf-4e92-b35c-c2231743724f', 'implementation', 'Over 10,000 small and medium firms, nearly 90% of the national market for woollen knitwear. Costs shared: project 20%, private sector 74%, other institutions 6%.', '2026-12-03 10:14:47.278645+00', '2026-12-03 10:14:48.741842+00', 'ludhiana knitwear  ludhiana, punjab  woollen knitwear  woollen knitwear');
INSERT INTO public.clusters VALUES ('52086be3-e5ac-4a1d-869f-ec4527e6d3ee', 'Fez leather', 'MA', 'Fez', 34.03, -5, 'Leather', 'finished leather
leather goods', NULL, NULL, NULL, '6b07bacc-ef94-4587-89b0-67396e1161a3', 'trust_building', 'Restructuring including relocation of units for environmental reasons; cooperation with the Santa Croce leather cluster in Italy.', '2026-12-03 10:14:47.288525+00', '2026-12-03 10:14:48.763425+00', 'fez leather  fez  leather  finished leather  leather goods');
INSERT INTO public.clusters VALUES ('bb0ec695-bb33-4c42-bd2b-64285bf56643', 'Santa Croce sull''Arno leather', 'IT', 'Santa Croce sull''Arno, Tuscany', 43.71, 10.78, 'Leather tanning', 'finished leather', NULL, NULL, NULL, NULL, 'selection', 'Italian leather district cooperating with Fez; outside the programme (no project).', '2026-12-03 10:14:50.250222+00', '2026-12-03 10:14:50.250222+00', 'santa croce sull''arno leather  santa croce sull''arno, tuscany  leather tanning  finished leather');


--
-- Data for Name: cohort_participants; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cohort_participants VALUES ('8ba3d4c4-f005-488b-9a07-84ae543cce2f', '0a95a5cf-71f8-4125-a969-abb742ee4fd4', '66a307bd-fc79-4799-ba00-ee3c65fb24a9', 'Cluster broker, Jaipur (illustrative)', 'Cluster diagnostic
Trust building
Vision and action plan
Cost sharing and governance
Monitoring and impact assessment
Supervised fieldwork in a cluster', '6c76a34b-c798-4836-83cd-7cae4d100a85', NULL, 'passed', 'certified', '1999-03-19', 'UNIDO cluster development programme (illustrative)', '2026-12-03 10:14:50.140358+00', '2026-12-03 10:14:50.140358+00');
INSERT INTO public.cohort_participants VALUES ('c4afc1bf-c7ab-4381-8aa6-200447eda245', '0a95a5cf-71f8-4125-a969-abb742ee4fd4', 'd7b0e863-23b0-417e-ac38-41093355855f', 'Cluster broker, Ludhiana (illustrative)', 'Cluster diagnostic
Trust building
Vision and action plan
Cost sharing and governance
Monitoring and impact assessment
Supervised fieldwork in a cluster', 'c4fe936d-e07b-4237-8718-d8cf891791d8', NULL, 'passed', 'certified', '1999-03-19', 'UNIDO cluster development programme (illustrative)', '2026-12-03 10:14:50.153303+00', '2026-12-03 10:14:50.153303+00');
INSERT INTO public.cohort_participants VALUES ('206703af-44d6-417c-a926-599230dea458', '0a95a5cf-71f8-4125-a969-abb742ee4fd4', '5e3e94ad-31c7-4543-ab48-31014f418f9d', 'Trainee from a state agency, Pune (illustrative)', 'Cluster diagnostic
Trust building
Vision and action plan
Cost sharing and governance', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', NULL, 'pending', 'not_yet', NULL, NULL, '2026-12-03 10:14:50.165453+00', '2026-12-03 10:14:50.165453+00');


--
-- Data for Name: cohorts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cohorts VALUES ('0a95a5cf-71f8-4125-a969-abb742ee4fd4', '565cd17f-7ecb-4578-8732-4d92f82686c7', 'Cluster broker course, India 1999', '1999-01-11', '1999-03-05', 'New Delhi, then the clusters', 'IN', 'UNIDO cluster expert (illustrative)
IIRD trainer (illustrative)', 'b4988350-e3da-416e-b2c2-ff4a29c41393', '2026-12-03 10:14:50.110801+00', '2026-12-03 10:14:50.110801+00');


--
-- Data for Name: contributions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.contributions VALUES ('aa424563-e260-452b-8a22-c9cf59ac16f9', '6c76a34b-c798-4836-83cd-7cae4d100a85', '29506f0c-6623-471a-bfad-27eec608adb6', 'CALICO members', NULL, 'private_sector', 'cash', 8000, '1999-01-15', 8000, '1999-01-15', '2026-12-03 10:14:48.102722+00', '2026-12-03 10:14:48.102722+00');
INSERT INTO public.contributions VALUES ('df9bc200-1437-4d9e-9298-fc76e0d39d34', '6c76a34b-c798-4836-83cd-7cae4d100a85', '29506f0c-6623-471a-bfad-27eec608adb6', 'UNIDO project', NULL, 'project', 'cash', 4000, '1999-01-15', 4000, '1999-01-15', '2026-12-03 10:14:48.108847+00', '2026-12-03 10:14:48.108847+00');
INSERT INTO public.contributions VALUES ('2e464b6d-c4f1-4f1e-8c7b-eadb0d2c5613', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '84771602-251f-4f83-bccb-275c5bd72a3e', 'Inter-American Development Bank', NULL, 'project', 'cash', 30000, '1998-06-01', 30000, '1998-06-01', '2026-12-03 10:14:48.40813+00', '2026-12-03 10:14:48.40813+00');
INSERT INTO public.contributions VALUES ('00d78b51-c646-4999-961d-efcb1e5a79db', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'c94acd7c-0cd5-46f2-a8a9-1f9e28196284', 'Ministry of Health', NULL, 'government', 'cash', 10000, '1998-03-15', 6000, '1998-03-15', '2026-12-03 10:14:48.414204+00', '2026-12-03 10:14:48.414204+00');
INSERT INTO public.contributions VALUES ('ba9222bb-5ef2-4ad9-b867-65b514e7337f', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'c94acd7c-0cd5-46f2-a8a9-1f9e28196284', 'Cheese makers', NULL, 'private_sector', 'in_kind', 5000, '1998-03-15', 5000, '1998-03-15', '2026-12-03 10:14:48.421288+00', '2026-12-03 10:14:48.421288+00');
INSERT INTO public.contributions VALUES ('b6a11fef-a9ec-418c-a7d2-9d828b85436b', 'c4fe936d-e07b-4237-8718-d8cf891791d8', '85ab9bd0-fe65-4f5f-80ee-ed1c88851d6b', 'UNIDO project', NULL, 'project', 'cash', 20000, '1999-06-01', 20000, '1999-06-01', '2026-12-03 10:14:48.542208+00', '2026-12-03 10:14:48.542208+00');
INSERT INTO public.contributions VALUES ('6b483dc8-8073-4c94-9163-798ffa92fb29', 'c4fe936d-e07b-4237-8718-d8cf891791d8', '85ab9bd0-fe65-4f5f-80ee-ed1c88851d6b', 'APPEAL members (syllabus and machinery)', NULL, 'private_sector', 'in_kind', 58000, '1999-06-01', 58000, '1999-06-01', '2026-12-03 10:14:48.548248+00', '2026-12-03 10:14:48.548248+00');
INSERT INTO public.contributions VALUES ('11e6f176-6208-46e8-af88-d9b1125d552a', 'c4fe936d-e07b-4237-8718-d8cf891791d8', '85ab9bd0-fe65-4f5f-80ee-ed1c88851d6b', 'Japanese machinery company', NULL, 'private_sector', 'in_kind', 16000, '1999-06-01', 16000, '1999-06-01', '2026-12-03 10:14:48.554279+00', '2026-12-03 10:14:48.554279+00');
INSERT INTO public.contributions VALUES ('ac2f2dc0-3227-4ce2-a33d-1ec852852ecc', 'c4fe936d-e07b-4237-8718-d8cf891791d8', '85ab9bd0-fe65-4f5f-80ee-ed1c88851d6b', 'GPW and local NGO', NULL, 'institutions', 'in_kind', 6000, '1999-06-01', 6000, '1999-06-01', '2026-12-03 10:14:48.560442+00', '2026-12-03 10:14:48.560442+00');


--
-- Data for Name: cooperation_activities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cooperation_activities VALUES ('ac435c3c-5822-455f-b298-54a209aad030', '3703b2fe-df27-4758-b5de-0d7a8aa2a455', 'exchange', 'Exchange of technological information on tanning and finishing', '2000-09-11', '2000-09-15', '', 6, 12000, 50, 'Tanners of Fez saw the district''s common effluent treatment; technicians agreed to exchange process data. (illustrative)', '2026-12-03 10:14:50.267637+00', '2026-12-03 10:14:50.267637+00');
INSERT INTO public.cooperation_activities VALUES ('da69cd18-e8b8-451c-b581-98b1fe529b04', '3703b2fe-df27-4758-b5de-0d7a8aa2a455', 'joint_training', 'Training programme on leather finishing for Moroccan entrepreneurs', '2001-02-05', '2001-02-23', '', 18, 30000, 30, 'Eighteen Fez tanners trained in finishing by Santa Croce technicians. (illustrative)', '2026-12-03 10:14:50.275883+00', '2026-12-03 10:14:50.275883+00');
INSERT INTO public.cooperation_activities VALUES ('a89c59bb-27e8-481f-b2d3-d47390b6c8af', '3703b2fe-df27-4758-b5de-0d7a8aa2a455', 'study_tour', 'Training in Italy for Moroccan BDS institutions', '2001-05-07', '2001-05-18', '', 8, 24000, 25, 'Representatives of Moroccan BDS institutions learned how the district''s service centres serve a cluster. (illustrative)', '2026-12-03 10:14:50.283609+00', '2026-12-03 10:14:50.283609+00');


--
-- Data for Name: cooperation_agreements; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cooperation_agreements VALUES ('3703b2fe-df27-4758-b5de-0d7a8aa2a455', 'Fez – Santa Croce leather cooperation', '52086be3-e5ac-4a1d-869f-ec4527e6d3ee', 'bb0ec695-bb33-4c42-bd2b-64285bf56643', 'Exchanges of technological information, a training programme on leather finishing for Moroccan entrepreneurs, and training in Italy for representatives of Moroccan BDS institutions so that they gear their assistance towards the cluster.', '2000-06-01', NULL, NULL, NULL, '2026-12-03 10:14:50.258649+00', '2026-12-03 10:14:50.258649+00');


--
-- Data for Name: countries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.countries VALUES ('06cdbf9a-e1ab-41df-8a4c-3039c08d7fb9', 'AD', 'AND', 'Andorra', 'Andorra', 'Andorre', '2026-12-03 10:14:46.767034+00', '2026-12-03 10:14:46.767034+00', 'ad  and  andorra  andorra  andorre');
INSERT INTO public.countries VALUES ('77702b39-f34a-4160-93a3-89f32d6b5349', 'AE', 'ARE', 'United Arab Emirates', 'Emiratos Árabes Unidos', 'Émirats arabes unis', '2026-12-03 10:14:46.768563+00', '2026-12-03 10:14:46.768563+00', 'ae  are  united arab emirates  emiratos arabes unidos  emirats arabes unis');
INSERT INTO public.countries VALUES ('a6494d88-69d1-4daa-a3b0-b7feb04a1649', 'AF', 'AFG', 'Afghanistan', 'Afganistán', 'Afghanistan', '2026-12-03 10:14:46.769694+00', '2026-12-03 10:14:46.769694+00', 'af  afg  afghanistan  afganistan  afghanistan');
INSERT INTO public.countries VALUES ('09ddd887-5d2e-4256-b1f9-f9bf492fb649', 'AG', 'ATG', 'Antigua and Barbuda', 'Antigua y Barbuda', 'Antigua-et-Barbuda', '2026-12-03 10:14:46.770765+00', '2026-12-03 10:14:46.770765+00', 'ag  atg  antigua and barbuda  antigua y barbuda  antigua-et-barbuda');
INSERT INTO public.countries VALUES ('8a8c6c48-18fb-4e42-b730-b43be00aba2c', 'AI', 'AIA', 'Anguilla', 'Anguila', 'Anguilla', '2026-12-03 10:14:46.771847+00', '2026-12-03 10:14:46.771847+00', 'ai  aia  anguilla  anguila  anguilla');
INSERT INTO public.countries VALUES ('e779fc4e-7d00-45fe-9a5c-85f7463f94e3', 'AL', 'ALB', 'Albania', 'Albania', 'Albanie', '2026-12-03 10:14:46.772799+00', '2026-12-03 10:14:46.772799+00', 'al  alb  albania  albania  albanie');
INSERT INTO public.countries VALUES ('3ae66a19-f527-4a8e-a383-dd0d17a140fd', 'AM', 'ARM', 'Armenia', 'Armenia', 'Arménie', '2026-12-03 10:14:46.773694+00', '2026-12-03 10:14:46.773694+00', 'am  arm  armenia  armenia  armenie');
INSERT INTO public.countries VALUES ('72a8bc35-70ab-4ca6-9169-ba802d1038f8', 'AO', 'AGO', 'Angola', 'Angola', 'Angola', '2026-12-03 10:14:46.774719+00', '2026-12-03 10:14:46.774719+00', 'ao  ago  angola  angola  angola');
INSERT INTO public.countries VALUES ('0a86f08f-3021-46d8-9cf4-80d763e7915d', 'AQ', 'ATA', 'Antarctica', 'Antártida', 'Antarctique', '2026-12-03 10:14:46.775683+00', '2026-12-03 10:14:46.775683+00', 'aq  ata  antarctica  antartida  antarctique');
INSERT INTO public.countries VALUES ('0b44ce0f-8e34-42c5-a233-d3a952f8889d', 'AR', 'ARG', 'Argentina', 'Argentina', 'Argentine', '2026-12-03 10:14:46.776642+00', '2026-12-03 10:14:46.776642+00', 'ar  arg  argentina  argentina  argentine');
INSERT INTO public.countries VALUES ('07f73c43-a8ec-47f9-a9c5-b83d71f4f3b7', 'AS', 'ASM', 'American Samoa', 'Samoa Estadounidense', 'Samoa américaines', '2026-12-03 10:14:46.77752+00', '2026-12-03 10:14:46.77752+00', 'as  asm  american samoa  samoa estadounidense  samoa americaines');
INSERT INTO public.countries VALUES ('e4ef8ff0-efc9-4b3b-90ad-85d2194d1f5a', 'AT', 'AUT', 'Austria', 'Austria', 'Autriche', '2026-12-03 10:14:46.77837+00', '2026-12-03 10:14:46.77837+00', 'at  aut  austria  austria  autriche');
INSERT INTO public.countries VALUES ('0893771c-1645-4d94-ac9e-e02822db7ee9', 'AU', 'AUS', 'Australia', 'Australia', 'Australie', '2026-12-03 10:14:46.779274+00', '2026-12-03 10:14:46.779274+00', 'au  aus  australia  australia  australie');
INSERT INTO public.countries VALUES ('388fe33c-0ded-40ae-9ce3-c2ad78d258d1', 'AW', 'ABW', 'Aruba', 'Aruba', 'Aruba', '2026-12-03 10:14:46.78016+00', '2026-12-03 10:14:46.78016+00', 'aw  abw  aruba  aruba  aruba');
INSERT INTO public.countries VALUES ('2489de61-fecc-4157-a439-e91e195cb49b', 'AX', 'ALA', 'Åland', 'Åland', 'Åland', '2026-12-03 10:14:46.781099+00', '2026-12-03 10:14:46.781099+00', 'ax  ala  aland  aland  aland');
INSERT INTO public.countries VALUES ('4e1e1926-092f-481e-834d-5b25cb8f370d', 'AZ', 'AZE', 'Azerbaijan', 'Azerbaiyán', 'Azerbaïdjan', '2026-12-03 10:14:46.781918+00', '2026-12-03 10:14:46.781918+00', 'az  aze  azerbaijan  azerbaiyan  azerbaidjan');
INSERT INTO public.countries VALUES ('b70eb5a7-5e24-4957-9c38-576b2aef4ff3', 'BA', 'BIH', 'Bosnia and Herzegovina', 'Bosnia y Herzegovina', 'Bosnie-Herzégovine', '2026-12-03 10:14:46.782726+00', '2026-12-03 10:14:46.782726+00', 'ba  bih  bosnia and herzegovina  bosnia y herzegovina  bosnie-herzegovine');
INSERT INTO public.countries VALUES ('d920a424-7bd3-47e4-8adb-96e263fb3826', 'BB', 'BRB', 'Barbados', 'Barbados', 'Barbade', '2026-12-03 10:14:46.783615+00', '2026-12-03 10:14:46.783615+00', 'bb  brb  barbados  barbados  barbade');
INSERT INTO public.countries VALUES ('e5740461-4e5e-45ef-8500-8fcc259cda6e', 'BD', 'BGD', 'Bangladesh', 'Bangladés', 'Bangladesh', '2026-12-03 10:14:46.784405+00', '2026-12-03 10:14:46.784405+00', 'bd  bgd  bangladesh  banglades  bangladesh');
INSERT INTO public.countries VALUES ('1aaf01ae-958e-4c6c-a7a9-1cf09bffc1a6', 'BE', 'BEL', 'Belgium', 'Bélgica', 'Belgique', '2026-12-03 10:14:46.785266+00', '2026-12-03 10:14:46.785266+00', 'be  bel  belgium  belgica  belgique');
INSERT INTO public.countries VALUES ('3f89cb67-bd3e-4fae-bb3e-f846d14c8323', 'BF', 'BFA', 'Burkina Faso', 'Burkina Faso', 'Burkina Faso', '2026-12-03 10:14:46.7863+00', '2026-12-03 10:14:46.7863+00', 'bf  bfa  burkina faso  burkina faso  burkina faso');
INSERT INTO public.countries VALUES ('b8515b1b-0014-4d96-9753-4f45434bfde8', 'BG', 'BGR', 'Bulgaria', 'Bulgaria', 'Bulgarie', '2026-12-03 10:14:46.787325+00', '2026-12-03 10:14:46.787325+00', 'bg  bgr  bulgaria  bulgaria  bulgarie');
INSERT INTO public.countries VALUES ('9a4d23ef-e172-4e43-8e46-150da7124578', 'BH', 'BHR', 'Bahrain', 'Baréin', 'Bahreïn', '2026-12-03 10:14:46.788339+00', '2026-12-03 10:14:46.788339+00', 'bh  bhr  bahrain  barein  bahrein');
INSERT INTO public.countries VALUES ('32dc3fb4-69af-4056-9a22-4f4ff99a5f03', 'BI', 'BDI', 'Burundi', 'Burundi', 'Burundi', '2026-12-03 10:14:46.789176+00', '2026-12-03 10:14:46.789176+00', 'bi  bdi  burundi  burundi  burundi');
INSERT INTO public.countries VALUES ('c0f2cf30-f80c-49a9-bdbf-ff20f7b4cc47', 'BJ', 'BEN', 'Benin', 'Benín', 'Bénin', '2026-12-03 10:14:46.790048+00', '2026-12-03 10:14:46.790048+00', 'bj  ben  benin  benin  benin');
INSERT INTO public.countries VALUES ('bb0449e2-5747-41c4-9613-9691cbcf2119', 'BL', 'BLM', 'Saint Barthélemy', 'San Bartolomé', 'Saint-Barthélemy', '2026-12-03 10:14:46.791027+00', '2026-12-03 10:14:46.791027+00', 'bl  blm  saint barthelemy  san bartolome  saint-barthelemy');
INSERT INTO public.countries VALUES ('ab0a95f8-f33b-4d1a-8866-096af0be08d2', 'BM', 'BMU', 'Bermuda', 'Bermudas', 'Bermudes', '2026-12-03 10:14:46.791836+00', '2026-12-03 10:14:46.791836+00', 'bm  bmu  bermuda  bermudas  bermudes');
INSERT INTO public.countries VALUES ('87447690-dba8-4b83-92b6-872ac277f364', 'BN', 'BRN', 'Brunei', 'Brunéi', 'Brunei', '2026-12-03 10:14:46.79271+00', '2026-12-03 10:14:46.79271+00', 'bn  brn  brunei  brunei  brunei');
INSERT INTO public.countries VALUES ('166190cf-3ecb-4021-a198-08c6e7c39950', 'BO', 'BOL', 'Bolivia', 'Bolivia', 'Bolivie', '2026-12-03 10:14:46.793516+00', '2026-12-03 10:14:46.793516+00', 'bo  bol  bolivia  bolivia  bolivie');
INSERT INTO public.countries VALUES ('6f1e3f94-061c-4a6a-bc81-b1227244b8b5', 'BR', 'BRA', 'Brazil', 'Brasil', 'Brésil', '2026-12-03 10:14:46.794314+00', '2026-12-03 10:14:46.794314+00', 'br  bra  brazil  brasil  bresil');
INSERT INTO public.countries VALUES ('d17d9103-c6eb-42b8-a886-91c876982070', 'BS', 'BHS', 'The Bahamas', 'Bahamas', 'Bahamas', '2026-12-03 10:14:46.795163+00', '2026-12-03 10:14:46.795163+00', 'bs  bhs  the bahamas  bahamas  bahamas');
INSERT INTO public.countries VALUES ('3835e303-35bf-49e6-a79b-554f09b14902', 'BT', 'BTN', 'Bhutan', 'Bután', 'Bhoutan', '2026-12-03 10:14:46.795968+00', '2026-12-03 10:14:46.795968+00', 'bt  btn  bhutan  butan  bhoutan');
INSERT INTO public.countries VALUES ('03954022-2151-416c-bcb8-634556115670', 'BW', 'BWA', 'Botswana', 'Botsuana', 'Botswana', '2026-12-03 10:14:46.796765+00', '2026-12-03 10:14:46.796765+00', 'bw  bwa  botswana  botsuana  botswana');
INSERT INTO public.countries VALUES ('bd71a82a-94bd-408b-9b58-09cd9b2b95d3', 'BY', 'BLR', 'Belarus', 'Bielorrusia', 'Biélorussie', '2026-12-03 10:14:46.797583+00', '2026-12-03 10:14:46.797583+00', 'by  blr  belarus  bielorrusia  bielorussie');
INSERT INTO public.countries VALUES ('336615ad-0174-4291-b71b-c164bafe3605', 'BZ', 'BLZ', 'Belize', 'Belice', 'Belize', '2026-12-03 10:14:46.798362+00', '2026-12-03 10:14:46.798362+00', 'bz  blz  belize  belice  belize');
INSERT INTO public.countries VALUES ('b60592f2-3e75-482d-9ceb-d5085beabe61', 'CA', 'CAN', 'Canada', 'Canadá', 'Canada', '2026-12-03 10:14:46.79921+00', '2026-12-03 10:14:46.79921+00', 'ca  can  canada  canada  canada');
INSERT INTO public.countries VALUES ('df876403-ab57-4842-bf7a-3d8d7c787cb5', 'CD', 'COD', 'Democratic Republic of the Congo', 'República Democrática del Congo', 'République démocratique du Congo', '2026-12-03 10:14:46.800147+00', '2026-12-03 10:14:46.800147+00', 'cd  cod  democratic republic of the congo  republica democratica del congo  republique democratique du congo');
INSERT INTO public.countries VALUES ('f07fb044-f256-431f-9457-94ed4190bbb9', 'CF', 'CAF', 'Central African Republic', 'República Centroafricana', 'République centrafricaine', '2026-12-03 10:14:46.801167+00', '2026-12-03 10:14:46.801167+00', 'cf  caf  central african republic  republica centroafricana  republique centrafricaine');
INSERT INTO public.countries VALUES ('96c6bed0-3eed-44ea-afdc-83d066190423', 'CG', 'COG', 'Republic of the Congo', 'República del Congo', 'République du Congo', '2026-12-03 10:14:46.802326+00', '2026-12-03 10:14:46.802326+00', 'cg  cog  republic of the congo  republica del congo  republique du congo');
INSERT INTO public.countries VALUES ('b8cd6160-8437-431c-8c57-bd6cc5eb04cf', 'CH', 'CHE', 'Switzerland', 'Suiza', 'Suisse', '2026-12-03 10:14:46.803342+00', '2026-12-03 10:14:46.803342+00', 'ch  che  switzerland  suiza  suisse');
INSERT INTO public.countries VALUES ('be7a331f-eda0-4146-ab08-550edb7329e3', 'CI', 'CIV', 'Ivory Coast', 'Costa de Marfil', 'Côte d''Ivoire', '2026-12-03 10:14:46.804226+00', '2026-12-03 10:14:46.804226+00', 'ci  civ  ivory coast  costa de marfil  cote d''ivoire');
INSERT INTO public.countries VALUES ('90f15bc3-250b-403f-9cff-16172000ab99', 'CK', 'COK', 'Cook Islands', 'Islas Cook', 'Îles Cook', '2026-12-03 10:14:46.805161+00', '2026-12-03 10:14:46.805161+00', 'ck  cok  cook islands  islas cook  iles cook');
INSERT INTO public.countries VALUES ('b5b884a5-5750-4188-9c42-89c3e2f74c73', 'CL', 'CHL', 'Chile', 'Chile', 'Chili', '2026-12-03 10:14:46.80615+00', '2026-12-03 10:14:46.80615+00', 'cl  chl  chile  chile  chili');
INSERT INTO public.countries VALUES ('ea5b18e8-8396-41a3-a5b3-7231df3eb3af', 'CM', 'CMR', 'Cameroon', 'Camerún', 'Cameroun', '2026-12-03 10:14:46.807243+00', '2026-12-03 10:14:46.807243+00', 'cm  cmr  cameroon  camerun  cameroun');
INSERT INTO public.countries VALUES ('a703d261-af8f-401f-9358-de0e670a37ad', 'CN', 'CHN', 'People''s Republic of China', 'China', 'République populaire de Chine', '2026-12-03 10:14:46.808242+00', '2026-12-03 10:14:46.808242+00', 'cn  chn  people''s republic of china  china  republique populaire de chine');
INSERT INTO public.countries VALUES ('57390baa-18b7-4145-bea7-0e754bce5953', 'CO', 'COL', 'Colombia', 'Colombia', 'Colombie', '2026-12-03 10:14:46.809201+00', '2026-12-03 10:14:46.809201+00', 'co  col  colombia  colombia  colombie');
INSERT INTO public.countries VALUES ('4604b892-9fb1-4748-ac44-3fdea7c06be4', 'CR', 'CRI', 'Costa Rica', 'Costa Rica', 'Costa Rica', '2026-12-03 10:14:46.810212+00', '2026-12-03 10:14:46.810212+00', 'cr  cri  costa rica  costa rica  costa rica');
INSERT INTO public.countries VALUES ('d31355bf-231d-4edd-a63d-8ff79f8799b4', 'CU', 'CUB', 'Cuba', 'Cuba', 'Cuba', '2026-12-03 10:14:46.811145+00', '2026-12-03 10:14:46.811145+00', 'cu  cub  cuba  cuba  cuba');
INSERT INTO public.countries VALUES ('7cb16250-eb1c-4c95-a0ea-5251fa0c16fb', 'CV', 'CPV', 'Cape Verde', 'Cabo Verde', 'Cap-Vert', '2026-12-03 10:14:46.812063+00', '2026-12-03 10:14:46.812063+00', 'cv  cpv  cape verde  cabo verde  cap-vert');
INSERT INTO public.countries VALUES ('e639a5cf-45c0-4ebc-bb00-3062a437a013', 'CW', 'CUW', 'Curaçao', 'Curazao', 'Curaçao', '2026-12-03 10:14:46.812978+00', '2026-12-03 10:14:46.812978+00', 'cw  cuw  curacao  curazao  curacao');
INSERT INTO public.countries VALUES ('5a04b206-061d-43de-b762-cef8ff3ecde7', 'CY', 'CYP', 'Cyprus', 'Chipre', 'Chypre', '2026-12-03 10:14:46.813937+00', '2026-12-03 10:14:46.813937+00', 'cy  cyp  cyprus  chipre  chypre');
INSERT INTO public.countries VALUES ('562c6099-31d0-4f75-a10c-d289ba6ef918', 'CZ', 'CZE', 'Czech Republic', 'República Checa', 'Tchéquie', '2026-12-03 10:14:46.815377+00', '2026-12-03 10:14:46.815377+00', 'cz  cze  czech republic  republica checa  tchequie');
INSERT INTO public.countries VALUES ('f877df73-317a-4f55-a614-d6dcd5c12c46', 'DE', 'DEU', 'Germany', 'Alemania', 'Allemagne', '2026-12-03 10:14:46.816479+00', '2026-12-03 10:14:46.816479+00', 'de  deu  germany  alemania  allemagne');
INSERT INTO public.countries VALUES ('4cd5d7dc-36ea-40ec-879b-57774697ccf2', 'DJ', 'DJI', 'Djibouti', 'Yibuti', 'Djibouti', '2026-12-03 10:14:46.817719+00', '2026-12-03 10:14:46.817719+00', 'dj  dji  djibouti  yibuti  djibouti');
INSERT INTO public.countries VALUES ('1d997107-059f-48f6-90ff-f86f82385107', 'DK', 'DNK', 'Denmark', 'Dinamarca', 'Danemark', '2026-12-03 10:14:46.818699+00', '2026-12-03 10:14:46.818699+00', 'dk  dnk  denmark  dinamarca  danemark');
INSERT INTO public.countries VALUES ('6986fdd6-b6bf-4c83-b4a5-ad92808d12b3', 'DM', 'DMA', 'Dominica', 'Dominica', 'Dominique', '2026-12-03 10:14:46.81961+00', '2026-12-03 10:14:46.81961+00', 'dm  dma  dominica  dominica  dominique');
INSERT INTO public.countries VALUES ('47008750-9640-4fb2-9fc8-bae0edf66d60', 'DO', 'DOM', 'Dominican Republic', 'República Dominicana', 'République dominicaine', '2026-12-03 10:14:46.820551+00', '2026-12-03 10:14:46.820551+00', 'do  dom  dominican republic  republica dominicana  republique dominicaine');
INSERT INTO public.countries VALUES ('18585e48-6d95-4ecb-8142-a60cdaaf8f75', 'DZ', 'DZA', 'Algeria', 'Argelia', 'Algérie', '2026-12-03 10:14:46.821564+00', '2026-12-03 10:14:46.821564+00', 'dz  dza  algeria  argelia  algerie');
INSERT INTO public.countries VALUES ('d084d14b-8faf-4cef-8ce6-da87981f7843', 'EC', 'ECU', 'Ecuador', 'Ecuador', 'Équateur', '2026-12-03 10:14:46.822493+00', '2026-12-03 10:14:46.822493+00', 'ec  ecu  ecuador  ecuador  equateur');
INSERT INTO public.countries VALUES ('64ab8340-d9cc-43de-a522-70aad7fdf869', 'EE', 'EST', 'Estonia', 'Estonia', 'Estonie', '2026-12-03 10:14:46.823582+00', '2026-12-03 10:14:46.823582+00', 'ee  est  estonia  estonia  estonie');
INSERT INTO public.countries VALUES ('95039fc3-20ac-4d16-adbf-87ce4d299745', 'EG', 'EGY', 'Egypt', 'Egipto', 'Égypte', '2026-12-03 10:14:46.824632+00', '2026-12-03 10:14:46.824632+00', 'eg  egy  egypt  egipto  egypte');
INSERT INTO public.countries VALUES ('9a08bafd-a4ca-4011-82c9-e31be5936369', 'EH', 'ESH', 'Western Sahara', 'Sahara Occidental', 'Sahara occidental', '2026-12-03 10:14:46.825563+00', '2026-12-03 10:14:46.825563+00', 'eh  esh  western sahara  sahara occidental  sahara occidental');
INSERT INTO public.countries VALUES ('40dbae96-5b2f-49ee-b7fd-e9651708794e', 'ER', 'ERI', 'Eritrea', 'Eritrea', 'Érythrée', '2026-12-03 10:14:46.826551+00', '2026-12-03 10:14:46.826551+00', 'er  eri  eritrea  eritrea  erythree');
INSERT INTO public.countries VALUES ('91e4f76c-cc2c-4622-a049-9f5453498ffe', 'ES', 'ESP', 'Spain', 'España', 'Espagne', '2026-12-03 10:14:46.827622+00', '2026-12-03 10:14:46.827622+00', 'es  esp  spain  espana  espagne');
INSERT INTO public.countries VALUES ('68a83ec2-f6ee-4a2c-b6b6-916bd2e60a7c', 'ET', 'ETH', 'Ethiopia', 'Etiopía', 'Éthiopie', '2026-12-03 10:14:46.82866+00', '2026-12-03 10:14:46.82866+00', 'et  eth  ethiopia  etiopia  ethiopie');
INSERT INTO public.countries VALUES ('5442de6a-8807-4918-a721-78db4865d95d', 'FI', 'FIN', 'Finland', 'Finlandia', 'Finlande', '2026-12-03 10:14:46.829596+00', '2026-12-03 10:14:46.829596+00', 'fi  fin  finland  finlandia  finlande');
INSERT INTO public.countries VALUES ('727f1b8c-1446-4dca-bb7d-1b4cc6720ff0', 'FJ', 'FJI', 'Fiji', 'Fiyi', 'Fidji', '2026-12-03 10:14:46.830512+00', '2026-12-03 10:14:46.830512+00', 'fj  fji  fiji  fiyi  fidji');
INSERT INTO public.countries VALUES ('e54f509e-fc70-494c-9760-32d40f26e9ac', 'FK', 'FLK', 'Falkland Islands', 'Islas Malvinas', 'îles Malouines', '2026-12-03 10:14:46.831519+00', '2026-12-03 10:14:46.831519+00', 'fk  flk  falkland islands  islas malvinas  iles malouines');
INSERT INTO public.countries VALUES ('6cc8ec6c-68fb-4c7e-8892-93c0841a9c2b', 'FM', 'FSM', 'Federated States of Micronesia', 'Estados Federados de Micronesia', 'États fédérés de Micronésie', '2026-12-03 10:14:46.832455+00', '2026-12-03 10:14:46.832455+00', 'fm  fsm  federated states of micronesia  estados federados de micronesia  etats federes de micronesie');
INSERT INTO public.countries VALUES ('ac349cf8-da8b-4585-95b4-2604e32623fc', 'FO', 'FRO', 'Faroe Islands', 'Islas Feroe', 'îles Féroé', '2026-12-03 10:14:46.833387+00', '2026-12-03 10:14:46.833387+00', 'fo  fro  faroe islands  islas feroe  iles feroe');
INSERT INTO public.countries VALUES ('945193e3-49da-421b-aa30-476b83c8fda6', 'FR', 'FRA', 'France', 'Francia', 'France', '2026-12-03 10:14:46.834324+00', '2026-12-03 10:14:46.834324+00', 'fr  fra  france  francia  france');
INSERT INTO public.countries VALUES ('b3cc72e0-93fd-4e6b-a51c-8845c1c18a35', 'GA', 'GAB', 'Gabon', 'Gabón', 'Gabon', '2026-12-03 10:14:46.83534+00', '2026-12-03 10:14:46.83534+00', 'ga  gab  gabon  gabon  gabon');
INSERT INTO public.countries VALUES ('479b5031-c8e1-4fd0-b61f-23968abace11', 'GB', 'GBR', 'United Kingdom', 'Reino Unido', 'Royaume-Uni', '2026-12-03 10:14:46.836331+00', '2026-12-03 10:14:46.836331+00', 'gb  gbr  united kingdom  reino unido  royaume-uni');
INSERT INTO public.countries VALUES ('70a2418f-6c51-427f-995a-e29bc0b3dc64', 'GD', 'GRD', 'Grenada', 'Granada', 'Grenade', '2026-12-03 10:14:46.837289+00', '2026-12-03 10:14:46.837289+00', 'gd  grd  grenada  granada  grenade');
INSERT INTO public.countries VALUES ('28cd1ca4-2878-467a-a294-257177f12650', 'GE', 'GEO', 'Georgia', 'Georgia', 'Géorgie', '2026-12-03 10:14:46.838226+00', '2026-12-03 10:14:46.838226+00', 'ge  geo  georgia  georgia  georgie');
INSERT INTO public.countries VALUES ('868782e7-77b6-4636-8cbb-c3f6a3adf7b2', 'GG', 'GGY', 'Guernsey', 'Guernsey', 'Guernesey', '2026-12-03 10:14:46.839126+00', '2026-12-03 10:14:46.839126+00', 'gg  ggy  guernsey  guernsey  guernesey');
INSERT INTO public.countries VALUES ('ffe01397-9023-442d-8a75-2dde65fc7b22', 'GH', 'GHA', 'Ghana', 'Ghana', 'Ghana', '2026-12-03 10:14:46.840091+00', '2026-12-03 10:14:46.840091+00', 'gh  gha  ghana  ghana  ghana');
INSERT INTO public.countries VALUES ('2d7a9b2e-bb18-4d24-a738-c0b91bf16a06', 'GI', 'GIB', 'Gibraltar', 'Gibraltar', 'Gibraltar', '2026-12-03 10:14:46.840955+00', '2026-12-03 10:14:46.840955+00', 'gi  gib  gibraltar  gibraltar  gibraltar');
INSERT INTO public.countries VALUES ('9a0235ff-9c88-4964-8c1e-bc6af2c763f6', 'GL', 'GRL', 'Greenland', 'Groenlandia', 'Groenland', '2026-12-03 10:14:46.841837+00', '2026-12-03 10:14:46.841837+00', 'gl  grl  greenland  groenlandia  groenland');
INSERT INTO public.countries VALUES ('0f572fc8-e7f8-41ea-a154-ebf0fb1cc4b0', 'GM', 'GMB', 'The Gambia', 'Gambia', 'Gambie', '2026-12-03 10:14:46.84273+00', '2026-12-03 10:14:46.84273+00', 'gm  gmb  the gambia  gambia  gambie');
INSERT INTO public.countries VALUES ('68a8a620-b12b-4fb2-81c6-960ffc901abc', 'GN', 'GIN', 'Guinea', 'Guinea', 'Guinée', '2026-12-03 10:14:46.843686+00', '2026-12-03 10:14:46.843686+00', 'gn  gin  guinea  guinea  guinee');
INSERT INTO public.countries VALUES ('40eb8281-6180-45cf-85b8-988b74b58367', 'GQ', 'GNQ', 'Equatorial Guinea', 'Guinea Ecuatorial', 'Guinée équatoriale', '2026-12-03 10:14:46.844677+00', '2026-12-03 10:14:46.844677+00', 'gq  gnq  equatorial guinea  guinea ecuatorial  guinee equatoriale');
INSERT INTO public.countries VALUES ('9aa12bc1-da96-4c72-adc9-f69c0128519c', 'GR', 'GRC', 'Greece', 'Grecia', 'Grèce', '2026-12-03 10:14:46.845548+00', '2026-12-03 10:14:46.845548+00', 'gr  grc  greece  grecia  grece');
INSERT INTO public.countries VALUES ('d5f18e0b-c4f5-4021-b34a-2ae2c4a2f333', 'GS', 'SGS', 'South Georgia and the South Sandwich Islands', 'Islas Georgias del Sur y Sandwich del Sur', 'Géorgie du Sud-et-les Îles Sandwich du Sud', '2026-12-03 10:14:46.846441+00', '2026-12-03 10:14:46.846441+00', 'gs  sgs  south georgia and the south sandwich islands  islas georgias del sur y sandwich del sur  georgie du sud-et-les iles sandwich du sud');
INSERT INTO public.countries VALUES ('d089bceb-494b-4c15-bfcf-da639ec59309', 'GT', 'GTM', 'Guatemala', 'Guatemala', 'Guatemala', '2026-12-03 10:14:46.847331+00', '2026-12-03 10:14:46.847331+00', 'gt  gtm  guatemala  guatemala  guatemala');
INSERT INTO public.countries VALUES ('f365d379-f885-4de7-b3ac-779c1ff1206e', 'GU', 'GUM', 'Guam', 'Guam', 'Guam', '2026-12-03 10:14:46.848189+00', '2026-12-03 10:14:46.848189+00', 'gu  gum  guam  guam  guam');
INSERT INTO public.countries VALUES ('c9897e00-71e9-474c-8593-dc17460f5e67', 'GW', 'GNB', 'Guinea-Bissau', 'Guinea-Bisáu', 'Guinée-Bissau', '2026-12-03 10:14:46.849032+00', '2026-12-03 10:14:46.849032+00', 'gw  gnb  guinea-bissau  guinea-bisau  guinee-bissau');
INSERT INTO public.countries VALUES ('65892459-1b88-4a45-ac73-7afcec83cfef', 'GY', 'GUY', 'Guyana', 'Guyana', 'Guyana', '2026-12-03 10:14:46.849849+00', '2026-12-03 10:14:46.849849+00', 'gy  guy  guyana  guyana  guyana');
INSERT INTO public.countries VALUES ('94a963d4-1256-4595-b80e-ba9e72b8c612', 'HK', 'HKG', 'Hong Kong', 'Hong Kong', 'Hong Kong', '2026-12-03 10:14:46.850684+00', '2026-12-03 10:14:46.850684+00', 'hk  hkg  hong kong  hong kong  hong kong');
INSERT INTO public.countries VALUES ('733032cb-9584-44f0-ab3d-1ad2044718ec', 'HM', 'HMD', 'Heard Island and McDonald Islands', 'Islas Heard y McDonald', 'îles Heard-et-MacDonald', '2026-12-03 10:14:46.851645+00', '2026-12-03 10:14:46.851645+00', 'hm  hmd  heard island and mcdonald islands  islas heard y mcdonald  iles heard-et-macdonald');
INSERT INTO public.countries VALUES ('40ab8856-c349-4ac0-be9a-2901daea0ddb', 'HN', 'HND', 'Honduras', 'Honduras', 'Honduras', '2026-12-03 10:14:46.852552+00', '2026-12-03 10:14:46.852552+00', 'hn  hnd  honduras  honduras  honduras');
INSERT INTO public.countries VALUES ('e5f31a34-cdb8-4108-b723-d702357d0d3d', 'HR', 'HRV', 'Croatia', 'Croacia', 'Croatie', '2026-12-03 10:14:46.853408+00', '2026-12-03 10:14:46.853408+00', 'hr  hrv  croatia  croacia  croatie');
INSERT INTO public.countries VALUES ('9b1c1e0d-aa25-4b29-937d-bc3e29c69f52', 'HT', 'HTI', 'Haiti', 'Haití', 'Haïti', '2026-12-03 10:14:46.854269+00', '2026-12-03 10:14:46.854269+00', 'ht  hti  haiti  haiti  haiti');
INSERT INTO public.countries VALUES ('9b541930-ee27-45a3-9ddd-ee58ca50824f', 'HU', 'HUN', 'Hungary', 'Hungría', 'Hongrie', '2026-12-03 10:14:46.855163+00', '2026-12-03 10:14:46.855163+00', 'hu  hun  hungary  hungria  hongrie');
INSERT INTO public.countries VALUES ('d4df15bd-2a70-4de0-8941-4eae2c42e976', 'ID', 'IDN', 'Indonesia', 'Indonesia', 'Indonésie', '2026-12-03 10:14:46.856043+00', '2026-12-03 10:14:46.856043+00', 'id  idn  indonesia  indonesia  indonesie');
INSERT INTO public.countries VALUES ('fee626d5-ef5b-45a4-abc1-174df9da261d', 'IE', 'IRL', 'Ireland', 'Irlanda', 'Irlande', '2026-12-03 10:14:46.856931+00', '2026-12-03 10:14:46.856931+00', 'ie  irl  ireland  irlanda  irlande');
INSERT INTO public.countries VALUES ('20dde199-47ab-4361-9de9-1855952bffd7', 'IL', 'ISR', 'Israel', 'Israel', 'Israël', '2026-12-03 10:14:46.857788+00', '2026-12-03 10:14:46.857788+00', 'il  isr  israel  israel  israel');
INSERT INTO public.countries VALUES ('6915045e-5f89-4da2-a78a-479ceb0daedf', 'IM', 'IMN', 'Isle of Man', 'Isla de Man', 'île de Man', '2026-12-03 10:14:46.858661+00', '2026-12-03 10:14:46.858661+00', 'im  imn  isle of man  isla de man  ile de man');
INSERT INTO public.countries VALUES ('44e8b266-547e-405d-a9a5-4183be0bfde5', 'IN', 'IND', 'India', 'India', 'Inde', '2026-12-03 10:14:46.859546+00', '2026-12-03 10:14:46.859546+00', 'in  ind  india  india  inde');
INSERT INTO public.countries VALUES ('2dc09b80-09da-433c-bf21-8733e6c9d625', 'IO', 'IOT', 'British Indian Ocean Territory', 'Territorio Británico del Océano Índico', 'Territoire britannique de l’océan Indien', '2026-12-03 10:14:46.860479+00', '2026-12-03 10:14:46.860479+00', 'io  iot  british indian ocean territory  territorio britanico del oceano indico  territoire britannique de l’ocean indien');
INSERT INTO public.countries VALUES ('bef5daef-b68e-4bea-860f-491a268d5f23', 'IQ', 'IRQ', 'Iraq', 'Irak', 'Irak', '2026-12-03 10:14:46.861396+00', '2026-12-03 10:14:46.861396+00', 'iq  irq  iraq  irak  irak');
INSERT INTO public.countries VALUES ('5c116275-1711-428b-8bdf-9ba501f32f99', 'IR', 'IRN', 'Iran', 'Irán', 'Iran', '2026-12-03 10:14:46.862251+00', '2026-12-03 10:14:46.862251+00', 'ir  irn  iran  iran  iran');
INSERT INTO public.countries VALUES ('35ffb7e2-2798-46d4-a85f-cf2561f31d60', 'IS', 'ISL', 'Iceland', 'Islandia', 'Islande', '2026-12-03 10:14:46.863098+00', '2026-12-03 10:14:46.863098+00', 'is  isl  iceland  islandia  islande');
INSERT INTO public.countries VALUES ('aadf95cf-0a98-4991-9c2c-88ac371ece6e', 'IT', 'ITA', 'Italy', 'Italia', 'Italie', '2026-12-03 10:14:46.863945+00', '2026-12-03 10:14:46.863945+00', 'it  ita  italy  italia  italie');
INSERT INTO public.countries VALUES ('5aa1ec8e-b0f5-40b1-8108-c5c96f7989ab', 'JE', 'JEY', 'Jersey', 'Jersey', 'Jersey', '2026-12-03 10:14:46.864844+00', '2026-12-03 10:14:46.864844+00', 'je  jey  jersey  jersey  jersey');
INSERT INTO public.countries VALUES ('06c5f458-28d4-4f3f-922a-9148c764e5bc', 'JM', 'JAM', 'Jamaica', 'Jamaica', 'Jamaïque', '2026-12-03 10:14:46.865737+00', '2026-12-03 10:14:46.865737+00', 'jm  jam  jamaica  jamaica  jamaique');
INSERT INTO public.countries VALUES ('1ed54c85-f723-438c-96cf-487d70f520bc', 'JO', 'JOR', 'Jordan', 'Jordania', 'Jordanie', '2026-12-03 10:14:46.866686+00', '2026-12-03 10:14:46.866686+00', 'jo  jor  jordan  jordania  jordanie');
INSERT INTO public.countries VALUES ('57ea88b0-cdf5-4db5-b52c-3f4415868055', 'JP', 'JPN', 'Japan', 'Japón', 'Japon', '2026-12-03 10:14:46.867654+00', '2026-12-03 10:14:46.867654+00', 'jp  jpn  japan  japon  japon');
INSERT INTO public.countries VALUES ('1f81065f-eb21-4e37-baaa-bb7b58e72378', 'KE', 'KEN', 'Kenya', 'Kenia', 'Kenya', '2026-12-03 10:14:46.868597+00', '2026-12-03 10:14:46.868597+00', 'ke  ken  kenya  kenia  kenya');
INSERT INTO public.countries VALUES ('fe03d21f-4163-49f6-8765-8d00081d7c47', 'KG', 'KGZ', 'Kyrgyzstan', 'Kirguistán', 'Kirghizistan', '2026-12-03 10:14:46.869512+00', '2026-12-03 10:14:46.869512+00', 'kg  kgz  kyrgyzstan  kirguistan  kirghizistan');
INSERT INTO public.countries VALUES ('4574eb64-951e-4b1e-b5bd-970c744a1dec', 'KH', 'KHM', 'Cambodia', 'Camboya', 'Cambodge', '2026-12-03 10:14:46.870518+00', '2026-12-03 10:14:46.870518+00', 'kh  khm  cambodia  camboya  cambodge');
INSERT INTO public.countries VALUES ('b54891a4-7cf9-4ab0-a739-fbae1ed3b95e', 'KI', 'KIR', 'Kiribati', 'Kiribati', 'Kiribati', '2026-12-03 10:14:46.871666+00', '2026-12-03 10:14:46.871666+00', 'ki  kir  kiribati  kiribati  kiribati');
INSERT INTO public.countries VALUES ('9f7a632d-17e9-4c59-9916-650eafc7b5c5', 'KM', 'COM', 'Comoros', 'Comoras', 'Comores', '2026-12-03 10:14:46.872811+00', '2026-12-03 10:14:46.872811+00', 'km  com  comoros  comoras  comores');
INSERT INTO public.countries VALUES ('ae8092fa-a5f8-469f-9367-69156e93143f', 'KN', 'KNA', 'Saint Kitts and Nevis', 'San Cristóbal y Nieves', 'Saint-Christophe-et-Niévès', '2026-12-03 10:14:46.873916+00', '2026-12-03 10:14:46.873916+00', 'kn  kna  saint kitts and nevis  san cristobal y nieves  saint-christophe-et-nieves');
INSERT INTO public.countries VALUES ('53b6aae1-60b7-4971-8bce-4514eadb9644', 'KP', 'PRK', 'North Korea', 'Corea del Norte', 'Corée du Nord', '2026-12-03 10:14:46.875129+00', '2026-12-03 10:14:46.875129+00', 'kp  prk  north korea  corea del norte  coree du nord');
INSERT INTO public.countries VALUES ('c39ac3c9-ec68-4b13-b396-d7d02d5e0396', 'KR', 'KOR', 'South Korea', 'Corea del Sur', 'Corée du Sud', '2026-12-03 10:14:46.876291+00', '2026-12-03 10:14:46.876291+00', 'kr  kor  south korea  corea del sur  coree du sud');
INSERT INTO public.countries VALUES ('937756a6-73bc-4c7d-8283-835106eaed6f', 'KW', 'KWT', 'Kuwait', 'Kuwait', 'Koweït', '2026-12-03 10:14:46.877381+00', '2026-12-03 10:14:46.877381+00', 'kw  kwt  kuwait  kuwait  koweit');
INSERT INTO public.countries VALUES ('ae7edd2f-6be6-4bf0-aac3-7c934568a733', 'KY', 'CYM', 'Cayman Islands', 'Islas Caimán', 'îles Caïmans', '2026-12-03 10:14:46.878455+00', '2026-12-03 10:14:46.878455+00', 'ky  cym  cayman islands  islas caiman  iles caimans');
INSERT INTO public.countries VALUES ('548212d2-e2af-4869-832e-7b73fe6b4837', 'KZ', 'KAZ', 'Kazakhstan', 'Kazajistán', 'Kazakhstan', '2026-12-03 10:14:46.879633+00', '2026-12-03 10:14:46.879633+00', 'kz  kaz  kazakhstan  kazajistan  kazakhstan');
INSERT INTO public.countries VALUES ('7f09f3ed-614c-4f18-9764-7327c54846e4', 'LA', 'LAO', 'Laos', 'Laos', 'Laos', '2026-12-03 10:14:46.880663+00', '2026-12-03 10:14:46.880663+00', 'la  lao  laos  laos  laos');
INSERT INTO public.countries VALUES ('f0cec22e-69dd-4fcd-a0ff-9c2d5f56b5fc', 'LB', 'LBN', 'Lebanon', 'Líbano', 'Liban', '2026-12-03 10:14:46.881746+00', '2026-12-03 10:14:46.881746+00', 'lb  lbn  lebanon  libano  liban');
INSERT INTO public.countries VALUES ('d56de9b9-41a9-4bb7-a69d-8916455b47f6', 'LC', 'LCA', 'Saint Lucia', 'Santa Lucía', 'Sainte-Lucie', '2026-12-03 10:14:46.882794+00', '2026-12-03 10:14:46.882794+00', 'lc  lca  saint lucia  santa lucia  sainte-lucie');
INSERT INTO public.countries VALUES ('6c0fc131-c146-4c25-9fc7-0e2f525af974', 'LI', 'LIE', 'Liechtenstein', 'Liechtenstein', 'Liechtenstein', '2026-12-03 10:14:46.884928+00', '2026-12-03 10:14:46.884928+00', 'li  lie  liechtenstein  liechtenstein  liechtenstein');
INSERT INTO public.countries VALUES ('a4e8660d-9f1a-40bc-b886-0597d474f4c7', 'LK', 'LKA', 'Sri Lanka', 'Sri Lanka', 'Sri Lanka', '2026-12-03 10:14:46.885935+00', '2026-12-03 10:14:46.885935+00', 'lk  lka  sri lanka  sri lanka  sri lanka');
INSERT INTO public.countries VALUES ('8eb86bf7-b2fa-48c7-9661-3e8c2fcf56cb', 'LR', 'LBR', 'Liberia', 'Liberia', 'Liberia', '2026-12-03 10:14:46.887118+00', '2026-12-03 10:14:46.887118+00', 'lr  lbr  liberia  liberia  liberia');
INSERT INTO public.countries VALUES ('bfc3e672-d1b2-4afb-b893-aaa9daa5bbf3', 'LS', 'LSO', 'Lesotho', 'Lesoto', 'Lesotho', '2026-12-03 10:14:46.888226+00', '2026-12-03 10:14:46.888226+00', 'ls  lso  lesotho  lesoto  lesotho');
INSERT INTO public.countries VALUES ('29136df9-bc3c-4d36-98b7-9b3a1b929e66', 'LT', 'LTU', 'Lithuania', 'Lituania', 'Lituanie', '2026-12-03 10:14:46.889262+00', '2026-12-03 10:14:46.889262+00', 'lt  ltu  lithuania  lituania  lituanie');
INSERT INTO public.countries VALUES ('5bb3b1b4-d5cc-4c5c-9890-76a7fc56d1b2', 'LU', 'LUX', 'Luxembourg', 'Luxemburgo', 'Luxembourg', '2026-12-03 10:14:46.89036+00', '2026-12-03 10:14:46.89036+00', 'lu  lux  luxembourg  luxemburgo  luxembourg');
INSERT INTO public.countries VALUES ('a34f83f3-df17-47bc-8e3e-72da91c705f7', 'LV', 'LVA', 'Latvia', 'Letonia', 'Lettonie', '2026-12-03 10:14:46.891525+00', '2026-12-03 10:14:46.891525+00', 'lv  lva  latvia  letonia  lettonie');
INSERT INTO public.countries VALUES ('0d715fc0-9447-4be4-8388-18ac659e7a09', 'LY', 'LBY', 'Libya', 'Libia', 'Libye', '2026-12-03 10:14:46.892614+00', '2026-12-03 10:14:46.892614+00', 'ly  lby  libya  libia  libye');
INSERT INTO public.countries VALUES ('32449bc1-0811-4841-988b-206b95343613', 'MA', 'MAR', 'Morocco', 'Marruecos', 'Maroc', '2026-12-03 10:14:46.893707+00', '2026-12-03 10:14:46.893707+00', 'ma  mar  morocco  marruecos  maroc');
INSERT INTO public.countries VALUES ('59c7d378-584c-44b7-98cf-4101b9794b58', 'MC', 'MCO', 'Monaco', 'Mónaco', 'Monaco', '2026-12-03 10:14:46.89478+00', '2026-12-03 10:14:46.89478+00', 'mc  mco  monaco  monaco  monaco');
INSERT INTO public.countries VALUES ('eabcfe53-6881-435f-baf8-3c2cee276db5', 'MD', 'MDA', 'Moldova', 'Moldavia', 'Moldavie', '2026-12-03 10:14:46.895941+00', '2026-12-03 10:14:46.895941+00', 'md  mda  moldova  moldavia  moldavie');
INSERT INTO public.countries VALUES ('d6b08821-619b-4e7d-8df5-b7080827136c', 'ME', 'MNE', 'Montenegro', 'Montenegro', 'Monténégro', '2026-12-03 10:14:46.896923+00', '2026-12-03 10:14:46.896923+00', 'me  mne  montenegro  montenegro  montenegro');
INSERT INTO public.countries VALUES ('59552c72-34d8-4e77-9969-4ceefdcd0522', 'MF', 'MAF', 'Saint Martin', 'San Martín', 'Saint-Martin', '2026-12-03 10:14:46.897847+00', '2026-12-03 10:14:46.897847+00', 'mf  maf  saint martin  san martin  saint-martin');
INSERT INTO public.countries VALUES ('ba245e46-1bd6-41a7-acb1-e72f5d4d8ffe', 'MG', 'MDG', 'Madagascar', 'Madagascar', 'Madagascar', '2026-12-03 10:14:46.898869+00', '2026-12-03 10:14:46.898869+00', 'mg  mdg  madagascar  madagascar  madagascar');
INSERT INTO public.countries VALUES ('9b63afc3-37e0-480d-8546-06a896384c97', 'MH', 'MHL', 'Marshall Islands', 'Islas Marshall', 'Îles Marshall', '2026-12-03 10:14:46.899902+00', '2026-12-03 10:14:46.899902+00', 'mh  mhl  marshall islands  islas marshall  iles marshall');
INSERT INTO public.countries VALUES ('2bbfcf10-b584-4277-9809-690ff09c5710', 'MK', 'MKD', 'North Macedonia', 'Macedonia del Norte', 'Macédoine du Nord', '2026-12-03 10:14:46.900842+00', '2026-12-03 10:14:46.900842+00', 'mk  mkd  north macedonia  macedonia del norte  macedoine du nord');
INSERT INTO public.countries VALUES ('8fee20d6-57f8-4a1c-a9aa-4de49d0db560', 'ML', 'MLI', 'Mali', 'Malí', 'Mali', '2026-12-03 10:14:46.901776+00', '2026-12-03 10:14:46.901776+00', 'ml  mli  mali  mali  mali');
INSERT INTO public.countries VALUES ('fdb270d6-adaa-4828-930c-34105ecacc73', 'MM', 'MMR', 'Myanmar', 'Birmania', 'Birmanie', '2026-12-03 10:14:46.902781+00', '2026-12-03 10:14:46.902781+00', 'mm  mmr  myanmar  birmania  birmanie');
INSERT INTO public.countries VALUES ('8f55ae7c-74e3-4381-ba91-f26119649074', 'MN', 'MNG', 'Mongolia', 'Mongolia', 'Mongolie', '2026-12-03 10:14:46.903887+00', '2026-12-03 10:14:46.903887+00', 'mn  mng  mongolia  mongolia  mongolie');
INSERT INTO public.countries VALUES ('6cc1f925-5030-4408-a616-a6b612f8f4e3', 'MO', 'MAC', 'Macau', 'Macao', 'Macao', '2026-12-03 10:14:46.905176+00', '2026-12-03 10:14:46.905176+00', 'mo  mac  macau  macao  macao');
INSERT INTO public.countries VALUES ('d2c6b248-8a9f-4dbc-baf5-2d089f215c48', 'MP', 'MNP', 'Northern Mariana Islands', 'Islas Marianas del Norte', 'îles Mariannes du Nord', '2026-12-03 10:14:46.90633+00', '2026-12-03 10:14:46.90633+00', 'mp  mnp  northern mariana islands  islas marianas del norte  iles mariannes du nord');
INSERT INTO public.countries VALUES ('4f164217-f911-46b4-a52b-c1ec097ff061', 'MR', 'MRT', 'Mauritania', 'Mauritania', 'Mauritanie', '2026-12-03 10:14:46.90728+00', '2026-12-03 10:14:46.90728+00', 'mr  mrt  mauritania  mauritania  mauritanie');
INSERT INTO public.countries VALUES ('f49704f9-1bc5-43f8-bea7-88a1c8c5ee0b', 'MS', 'MSR', 'Montserrat', 'Montserrat', 'Montserrat', '2026-12-03 10:14:46.908288+00', '2026-12-03 10:14:46.908288+00', 'ms  msr  montserrat  montserrat  montserrat');
INSERT INTO public.countries VALUES ('4a3664e1-b3b0-4bc6-a1ea-88837da10b89', 'MT', 'MLT', 'Malta', 'Malta', 'Malte', '2026-12-03 10:14:46.909272+00', '2026-12-03 10:14:46.909272+00', 'mt  mlt  malta  malta  malte');
INSERT INTO public.countries VALUES ('69e2e820-9a4d-48bd-8bc0-289235f152c0', 'MU', 'MUS', 'Mauritius', 'Mauricio', 'Maurice', '2026-12-03 10:14:46.910156+00', '2026-12-03 10:14:46.910156+00', 'mu  mus  mauritius  mauricio  maurice');
INSERT INTO public.countries VALUES ('845c94ad-0f42-46cb-b821-4e0becc5d194', 'MV', 'MDV', 'Maldives', 'Maldivas', 'Maldives', '2026-12-03 10:14:46.911107+00', '2026-12-03 10:14:46.911107+00', 'mv  mdv  maldives  maldivas  maldives');
INSERT INTO public.countries VALUES ('7382e3ca-d08d-402e-b4a6-0638b2b8f780', 'MW', 'MWI', 'Malawi', 'Malaui', 'Malawi', '2026-12-03 10:14:46.911995+00', '2026-12-03 10:14:46.911995+00', 'mw  mwi  malawi  malaui  malawi');
INSERT INTO public.countries VALUES ('d7076890-2e28-47d0-b6d6-9d4b2e8da183', 'MX', 'MEX', 'Mexico', 'México', 'Mexique', '2026-12-03 10:14:46.91292+00', '2026-12-03 10:14:46.91292+00', 'mx  mex  mexico  mexico  mexique');
INSERT INTO public.countries VALUES ('dd5c0dbc-6af0-4f57-8cb5-e59f70ff41c0', 'MY', 'MYS', 'Malaysia', 'Malasia', 'Malaisie', '2026-12-03 10:14:46.913932+00', '2026-12-03 10:14:46.913932+00', 'my  mys  malaysia  malasia  malaisie');
INSERT INTO public.countries VALUES ('c7b08473-199e-40ff-867d-ce0bcf5d274e', 'MZ', 'MOZ', 'Mozambique', 'Mozambique', 'Mozambique', '2026-12-03 10:14:46.914924+00', '2026-12-03 10:14:46.914924+00', 'mz  moz  mozambique  mozambique  mozambique');
INSERT INTO public.countries VALUES ('4dbf3cb9-6e52-48c5-a139-f0e0f5b0d7e6', 'NA', 'NAM', 'Namibia', 'Namibia', 'Namibie', '2026-12-03 10:14:46.915849+00', '2026-12-03 10:14:46.915849+00', 'na  nam  namibia  namibia  namibie');
INSERT INTO public.countries VALUES ('766ea849-c02c-41a3-8b54-19615bb27eb9', 'NC', 'NCL', 'New Caledonia', 'Nueva Caledonia', 'Nouvelle-Calédonie', '2026-12-03 10:14:46.916773+00', '2026-12-03 10:14:46.916773+00', 'nc  ncl  new caledonia  nueva caledonia  nouvelle-caledonie');
INSERT INTO public.countries VALUES ('9df7a93f-4b18-4461-95da-266c840e4730', 'NE', 'NER', 'Niger', 'Níger', 'Niger', '2026-12-03 10:14:46.917763+00', '2026-12-03 10:14:46.917763+00', 'ne  ner  niger  niger  niger');
INSERT INTO public.countries VALUES ('52840801-b97e-4d5a-b4e6-904577d4c6a5', 'NF', 'NFK', 'Norfolk Island', 'Isla Norfolk', 'Île Norfolk', '2026-12-03 10:14:46.918703+00', '2026-12-03 10:14:46.918703+00', 'nf  nfk  norfolk island  isla norfolk  ile norfolk');
INSERT INTO public.countries VALUES ('91dae2e8-c0de-46c3-a9cc-25ce63e87825', 'NG', 'NGA', 'Nigeria', 'Nigeria', 'Nigeria', '2026-12-03 10:14:46.919656+00', '2026-12-03 10:14:46.919656+00', 'ng  nga  nigeria  nigeria  nigeria');
INSERT INTO public.countries VALUES ('5b011551-d5a6-45c9-89e8-a7980e2978b8', 'NI', 'NIC', 'Nicaragua', 'Nicaragua', 'Nicaragua', '2026-12-03 10:14:46.920542+00', '2026-12-03 10:14:46.920542+00', 'ni  nic  nicaragua  nicaragua  nicaragua');
INSERT INTO public.countries VALUES ('249b173c-c938-496b-9e01-79b9c2ea550c', 'NL', 'NLD', 'Netherlands', 'Países Bajos', 'Pays-Bas', '2026-12-03 10:14:46.921502+00', '2026-12-03 10:14:46.921502+00', 'nl  nld  netherlands  paises bajos  pays-bas');
INSERT INTO public.countries VALUES ('b7723030-9b9c-4c20-897d-65bbc829cf3c', 'NO', 'NOR', 'Norway', 'Noruega', 'Norvège', '2026-12-03 10:14:46.922522+00', '2026-12-03 10:14:46.922522+00', 'no  nor  norway  noruega  norvege');
INSERT INTO public.countries VALUES ('9d3fbe10-f3c2-45df-8c26-65662e44ca73', 'NP', 'NPL', 'Nepal', 'Nepal', 'Népal', '2026-12-03 10:14:46.923528+00', '2026-12-03 10:14:46.923528+00', 'np  npl  nepal  nepal  nepal');
INSERT INTO public.countries VALUES ('b2b7a872-8e50-4931-8ed1-2b677c48b2b6', 'NR', 'NRU', 'Nauru', 'Nauru', 'Nauru', '2026-12-03 10:14:46.924408+00', '2026-12-03 10:14:46.924408+00', 'nr  nru  nauru  nauru  nauru');
INSERT INTO public.countries VALUES ('3aa600c0-f88f-44dd-b317-e32238bdc171', 'NU', 'NIU', 'Niue', 'Niue', 'Niue', '2026-12-03 10:14:46.925269+00', '2026-12-03 10:14:46.925269+00', 'nu  niu  niue  niue  niue');
INSERT INTO public.countries VALUES ('81cea504-ed63-44f7-b54a-9808a46e2844', 'NZ', 'NZL', 'New Zealand', 'Nueva Zelanda', 'Nouvelle-Zélande', '2026-12-03 10:14:46.926219+00', '2026-12-03 10:14:46.926219+00', 'nz  nzl  new zealand  nueva zelanda  nouvelle-zelande');
INSERT INTO public.countries VALUES ('0b23f987-ba28-4756-b5ba-e6be4ae078c4', 'OM', 'OMN', 'Oman', 'Omán', 'Oman', '2026-12-03 10:14:46.927292+00', '2026-12-03 10:14:46.927292+00', 'om  omn  oman  oman  oman');
INSERT INTO public.countries VALUES ('831d8029-e302-4d0e-a61b-01a3d6683506', 'PA', 'PAN', 'Panama', 'Panamá', 'Panama', '2026-12-03 10:14:46.928259+00', '2026-12-03 10:14:46.928259+00', 'pa  pan  panama  panama  panama');
INSERT INTO public.countries VALUES ('d46b3fba-f741-4834-a9d5-f4e6b8050784', 'PE', 'PER', 'Peru', 'Perú', 'Pérou', '2026-12-03 10:14:46.929153+00', '2026-12-03 10:14:46.929153+00', 'pe  per  peru  peru  perou');
INSERT INTO public.countries VALUES ('4f825363-c1b6-4ec5-a3b4-5d3deb61bd9d', 'PF', 'PYF', 'French Polynesia', 'Polinesia Francesa', 'Polynésie française', '2026-12-03 10:14:46.930063+00', '2026-12-03 10:14:46.930063+00', 'pf  pyf  french polynesia  polinesia francesa  polynesie francaise');
INSERT INTO public.countries VALUES ('d3dab8d9-48b6-4ff7-80eb-c9c465d3666b', 'PG', 'PNG', 'Papua New Guinea', 'Papúa Nueva Guinea', 'Papouasie-Nouvelle-Guinée', '2026-12-03 10:14:46.931169+00', '2026-12-03 10:14:46.931169+00', 'pg  png  papua new guinea  papua nueva guinea  papouasie-nouvelle-guinee');
INSERT INTO public.countries VALUES ('83091d1c-60a2-46df-b49b-f1083ec468a6', 'PH', 'PHL', 'Philippines', 'Filipinas', 'Philippines', '2026-12-03 10:14:46.932352+00', '2026-12-03 10:14:46.932352+00', 'ph  phl  philippines  filipinas  philippines');
INSERT INTO public.countries VALUES ('ac51797d-32ac-4dc8-8368-c016581c1e11', 'PK', 'PAK', 'Pakistan', 'Pakistán', 'Pakistan', '2026-12-03 10:14:46.933546+00', '2026-12-03 10:14:46.933546+00', 'pk  pak  pakistan  pakistan  pakistan');
INSERT INTO public.countries VALUES ('a9ba064c-a49b-43fd-a22c-2eb7ce37b89d', 'PL', 'POL', 'Poland', 'Polonia', 'Pologne', '2026-12-03 10:14:46.934636+00', '2026-12-03 10:14:46.934636+00', 'pl  pol  poland  polonia  pologne');
INSERT INTO public.countries VALUES ('74f68ff6-9631-4384-ab97-840fbdb9b2ed', 'PM', 'SPM', 'Saint Pierre and Miquelon', 'San Pedro y Miquelón', 'Saint-Pierre-et-Miquelon', '2026-12-03 10:14:46.935581+00', '2026-12-03 10:14:46.935581+00', 'pm  spm  saint pierre and miquelon  san pedro y miquelon  saint-pierre-et-miquelon');
INSERT INTO public.countries VALUES ('ca4d49ee-5912-48b4-a204-ac05180d813f', 'PN', 'PCN', 'Pitcairn Islands', 'Islas Pitcairn', 'Iles Pitcairn', '2026-12-03 10:14:46.936611+00', '2026-12-03 10:14:46.936611+00', 'pn  pcn  pitcairn islands  islas pitcairn  iles pitcairn');
INSERT INTO public.countries VALUES ('03632f45-e1c1-4a83-b5f9-5cb699802d77', 'PR', 'PRI', 'Puerto Rico', 'Puerto Rico', 'Porto Rico', '2026-12-03 10:14:46.937645+00', '2026-12-03 10:14:46.937645+00', 'pr  pri  puerto rico  puerto rico  porto rico');
INSERT INTO public.countries VALUES ('eb4a9a75-7c86-4ae5-af57-8d4bdc8cf64d', 'PS', 'PSE', 'Palestine', 'Palestina', 'Palestine', '2026-12-03 10:14:46.938773+00', '2026-12-03 10:14:46.938773+00', 'ps  pse  palestine  palestina  palestine');
INSERT INTO public.countries VALUES ('7714da32-3d3e-4a6b-b728-cd077369b03a', 'PT', 'PRT', 'Portugal', 'Portugal', 'Portugal', '2026-12-03 10:14:46.939943+00', '2026-12-03 10:14:46.939943+00', 'pt  prt  portugal  portugal  portugal');
INSERT INTO public.countries VALUES ('ee80d197-11b7-471f-9178-71c255b14935', 'PW', 'PLW', 'Palau', 'Palaos', 'Palaos', '2026-12-03 10:14:46.941199+00', '2026-12-03 10:14:46.941199+00', 'pw  plw  palau  palaos  palaos');
INSERT INTO public.countries VALUES ('f9d3bf49-a15d-4fea-adb5-12207ee9abc6', 'PY', 'PRY', 'Paraguay', 'Paraguay', 'Paraguay', '2026-12-03 10:14:46.942313+00', '2026-12-03 10:14:46.942313+00', 'py  pry  paraguay  paraguay  paraguay');
INSERT INTO public.countries VALUES ('d82bb136-754f-46a5-a7b4-634bcd3e45d5', 'QA', 'QAT', 'Qatar', 'Catar', 'Qatar', '2026-12-03 10:14:46.943569+00', '2026-12-03 10:14:46.943569+00', 'qa  qat  qatar  catar  qatar');
INSERT INTO public.countries VALUES ('753ba299-2a67-4ce0-b761-11b84984ab13', 'RO', 'ROU', 'Romania', 'Rumania', 'Roumanie', '2026-12-03 10:14:46.944724+00', '2026-12-03 10:14:46.944724+00', 'ro  rou  romania  rumania  roumanie');
INSERT INTO public.countries VALUES ('4bce2830-d738-43aa-b628-dcb372065796', 'RS', 'SRB', 'Serbia', 'Serbia', 'Serbie', '2026-12-03 10:14:46.945871+00', '2026-12-03 10:14:46.945871+00', 'rs  srb  serbia  serbia  serbie');
INSERT INTO public.countries VALUES ('b6e2f83f-9980-43c1-bb82-2136d89ec707', 'RU', 'RUS', 'Russia', 'Rusia', 'Russie', '2026-12-03 10:14:46.94698+00', '2026-12-03 10:14:46.94698+00', 'ru  rus  russia  rusia  russie');
INSERT INTO public.countries VALUES ('e54a503f-b683-486c-8805-5365d1591a3f', 'RW', 'RWA', 'Rwanda', 'Ruanda', 'Rwanda', '2026-12-03 10:14:46.948115+00', '2026-12-03 10:14:46.948115+00', 'rw  rwa  rwanda  ruanda  rwanda');
INSERT INTO public.countries VALUES ('97df2bf2-2e3f-4d3a-bb67-fcd57c92804a', 'SA', 'SAU', 'Saudi Arabia', 'Arabia Saudita', 'Arabie saoudite', '2026-12-03 10:14:46.949287+00', '2026-12-03 10:14:46.949287+00', 'sa  sau  saudi arabia  arabia saudita  arabie saoudite');
INSERT INTO public.countries VALUES ('aa936722-0b10-4973-a952-569022257015', 'SB', 'SLB', 'Solomon Islands', 'Islas Salomón', 'Îles Salomon', '2026-12-03 10:14:46.950512+00', '2026-12-03 10:14:46.950512+00', 'sb  slb  solomon islands  islas salomon  iles salomon');
INSERT INTO public.countries VALUES ('6c68e688-4c2e-4d06-83ec-0ea718c518c6', 'SC', 'SYC', 'Seychelles', 'Seychelles', 'Seychelles', '2026-12-03 10:14:46.951664+00', '2026-12-03 10:14:46.951664+00', 'sc  syc  seychelles  seychelles  seychelles');
INSERT INTO public.countries VALUES ('da1c5e05-4ea2-49be-b256-c8b84ea141c3', 'SD', 'SDN', 'Sudan', 'Sudán', 'Soudan', '2026-12-03 10:14:46.952653+00', '2026-12-03 10:14:46.952653+00', 'sd  sdn  sudan  sudan  soudan');
INSERT INTO public.countries VALUES ('823d3fe3-2097-4b83-8fc6-0fd6c6f07dd3', 'SE', 'SWE', 'Sweden', 'Suecia', 'Suède', '2026-12-03 10:14:46.953737+00', '2026-12-03 10:14:46.953737+00', 'se  swe  sweden  suecia  suede');
INSERT INTO public.countries VALUES ('3ed4564a-92d0-4c90-a67b-ec9fd38ff460', 'SG', 'SGP', 'Singapore', 'Singapur', 'Singapour', '2026-12-03 10:14:46.954783+00', '2026-12-03 10:14:46.954783+00', 'sg  sgp  singapore  singapur  singapour');
INSERT INTO public.countries VALUES ('df7de72e-f5e1-409a-bfcf-cae437098221', 'SH', 'SHN', 'Saint Helena', 'Isla Santa Elena', 'Sainte-Hélène', '2026-12-03 10:14:46.955882+00', '2026-12-03 10:14:46.955882+00', 'sh  shn  saint helena  isla santa elena  sainte-helene');
INSERT INTO public.countries VALUES ('1532a84a-9dd5-4677-87b9-8d588df45d56', 'SI', 'SVN', 'Slovenia', 'Eslovenia', 'Slovénie', '2026-12-03 10:14:46.956945+00', '2026-12-03 10:14:46.956945+00', 'si  svn  slovenia  eslovenia  slovenie');
INSERT INTO public.countries VALUES ('c1c2f1cc-d632-4689-82f4-090a194dd327', 'SK', 'SVK', 'Slovakia', 'Eslovaquia', 'Slovaquie', '2026-12-03 10:14:46.958007+00', '2026-12-03 10:14:46.958007+00', 'sk  svk  slovakia  eslovaquia  slovaquie');
INSERT INTO public.countries VALUES ('d8ed464e-e67e-4d63-9429-87014c47492d', 'SL', 'SLE', 'Sierra Leone', 'Sierra Leona', 'Sierra Leone', '2026-12-03 10:14:46.959055+00', '2026-12-03 10:14:46.959055+00', 'sl  sle  sierra leone  sierra leona  sierra leone');
INSERT INTO public.countries VALUES ('b71bab04-4254-4c0a-a9c0-1e415051d16a', 'SM', 'SMR', 'San Marino', 'San Marino', 'Saint-Marin', '2026-12-03 10:14:46.960074+00', '2026-12-03 10:14:46.960074+00', 'sm  smr  san marino  san marino  saint-marin');
INSERT INTO public.countries VALUES ('49920443-2ef5-4f40-9335-26f75fcbe89b', 'SN', 'SEN', 'Senegal', 'Senegal', 'Sénégal', '2026-12-03 10:14:46.961093+00', '2026-12-03 10:14:46.961093+00', 'sn  sen  senegal  senegal  senegal');
INSERT INTO public.countries VALUES ('9b8036ac-1d70-4009-976d-95947837cfcd', 'SO', 'SOM', 'Somalia', 'Somalia', 'Somalie', '2026-12-03 10:14:46.962133+00', '2026-12-03 10:14:46.962133+00', 'so  som  somalia  somalia  somalie');
INSERT INTO public.countries VALUES ('9556b657-a081-4a80-a731-80fba02841c8', 'SR', 'SUR', 'Suriname', 'Surinam', 'Suriname', '2026-12-03 10:14:46.963157+00', '2026-12-03 10:14:46.963157+00', 'sr  sur  suriname  surinam  suriname');
INSERT INTO public.countries VALUES ('168fe9ed-c935-4816-ab46-6c8aaa71799b', 'SS', 'SSD', 'South Sudan', 'Sudán del Sur', 'Soudan du Sud', '2026-12-03 10:14:46.964178+00', '2026-12-03 10:14:46.964178+00', 'ss  ssd  south sudan  sudan del sur  soudan du sud');
INSERT INTO public.countries VALUES ('33e620ec-5c5f-4ffa-b154-56a3a3c0b0ce', 'ST', 'STP', 'São Tomé and Príncipe', 'Santo Tomé y Príncipe', 'Sao Tomé-et-Principe', '2026-12-03 10:14:46.965198+00', '2026-12-03 10:14:46.965198+00', 'st  stp  sao tome and principe  santo tome y principe  sao tome-et-principe');
INSERT INTO public.countries VALUES ('e278ecbd-67ae-457d-b237-fd47a56ac567', 'SV', 'SLV', 'El Salvador', 'El Salvador', 'Salvador', '2026-12-03 10:14:46.966215+00', '2026-12-03 10:14:46.966215+00', 'sv  slv  el salvador  el salvador  salvador');
INSERT INTO public.countries VALUES ('c4f24a87-0148-46cb-87e4-0fe72019250a', 'SX', 'SXM', 'Sint Maarten', 'San Martín', 'Saint-Martin', '2026-12-03 10:14:46.967242+00', '2026-12-03 10:14:46.967242+00', 'sx  sxm  sint maarten  san martin  saint-martin');
INSERT INTO public.countries VALUES ('25b6cd8a-5f0b-4508-9343-c9d28b122485', 'SY', 'SYR', 'Syria', 'Siria', 'Syrie', '2026-12-03 10:14:46.968125+00', '2026-12-03 10:14:46.968125+00', 'sy  syr  syria  siria  syrie');
INSERT INTO public.countries VALUES ('1ae25595-f0d9-4121-a13a-d098d10107cf', 'SZ', 'SWZ', 'Eswatini', 'Suazilandia', 'Eswatini', '2026-12-03 10:14:46.968952+00', '2026-12-03 10:14:46.968952+00', 'sz  swz  eswatini  suazilandia  eswatini');
INSERT INTO public.countries VALUES ('9348b383-8c29-41bb-b14b-cb9fe9fffc99', 'TC', 'TCA', 'Turks and Caicos Islands', 'Islas Turcas y Caicos', 'îles Turques-et-Caïques', '2026-12-03 10:14:46.969818+00', '2026-12-03 10:14:46.969818+00', 'tc  tca  turks and caicos islands  islas turcas y caicos  iles turques-et-caiques');
INSERT INTO public.countries VALUES ('0f3a7bff-fbb0-47cd-80b1-0e65d5a4699c', 'TD', 'TCD', 'Chad', 'Chad', 'Tchad', '2026-12-03 10:14:46.970658+00', '2026-12-03 10:14:46.970658+00', 'td  tcd  chad  chad  tchad');
INSERT INTO public.countries VALUES ('bbdd6706-9335-472f-9d91-cfe4720caa6a', 'TF', 'ATF', 'French Southern and Antarctic Lands', 'Tierras Australes y Antárticas Francesas', 'Terres australes et antarctiques françaises', '2026-12-03 10:14:46.971617+00', '2026-12-03 10:14:46.971617+00', 'tf  atf  french southern and antarctic lands  tierras australes y antarticas francesas  terres australes et antarctiques francaises');
INSERT INTO public.countries VALUES ('85b7adce-d1c8-4f7c-977a-a68876980a55', 'TG', 'TGO', 'Togo', 'Togo', 'Togo', '2026-12-03 10:14:46.972479+00', '2026-12-03 10:14:46.972479+00', 'tg  tgo  togo  togo  togo');
INSERT INTO public.countries VALUES ('89c275d7-328e-4f19-9907-3a5c2852c113', 'TH', 'THA', 'Thailand', 'Tailandia', 'Thaïlande', '2026-12-03 10:14:46.973346+00', '2026-12-03 10:14:46.973346+00', 'th  tha  thailand  tailandia  thailande');
INSERT INTO public.countries VALUES ('8a5a58b8-5756-490a-82b3-7e6ccb2308ff', 'TJ', 'TJK', 'Tajikistan', 'Tayikistán', 'Tadjikistan', '2026-12-03 10:14:46.974231+00', '2026-12-03 10:14:46.974231+00', 'tj  tjk  tajikistan  tayikistan  tadjikistan');
INSERT INTO public.countries VALUES ('f1a36914-af4a-43dc-a6c5-e1c32b69d8ad', 'TL', 'TLS', 'East Timor', 'Timor Oriental', 'Timor oriental', '2026-12-03 10:14:46.975105+00', '2026-12-03 10:14:46.975105+00', 'tl  tls  east timor  timor oriental  timor oriental');
INSERT INTO public.countries VALUES ('8b0746ad-cabf-4c26-a8f0-220b4fd16e4e', 'TM', 'TKM', 'Turkmenistan', 'Turkmenistán', 'Turkménistan', '2026-12-03 10:14:46.976057+00', '2026-12-03 10:14:46.976057+00', 'tm  tkm  turkmenistan  turkmenistan  turkmenistan');
INSERT INTO public.countries VALUES ('617443c9-f600-43f6-8ad0-9e64209e0e4a', 'TN', 'TUN', 'Tunisia', 'Túnez', 'Tunisie', '2026-12-03 10:14:46.976903+00', '2026-12-03 10:14:46.976903+00', 'tn  tun  tunisia  tunez  tunisie');
INSERT INTO public.countries VALUES ('ec48992f-6264-4cf5-a902-59af4d3d8aea', 'TO', 'TON', 'Tonga', 'Tonga', 'Tonga', '2026-12-03 10:14:46.977748+00', '2026-12-03 10:14:46.977748+00', 'to  ton  tonga  tonga  tonga');
INSERT INTO public.countries VALUES ('2cca3590-726f-44af-bdb9-ae5b21c5c454', 'TR', 'TUR', 'Turkey', 'Turquía', 'Turquie', '2026-12-03 10:14:46.978615+00', '2026-12-03 10:14:46.978615+00', 'tr  tur  turkey  turquia  turquie');
INSERT INTO public.countries VALUES ('8797d567-542e-43ce-8626-af805524d29a', 'TT', 'TTO', 'Trinidad and Tobago', 'Trinidad y Tobago', 'Trinité-et-Tobago', '2026-12-03 10:14:46.979507+00', '2026-12-03 10:14:46.979507+00', 'tt  tto  trinidad and tobago  trinidad y tobago  trinite-et-tobago');
INSERT INTO public.countries VALUES ('9563bcd0-78b6-4319-9ee2-c4599f647185', 'TV', 'TUV', 'Tuvalu', 'Tuvalu', 'Tuvalu', '2026-12-03 10:14:46.98035+00', '2026-12-03 10:14:46.98035+00', 'tv  tuv  tuvalu  tuvalu  tuvalu');
INSERT INTO public.countries VALUES ('99e3d0a9-c1de-4b81-aa98-89d60e17691a', 'TW', 'TWN', 'Taiwan', 'República de China', 'Taïwan', '2026-12-03 10:14:46.981236+00', '2026-12-03 10:14:46.981236+00', 'tw  twn  taiwan  republica de china  taiwan');
INSERT INTO public.countries VALUES ('d9dba869-2062-4fbf-b481-9080d16c038e', 'TZ', 'TZA', 'Tanzania', 'Tanzania', 'Tanzanie', '2026-12-03 10:14:46.982078+00', '2026-12-03 10:14:46.982078+00', 'tz  tza  tanzania  tanzania  tanzanie');
INSERT INTO public.countries VALUES ('19e2453b-80e2-466a-ab2c-21ff9791e4b1', 'UA', 'UKR', 'Ukraine', 'Ucrania', 'Ukraine', '2026-12-03 10:14:46.982921+00', '2026-12-03 10:14:46.982921+00', 'ua  ukr  ukraine  ucrania  ukraine');
INSERT INTO public.countries VALUES ('3c05ce32-bff8-4c85-b90d-74ab8390fd60', 'UG', 'UGA', 'Uganda', 'Uganda', 'Ouganda', '2026-12-03 10:14:46.983783+00', '2026-12-03 10:14:46.983783+00', 'ug  uga  uganda  uganda  ouganda');
INSERT INTO public.countries VALUES ('38bbc18b-6e46-45e7-a4ee-7c81d947442d', 'UM', 'UMI', 'United States Minor Outlying Islands', 'Islas ultramarinas de Estados Unidos', 'Îles mineures éloignées des États-Unis', '2026-12-03 10:14:46.984671+00', '2026-12-03 10:14:46.984671+00', 'um  umi  united states minor outlying islands  islas ultramarinas de estados unidos  iles mineures eloignees des etats-unis');
INSERT INTO public.countries VALUES ('ccf8fa3c-fb3e-42da-a3f2-151814540d4f', 'US', 'USA', 'United States of America', 'Estados Unidos', 'États-Unis', '2026-12-03 10:14:46.985515+00', '2026-12-03 10:14:46.985515+00', 'us  usa  united states of america  estados unidos  etats-unis');
INSERT INTO public.countries VALUES ('32cb6d08-d2d2-47ba-9074-ebc1271fe7c1', 'UY', 'URY', 'Uruguay', 'Uruguay', 'Uruguay', '2026-12-03 10:14:46.98647+00', '2026-12-03 10:14:46.98647+00', 'uy  ury  uruguay  uruguay  uruguay');
INSERT INTO public.countries VALUES ('63587714-65c7-4f9d-93a8-ffacee5088cc', 'UZ', 'UZB', 'Uzbekistan', 'Uzbekistán', 'Ouzbékistan', '2026-12-03 10:14:46.987465+00', '2026-12-03 10:14:46.987465+00', 'uz  uzb  uzbekistan  uzbekistan  ouzbekistan');
INSERT INTO public.countries VALUES ('6707f707-657e-40b7-a54f-3209449c2d9b', 'VA', 'VAT', 'Vatican City', 'Ciudad del Vaticano', 'Cité du Vatican', '2026-12-03 10:14:46.988352+00', '2026-12-03 10:14:46.988352+00', 'va  vat  vatican city  ciudad del vaticano  cite du vatican');
INSERT INTO public.countries VALUES ('312f91ff-63d7-48e0-ac80-9936b8117098', 'VC', 'VCT', 'Saint Vincent and the Grenadines', 'San Vicente y las Granadinas', 'Saint-Vincent-et-les-Grenadines', '2026-12-03 10:14:46.989284+00', '2026-12-03 10:14:46.989284+00', 'vc  vct  saint vincent and the grenadines  san vicente y las granadinas  saint-vincent-et-les-grenadines');
INSERT INTO public.countries VALUES ('5ce6d821-f7c3-42cc-a557-544c97848ad8', 'VE', 'VEN', 'Venezuela', 'Venezuela', 'Venezuela', '2026-12-03 10:14:46.99022+00', '2026-12-03 10:14:46.99022+00', 've  ven  venezuela  venezuela  venezuela');
INSERT INTO public.countries VALUES ('20f998ec-7bbf-4a0d-b439-d4355e1d00b4', 'VG', 'VGB', 'British Virgin Islands', 'Islas Vírgenes Británicas', 'îles Vierges britanniques', '2026-12-03 10:14:46.99127+00', '2026-12-03 10:14:46.99127+00', 'vg  vgb  british virgin islands  islas virgenes britanicas  iles vierges britanniques');
INSERT INTO public.countries VALUES ('0aee9e4e-ebe0-4ef1-aabb-667b56742c93', 'VI', 'VIR', 'United States Virgin Islands', 'Islas Vírgenes de los Estados Unidos', 'îles Vierges des États-Unis', '2026-12-03 10:14:46.992366+00', '2026-12-03 10:14:46.992366+00', 'vi  vir  united states virgin islands  islas virgenes de los estados unidos  iles vierges des etats-unis');
INSERT INTO public.countries VALUES ('3d61aec7-b414-4025-9ef0-6371ca760bf4', 'VN', 'VNM', 'Vietnam', 'Vietnam', 'Viêt Nam', '2026-12-03 10:14:46.993387+00', '2026-12-03 10:14:46.993387+00', 'vn  vnm  vietnam  vietnam  viet nam');
INSERT INTO public.countries VALUES ('9f9320a9-8bb2-444b-a8f0-3f560992c8cd', 'VU', 'VUT', 'Vanuatu', 'Vanuatu', 'Vanuatu', '2026-12-03 10:14:46.994526+00', '2026-12-03 10:14:46.994526+00', 'vu  vut  vanuatu  vanuatu  vanuatu');
INSERT INTO public.countries VALUES ('b76964ff-4fe4-458b-ba22-c672845c4764', 'WF', 'WLF', 'Wallis and Futuna', 'Wallis y Futuna', 'Wallis-et-Futuna', '2026-12-03 10:14:46.995694+00', '2026-12-03 10:14:46.995694+00', 'wf  wlf  wallis and futuna  wallis y futuna  wallis-et-futuna');
INSERT INTO public.countries VALUES ('d00aadbb-55ef-45e5-b1ca-935f8dad224d', 'WS', 'WSM', 'Samoa', 'Samoa', 'Samoa', '2026-12-03 10:14:46.996816+00', '2026-12-03 10:14:46.996816+00', 'ws  wsm  samoa  samoa  samoa');
INSERT INTO public.countries VALUES ('5feffb6e-9e16-4520-87b0-561d109bcc13', 'XK', NULL, 'Kosovo', 'Kosovo', 'Kosovo', '2026-12-03 10:14:46.997828+00', '2026-12-03 10:14:46.997828+00', 'xk  kosovo  kosovo  kosovo');
INSERT INTO public.countries VALUES ('133a9520-081d-443b-8404-98f90f9898d4', 'YE', 'YEM', 'Yemen', 'Yemen', 'Yémen', '2026-12-03 10:14:46.998755+00', '2026-12-03 10:14:46.998755+00', 'ye  yem  yemen  yemen  yemen');
INSERT INTO public.countries VALUES ('1038b06d-b5b7-4766-acb5-9ced08368ed2', 'ZA', 'ZAF', 'South Africa', 'Sudáfrica', 'Afrique du Sud', '2026-12-03 10:14:46.999756+00', '2026-12-03 10:14:46.999756+00', 'za  zaf  south africa  sudafrica  afrique du sud');
INSERT INTO public.countries VALUES ('2f56d990-34c5-4be0-bf17-afb37a19450e', 'ZM', 'ZMB', 'Zambia', 'Zambia', 'Zambie', '2026-12-03 10:14:47.000754+00', '2026-12-03 10:14:47.000754+00', 'zm  zmb  zambia  zambia  zambie');
INSERT INTO public.countries VALUES ('001614ab-d0dc-4a72-90fd-2d97bd136061', 'ZW', 'ZWE', 'Zimbabwe', 'Zimbabue', 'Zimbabwe', '2026-12-03 10:14:47.001645+00', '2026-12-03 10:14:47.001645+00', 'zw  zwe  zimbabwe  zimbabue  zimbabwe');


--
-- Data for Name: courses; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.courses VALUES ('565cd17f-7ecb-4578-8732-4d92f82686c7', 'Cluster broker course', 'mixed', 'cluster', 320, 'Cluster diagnostic
Trust building
Vision and action plan
Cost sharing and governance
Monitoring and impact assessment
Supervised fieldwork in a cluster', 80, 'UNIDO cluster development programme (illustrative)', 'The cluster methodology as a course: two weeks of class training and six weeks of supervised fieldwork, with a manual, readings and videos.', '2026-12-03 10:14:50.102301+00', '2026-12-03 10:14:50.102301+00');


--
-- Data for Name: diagnostics; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.diagnostics VALUES ('31ac29cb-9f5d-4f81-832a-59d0d397c5b0', '52086be3-e5ac-4a1d-869f-ec4527e6d3ee', 1, 'draft', 'Fez leather cluster diagnostic', '2000-03-01', 'Tanneries in the old town discharge untreated effluent; relocation is under discussion. Illustrative demo record.', NULL, NULL, NULL, NULL, '', '', '', '', NULL, NULL, NULL, NULL, '2026-12-03 10:14:48.628286+00', '2026-12-03 10:14:48.628286+00');
INSERT INTO public.diagnostics VALUES ('c249b51b-72d7-46de-83ec-6359c2165685', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 1, 'validated', 'Pune food processing cluster diagnostic', '1998-01-15', 'Small food processors (pickles, spices, snacks) buying from local farmers and selling through traders.', NULL, 'Representation fragmented among many small associations; no dialogue with the federal food regulator.', NULL, NULL, '', 'Little use of existing testing facilities
Fragmented associations', 'Growing demand for packaged foods', 'Audits under the Food Adulteration Act', 'The groups see the same problem differently; dialogue must come first.', '1998-09-30', 'Validation meeting with entrepreneurs, the testing laboratory and the food administration', '20821ab0-909c-4c37-8a51-cce135f814f7', '2026-12-03 10:14:47.576996+00', '2026-12-03 10:14:48.634639+00');
INSERT INTO public.diagnostics VALUES ('4625effe-537f-48cb-aa23-ced5238941a0', '6c76a34b-c798-4836-83cd-7cae4d100a85', 1, 'validated', 'Jaipur block printing cluster diagnostic', '1997-02-01', 'About 350 small firms in hand-block and screen printing employing almost 10,000 workers; screen printers copy designs and use synthetic dyes.', NULL, NULL, 'Twenty years of bitter competition among block printers.', 'An attempt to cooperate failed some twenty years before; no move since.', 'Long tradition of hand-block printing
Natural dyes', '', 'Worldwide appreciation for ethnic design and eco-friendly dyes', 'Screen printers copying designs at lower cost', 'Unexploited capacity to target profitable national and world markets; marketing skills lacking.', '1997-08-20', 'Validation meeting with artisans, CALICO and support agencies', NULL, '2026-12-03 10:14:47.746242+00', '2026-12-03 10:14:48.639069+00');
INSERT INTO public.diagnostics VALUES ('4b676b68-e65f-41ea-989f-e862ff8ce2ea', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 1, 'validated', 'Boaco and Chontales milk and cheese diagnostic', '1997-05-01', 'Milk producers, collectors, processing cooperatives, testing laboratories and cheese retailers.', NULL, 'Many institutions (INPYME, INCAE, ministries, IDR) without coordination.', NULL, NULL, '', '', '', '', 'Bottlenecks at every stage of the chain; quality and hygiene limit access to markets.', '1997-11-20', 'Committee for institutional coordination', NULL, '2026-12-03 10:14:48.120863+00', '2026-12-03 10:14:48.64328+00');
INSERT INTO public.diagnostics VALUES ('737566ce-6cd0-4d10-a59e-a6413a2f5a38', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 1, 'validated', 'Ludhiana knitwear cluster diagnostic', '1997-04-01', 'Over 10,000 small and medium firms, nearly 90 % of the national market for woollen knitwear.', NULL, NULL, NULL, NULL, '', 'Workers'' skills
Finishing technology
Few skilled women workers', 'Higher segments of the domestic market
Exports', 'Liberalisation and cheaper goods from Nepal and China', NULL, '1997-10-10', 'Cluster stakeholders'' meeting', NULL, '2026-12-03 10:14:48.474556+00', '2026-12-03 10:14:48.647468+00');


--
-- Data for Name: event_actors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.event_actors VALUES ('6ea37413-c856-413d-9d05-52784f0bfea5', '9c3e7f8c-ad32-4cd6-aaab-f71d6f5a9514', 0, '5003dce5-b777-499a-bd43-a48124d6ad1c');
INSERT INTO public.event_actors VALUES ('480b327f-f7fc-4266-adc9-ba04bc5493d7', '9cdc13b8-dce2-4fef-b5b7-afab3054c322', 0, '1aa3370e-745e-48fb-bc46-603dea0ed5d6');
INSERT INTO public.event_actors VALUES ('9750ab9f-c4ce-4b64-842f-470d4966a6a4', '9d37d562-6af1-4c0f-9be5-8aebbd74d244', 0, '5003dce5-b777-499a-bd43-a48124d6ad1c');
INSERT INTO public.event_actors VALUES ('84426f6f-d844-49a6-8424-0a231a32753f', '9d37d562-6af1-4c0f-9be5-8aebbd74d244', 1, '3a7ca3a1-c08a-4438-ad60-5f87f162ed67');
INSERT INTO public.event_actors VALUES ('1f43f49b-6d45-423c-909d-e6e523a251a1', '9d37d562-6af1-4c0f-9be5-8aebbd74d244', 2, 'e6f83554-1db2-40d8-b6bf-78491a565d7f');
INSERT INTO public.event_actors VALUES ('837abd04-703f-4602-b75f-b6b4effa31b7', '9d37d562-6af1-4c0f-9be5-8aebbd74d244', 3, '1aa3370e-745e-48fb-bc46-603dea0ed5d6');
INSERT INTO public.event_actors VALUES ('c24959c5-8790-4e44-b168-ee7e2eaa0563', '20821ab0-909c-4c37-8a51-cce135f814f7', 0, '3a7ca3a1-c08a-4438-ad60-5f87f162ed67');
INSERT INTO public.event_actors VALUES ('b6089b52-b0c0-448d-8a81-35e1079ff59a', '20821ab0-909c-4c37-8a51-cce135f814f7', 1, 'e6f83554-1db2-40d8-b6bf-78491a565d7f');
INSERT INTO public.event_actors VALUES ('e06fde86-232b-4f30-a228-16d89e7f28f0', '20821ab0-909c-4c37-8a51-cce135f814f7', 2, '1aa3370e-745e-48fb-bc46-603dea0ed5d6');
INSERT INTO public.event_actors VALUES ('74aad496-a8f7-47f4-b5ef-034316982b19', '62ddcec8-3fd3-4e68-81fd-358743837df5', 0, 'f8ddcb93-f1f5-4a81-9663-1c664d66395a');
INSERT INTO public.event_actors VALUES ('38341497-311a-42a5-a4ba-c960ae36ce0e', '62ddcec8-3fd3-4e68-81fd-358743837df5', 1, 'a63c6fe8-534e-40a4-9e9f-00d99723bb0f');
INSERT INTO public.event_actors VALUES ('607baee2-9e76-4383-a0eb-4c5994bdba4d', 'db2a8f3c-6a75-43c8-822c-f5ab5f997f1e', 0, '3f730e9c-3f46-4569-98c6-0bc9463df695');
INSERT INTO public.event_actors VALUES ('f7e22957-bea2-435c-abd3-32dea96f1cd7', 'db2a8f3c-6a75-43c8-822c-f5ab5f997f1e', 1, '4f811958-2f45-4eeb-b8c1-858733fb0219');
INSERT INTO public.event_actors VALUES ('eaa5ccb4-303f-4b85-a157-be3ce1f79948', 'db2a8f3c-6a75-43c8-822c-f5ab5f997f1e', 2, '99ca6170-c4c0-4578-9670-71b5b519971f');
INSERT INTO public.event_actors VALUES ('365de9c1-4dc7-4677-adc4-a2650d979131', 'a6eb7361-43f9-48a3-9a7e-dc975de29533', 0, '3f730e9c-3f46-4569-98c6-0bc9463df695');
INSERT INTO public.event_actors VALUES ('88a5668d-7206-4d18-8a95-613cf68e8ea7', 'a6eb7361-43f9-48a3-9a7e-dc975de29533', 1, '4f811958-2f45-4eeb-b8c1-858733fb0219');
INSERT INTO public.event_actors VALUES ('5172a3ea-719e-4238-9d75-630d25f3fe93', 'a6eb7361-43f9-48a3-9a7e-dc975de29533', 2, '99ca6170-c4c0-4578-9670-71b5b519971f');
INSERT INTO public.event_actors VALUES ('0b35b775-a103-4882-a524-44df6012d9f2', 'a6eb7361-43f9-48a3-9a7e-dc975de29533', 3, 'b4988350-e3da-416e-b2c2-ff4a29c41393');
INSERT INTO public.event_actors VALUES ('d4bb525f-3503-407d-a384-3f69485ebde1', 'a6eb7361-43f9-48a3-9a7e-dc975de29533', 4, '4fbcf1a7-d4ae-404f-8781-46774b3a622f');
INSERT INTO public.event_actors VALUES ('bbf4d47e-c068-438b-93e6-575c543f86eb', '6d7864ba-8678-4384-a1fe-e093493c9c21', 0, '3f730e9c-3f46-4569-98c6-0bc9463df695');
INSERT INTO public.event_actors VALUES ('46402724-6215-453d-821f-abbe64309d8d', '6d7864ba-8678-4384-a1fe-e093493c9c21', 1, '4f811958-2f45-4eeb-b8c1-858733fb0219');
INSERT INTO public.event_actors VALUES ('9d871001-cc28-4b37-b400-825fc53832c8', '6d7864ba-8678-4384-a1fe-e093493c9c21', 2, '99ca6170-c4c0-4578-9670-71b5b519971f');
INSERT INTO public.event_actors VALUES ('460e918d-7ab5-4f26-8bee-c774fbdda6af', 'a19f1f0f-1a7c-4ece-be46-520e39e317fd', 0, 'f8ddcb93-f1f5-4a81-9663-1c664d66395a');
INSERT INTO public.event_actors VALUES ('89c2cb31-0627-4a95-a58e-a08510a9a67d', 'a19f1f0f-1a7c-4ece-be46-520e39e317fd', 1, 'a63c6fe8-534e-40a4-9e9f-00d99723bb0f');
INSERT INTO public.event_actors VALUES ('914c8d69-5820-4a7c-9478-834630b0ffdc', 'a19f1f0f-1a7c-4ece-be46-520e39e317fd', 2, '3f730e9c-3f46-4569-98c6-0bc9463df695');
INSERT INTO public.event_actors VALUES ('c3c3b16e-da21-442a-a8cb-014efc0b972d', 'a19f1f0f-1a7c-4ece-be46-520e39e317fd', 3, '4f811958-2f45-4eeb-b8c1-858733fb0219');
INSERT INTO public.event_actors VALUES ('37026014-6f18-49c8-b2ff-6622becf3e52', 'a19f1f0f-1a7c-4ece-be46-520e39e317fd', 4, '99ca6170-c4c0-4578-9670-71b5b519971f');
INSERT INTO public.event_actors VALUES ('aa7cf2b1-d70d-4b1f-b5d1-82b311abc9a1', 'a19f1f0f-1a7c-4ece-be46-520e39e317fd', 5, '902fca61-5f30-41a7-ae92-dd4a1973f418');
INSERT INTO public.event_actors VALUES ('e86e08f7-d529-487b-81d8-0ad94e2e7b78', 'a19f1f0f-1a7c-4ece-be46-520e39e317fd', 6, 'a6165acb-12ad-42aa-a69f-dba56a0a3419');
INSERT INTO public.event_actors VALUES ('7a317c5e-a765-40a4-a63c-305a142e3ec4', 'a19f1f0f-1a7c-4ece-be46-520e39e317fd', 7, 'da45fede-c1de-4b44-8079-4a64d59bf34b');
INSERT INTO public.event_actors VALUES ('69ff2f09-6da4-4017-843e-1bcfd1bc5935', 'a19f1f0f-1a7c-4ece-be46-520e39e317fd', 8, '7c7197da-b8e5-417a-a31b-3a4df5b178b6');
INSERT INTO public.event_actors VALUES ('c604f4d1-5adc-4b35-822e-5a226cfa5056', '0b814668-37de-48d8-8113-735fe1278bf1', 0, '7c7197da-b8e5-417a-a31b-3a4df5b178b6');
INSERT INTO public.event_actors VALUES ('d624b459-5308-47bd-a728-66a91cebd541', '0b814668-37de-48d8-8113-735fe1278bf1', 1, 'd2946408-d4db-4aa3-b720-ff7917f6691c');
INSERT INTO public.event_actors VALUES ('d9103fb0-5f6a-4ef1-8a71-9f6a54d7d8c1', '0b814668-37de-48d8-8113-735fe1278bf1', 2, '902fca61-5f30-41a7-ae92-dd4a1973f418');
INSERT INTO public.event_actors VALUES ('e8157462-1732-4902-9912-2150ce8b1ded', '0b814668-37de-48d8-8113-735fe1278bf1', 3, 'a6165acb-12ad-42aa-a69f-dba56a0a3419');
INSERT INTO public.event_actors VALUES ('526fcf1d-fc17-422c-b98d-4b803ff3649d', '49bceddb-4e01-4f3f-90d8-d44c8a240f54', 0, '78929e45-5931-43b5-b293-f16b25efa3ce');
INSERT INTO public.event_actors VALUES ('5c5c6c3a-23a2-49e8-a3e6-3c202c03b433', '49bceddb-4e01-4f3f-90d8-d44c8a240f54', 1, '7d15b17f-afb4-419d-b2d6-3863feb62d28');
INSERT INTO public.event_actors VALUES ('abd3cccd-8ee2-418b-9274-1417bcf131f6', 'bc39e25e-de14-43c3-a99c-7b50f50a4f39', 0, '78929e45-5931-43b5-b293-f16b25efa3ce');
INSERT INTO public.event_actors VALUES ('c5140b2f-408b-4c9a-887a-c4839570f408', 'bc39e25e-de14-43c3-a99c-7b50f50a4f39', 1, '7d15b17f-afb4-419d-b2d6-3863feb62d28');
INSERT INTO public.event_actors VALUES ('fe5a1fd8-7da8-47af-b953-5c0d09f1326e', 'bc39e25e-de14-43c3-a99c-7b50f50a4f39', 2, '7314aed3-24d5-4e42-bff4-7dca2b7051d9');
INSERT INTO public.event_actors VALUES ('3fdefb23-cbd2-4dfc-9225-f9d95ceb429d', 'bc39e25e-de14-43c3-a99c-7b50f50a4f39', 3, '6f31a935-1fdb-4d30-8aec-9975ab04b805');
INSERT INTO public.event_actors VALUES ('e5543a0b-8761-446f-8657-1c4f62e08246', 'cba55aa6-3d46-4a5f-a954-c2e05ad0d592', 0, '6f31a935-1fdb-4d30-8aec-9975ab04b805');
INSERT INTO public.event_actors VALUES ('dfb7b683-4594-4957-a0a0-17c3991040cc', 'cba55aa6-3d46-4a5f-a954-c2e05ad0d592', 1, '7314aed3-24d5-4e42-bff4-7dca2b7051d9');
INSERT INTO public.event_actors VALUES ('960d3c37-ed81-479e-97ef-bfb8063e0b27', 'cba55aa6-3d46-4a5f-a954-c2e05ad0d592', 2, '78929e45-5931-43b5-b293-f16b25efa3ce');
INSERT INTO public.event_actors VALUES ('2951e6fd-199f-4b76-ad7a-8647d352c7fe', 'b6774e61-d34d-4999-abe6-62ca85921734', 0, 'db002841-e42e-4b76-945c-73e8ba48b687');
INSERT INTO public.event_actors VALUES ('b3dc0b76-9d6b-428e-b8fd-73e79fbd0886', 'b6774e61-d34d-4999-abe6-62ca85921734', 1, 'b8ac875c-4173-4038-955e-4d6ed488c527');
INSERT INTO public.event_actors VALUES ('29f73f36-afe2-4514-b4c2-524e7cdef288', '1ea9bb1d-1253-4519-9bbc-8c1254bfc3c8', 0, '44943601-5448-4a13-af28-6962e984d8c3');
INSERT INTO public.event_actors VALUES ('5f06075e-edd1-4a3f-9cef-18d55b6b1c88', '1ea9bb1d-1253-4519-9bbc-8c1254bfc3c8', 1, 'db002841-e42e-4b76-945c-73e8ba48b687');
INSERT INTO public.event_actors VALUES ('640a3216-ad08-4ce9-a802-5976128970ae', '1ea9bb1d-1253-4519-9bbc-8c1254bfc3c8', 2, '180e0498-95d0-446e-a8d3-38685b102c1c');


--
-- Data for Name: event_persons; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: handover_plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.handover_plans VALUES ('45c96c7d-13b6-46bc-bc59-aa8a17c88c59', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'b4988350-e3da-416e-b2c2-ff4a29c41393', '2000-01-15', '2002-01-01', NULL, 'CALICO and COTEX with IIRD as cluster development agent.', NULL, '2026-12-03 10:14:48.116187+00', '2026-12-03 10:14:48.116187+00');
INSERT INTO public.handover_plans VALUES ('3f6e1ba0-2f9d-48ce-97c4-8f174ec953a3', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '7808206d-3582-41d5-b080-79f90ce90ee6', '1999-09-01', '2002-01-01', 'Field worker of the foundation (illustrative)', 'Alianza Láctea progressively leads the cluster''s governance.', NULL, '2026-12-03 10:14:48.441332+00', '2026-12-03 10:14:48.441332+00');


--
-- Data for Name: improvement_actions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.improvement_actions VALUES ('4bf368d0-e3f8-45f3-a8d3-fe6dd54cff3e', '82a6c124-3997-4936-b667-e55510412d91', '573dcacf-c483-4588-a5ef-0f020a94d7ad', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-03 10:14:49.642855+00', '2026-12-03 10:14:49.642855+00');
INSERT INTO public.improvement_actions VALUES ('a7dda4f6-76a5-4d43-87d5-066caa27d5b2', '82a6c124-3997-4936-b667-e55510412d91', '573dcacf-c483-4588-a5ef-0f020a94d7ad', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'in_progress', '2026-12-03 10:14:49.648182+00', '2026-12-03 10:14:49.648182+00');
INSERT INTO public.improvement_actions VALUES ('c6644dab-c8e9-490f-b763-9eac7ede6903', '82a6c124-3997-4936-b667-e55510412d91', '573dcacf-c483-4588-a5ef-0f020a94d7ad', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'planned', '2026-12-03 10:14:49.653647+00', '2026-12-03 10:14:49.653647+00');
INSERT INTO public.improvement_actions VALUES ('dd78d0e2-6229-45a8-b545-8832c6fa895a', '82a6c124-3997-4936-b667-e55510412d91', '573dcacf-c483-4588-a5ef-0f020a94d7ad', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'planned', '2026-12-03 10:14:49.659096+00', '2026-12-03 10:14:49.659096+00');
INSERT INTO public.improvement_actions VALUES ('695b038b-96db-4083-b4c4-1df0be0dc8af', '82a6c124-3997-4936-b667-e55510412d91', '573dcacf-c483-4588-a5ef-0f020a94d7ad', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-03 10:14:49.664741+00', '2026-12-03 10:14:49.664741+00');
INSERT INTO public.improvement_actions VALUES ('3ebbcdc8-1632-4fb5-8755-110d372c7c5d', '82a6c124-3997-4936-b667-e55510412d91', '931ced52-d993-4750-a930-e10f587ab274', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-03 10:14:49.675961+00', '2026-12-03 10:14:49.675961+00');
INSERT INTO public.improvement_actions VALUES ('5011e2c9-5ba9-47f4-b472-b2cf62f6d0ad', '82a6c124-3997-4936-b667-e55510412d91', '931ced52-d993-4750-a930-e10f587ab274', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'in_progress', '2026-12-03 10:14:49.681687+00', '2026-12-03 10:14:49.681687+00');
INSERT INTO public.improvement_actions VALUES ('22e6ba32-781d-4ed6-8071-37af9c984b0b', '82a6c124-3997-4936-b667-e55510412d91', '931ced52-d993-4750-a930-e10f587ab274', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'planned', '2026-12-03 10:14:49.687411+00', '2026-12-03 10:14:49.687411+00');
INSERT INTO public.improvement_actions VALUES ('f7932639-740d-4957-a9a3-4083a6373c0f', '82a6c124-3997-4936-b667-e55510412d91', '931ced52-d993-4750-a930-e10f587ab274', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'planned', '2026-12-03 10:14:49.69315+00', '2026-12-03 10:14:49.69315+00');
INSERT INTO public.improvement_actions VALUES ('49ecc8ca-88cb-485b-8a8b-fbdf8dd6c3fb', '82a6c124-3997-4936-b667-e55510412d91', '931ced52-d993-4750-a930-e10f587ab274', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-03 10:14:49.698292+00', '2026-12-03 10:14:49.698292+00');
INSERT INTO public.improvement_actions VALUES ('0cfc4c2f-44d6-46dc-a7d3-5942ae9cabe1', '82a6c124-3997-4936-b667-e55510412d91', '74957dd4-223c-4853-9807-601e64903118', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-03 10:14:49.708689+00', '2026-12-03 10:14:49.708689+00');
INSERT INTO public.improvement_actions VALUES ('b7285233-c0cb-42c0-a981-00e023997398', '82a6c124-3997-4936-b667-e55510412d91', '74957dd4-223c-4853-9807-601e64903118', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'in_progress', '2026-12-03 10:14:49.714525+00', '2026-12-03 10:14:49.714525+00');
INSERT INTO public.improvement_actions VALUES ('98aa7a93-7ff4-42f6-bbb3-044794cceed2', '82a6c124-3997-4936-b667-e55510412d91', '74957dd4-223c-4853-9807-601e64903118', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'planned', '2026-12-03 10:14:49.719669+00', '2026-12-03 10:14:49.719669+00');
INSERT INTO public.improvement_actions VALUES ('ea811a75-2e33-4f64-a8be-c48a81083e5b', '82a6c124-3997-4936-b667-e55510412d91', '74957dd4-223c-4853-9807-601e64903118', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'planned', '2026-12-03 10:14:49.724323+00', '2026-12-03 10:14:49.724323+00');
INSERT INTO public.improvement_actions VALUES ('7c96d1be-c2be-473e-aada-fdf62ea15427', '82a6c124-3997-4936-b667-e55510412d91', '74957dd4-223c-4853-9807-601e64903118', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-03 10:14:49.728792+00', '2026-12-03 10:14:49.728792+00');
INSERT INTO public.improvement_actions VALUES ('637959bf-914e-4d32-a10e-88c9c853c1b3', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '2564de98-e64d-4376-8c5a-ff2ecb99b464', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-03 10:14:49.76888+00', '2026-12-03 10:14:49.76888+00');
INSERT INTO public.improvement_actions VALUES ('6603cd03-c064-4932-86bd-cd8f5ff07c4b', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '2564de98-e64d-4376-8c5a-ff2ecb99b464', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'done', '2026-12-03 10:14:49.773384+00', '2026-12-03 10:14:49.773384+00');
INSERT INTO public.improvement_actions VALUES ('fff54f1c-072d-43bd-b5fb-840356ef0914', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '2564de98-e64d-4376-8c5a-ff2ecb99b464', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'done', '2026-12-03 10:14:49.777793+00', '2026-12-03 10:14:49.777793+00');
INSERT INTO public.improvement_actions VALUES ('68bc667c-223c-4a63-b714-70a9421de4b1', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '2564de98-e64d-4376-8c5a-ff2ecb99b464', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'done', '2026-12-03 10:14:49.782185+00', '2026-12-03 10:14:49.782185+00');
INSERT INTO public.improvement_actions VALUES ('86c8bd16-e3f6-4e4a-a744-606b027608c8', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '2564de98-e64d-4376-8c5a-ff2ecb99b464', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-03 10:14:49.786632+00', '2026-12-03 10:14:49.786632+00');
INSERT INTO public.improvement_actions VALUES ('6ab544c7-2452-47f8-94ea-5c664d09a56c', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '8a946ad8-a78f-4418-89b1-443572cb27cf', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-03 10:14:49.795435+00', '2026-12-03 10:14:49.795435+00');
INSERT INTO public.improvement_actions VALUES ('4dc8a420-90ae-4324-9ada-61d2a40371b1', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '8a946ad8-a78f-4418-89b1-443572cb27cf', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'done', '2026-12-03 10:14:49.800088+00', '2026-12-03 10:14:49.800088+00');
INSERT INTO public.improvement_actions VALUES ('aee37e5a-c55a-4947-9c6b-5f1391ddd68b', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '8a946ad8-a78f-4418-89b1-443572cb27cf', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'done', '2026-12-03 10:14:49.804912+00', '2026-12-03 10:14:49.804912+00');
INSERT INTO public.improvement_actions VALUES ('af4e4b84-34c8-423f-92c0-54518061c034', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '8a946ad8-a78f-4418-89b1-443572cb27cf', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'done', '2026-12-03 10:14:49.809778+00', '2026-12-03 10:14:49.809778+00');
INSERT INTO public.improvement_actions VALUES ('cb5af538-9536-4b53-8679-332b5dbf82d2', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '8a946ad8-a78f-4418-89b1-443572cb27cf', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-03 10:14:49.815686+00', '2026-12-03 10:14:49.815686+00');
INSERT INTO public.improvement_actions VALUES ('7b508346-5503-4af2-93c7-6e311c84b294', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '022e9a43-328e-4555-b1b4-664e90f834b3', 'training', 'Leadership, teamwork and planning course', 'Owner of the firm', '1999-10-01', '1999-10-31', 800, 'donors', 'done', '2026-12-03 10:14:49.828581+00', '2026-12-03 10:14:49.828581+00');
INSERT INTO public.improvement_actions VALUES ('8511bb8b-ffa8-4fae-96a2-bce5d95d24b4', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '022e9a43-328e-4555-b1b4-664e90f834b3', 'process_layout', 'New layout of the workshop', 'Owner of the firm', '1999-11-01', '1999-12-15', NULL, NULL, 'done', '2026-12-03 10:14:49.833486+00', '2026-12-03 10:14:49.833486+00');
INSERT INTO public.improvement_actions VALUES ('ac3485ca-6b16-471f-8025-010aa5e27c45', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '022e9a43-328e-4555-b1b4-664e90f834b3', 'inventory', 'Stock of materials reduced to two weeks', 'Owner of the firm', '1999-12-01', '2000-01-31', NULL, NULL, 'done', '2026-12-03 10:14:49.838652+00', '2026-12-03 10:14:49.838652+00');
INSERT INTO public.improvement_actions VALUES ('ea9cebbd-ba70-464b-b6c6-96910d8a25ac', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '022e9a43-328e-4555-b1b4-664e90f834b3', 'total_quality', 'Batch checks before shipping', 'Owner of the firm', '2000-01-15', '2000-02-28', NULL, NULL, 'done', '2026-12-03 10:14:49.844187+00', '2026-12-03 10:14:49.844187+00');
INSERT INTO public.improvement_actions VALUES ('2fb8431f-e63c-4731-824d-d3b09d15b6cc', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '022e9a43-328e-4555-b1b4-664e90f834b3', 'investment', 'Small equipment', 'Owner of the firm', '2000-03-01', '2000-03-31', 3000, 'recipient', 'planned', '2026-12-03 10:14:49.849504+00', '2026-12-03 10:14:49.849504+00');


--
-- Data for Name: improvement_plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.improvement_plans VALUES ('573dcacf-c483-4588-a5ef-0f020a94d7ad', '82a6c124-3997-4936-b667-e55510412d91', 'eb25135f-1d7a-4f84-ba62-6c2f4d0721c2', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-03 10:14:49.637108+00', '2026-12-03 10:14:49.637108+00');
INSERT INTO public.improvement_plans VALUES ('931ced52-d993-4750-a930-e10f587ab274', '82a6c124-3997-4936-b667-e55510412d91', 'accfa509-39fb-4c18-83a3-eddf21836daa', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-03 10:14:49.669892+00', '2026-12-03 10:14:49.669892+00');
INSERT INTO public.improvement_plans VALUES ('74957dd4-223c-4853-9807-601e64903118', '82a6c124-3997-4936-b667-e55510412d91', '042ad63d-a2fc-464c-a3d0-deb9b3be4b78', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-03 10:14:49.702814+00', '2026-12-03 10:14:49.702814+00');
INSERT INTO public.improvement_plans VALUES ('2564de98-e64d-4376-8c5a-ff2ecb99b464', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '1d6199fd-9a06-4f57-8a7c-e8f1caa1ad24', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-03 10:14:49.76434+00', '2026-12-03 10:14:49.76434+00');
INSERT INTO public.improvement_plans VALUES ('8a946ad8-a78f-4418-89b1-443572cb27cf', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '5381964b-1be3-44b1-99c4-7ec033d9a84a', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-03 10:14:49.790986+00', '2026-12-03 10:14:49.790986+00');
INSERT INTO public.improvement_plans VALUES ('022e9a43-328e-4555-b1b4-664e90f834b3', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '180b0e08-897f-4e53-8b51-8a91c2845f03', '1999-10-01', '2000-03-31', 'Deliver on time
Halve rejected batches', '2026-12-03 10:14:49.823742+00', '2026-12-03 10:14:49.823742+00');


--
-- Data for Name: indicator_dimensions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.indicator_dimensions VALUES ('422ef1b4-0b46-4812-91b4-cdd07cba88ab', '491b38d0-84fa-43a8-a446-e87288c4e1d8', 0, 'e59ca791-131c-46d3-9000-3523930a6560');
INSERT INTO public.indicator_dimensions VALUES ('f380512d-2535-42ed-a88b-576cb6038581', '0d78733f-3af4-4a95-9943-b87db8e4e53c', 0, '12ece17f-90be-4766-a04c-f26f2234c31f');
INSERT INTO public.indicator_dimensions VALUES ('78524622-d5f5-4bb8-8e7d-bdfcf312d01e', '217ec8f2-3ee8-4642-b329-343a61a923e2', 0, 'e59ca791-131c-46d3-9000-3523930a6560');
INSERT INTO public.indicator_dimensions VALUES ('b3bfecee-0a9e-4194-abaf-e4322a0d59df', 'a63e6c33-b507-4234-87fd-6f0a4fcfd32c', 0, '05916554-db31-4e96-9213-585c06216702');


--
-- Data for Name: indicators; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.indicators VALUES ('491b38d0-84fa-43a8-a446-e87288c4e1d8', 'Employment', 'workers', 'count', 'firm', 'higher', 'People working in the firm, owners included, at the date of the measurement.', 'Core SME indicator', '2026-12-03 10:14:47.012561+00', '2026-12-03 10:14:47.012561+00', 'employment  people working in the firm, owners included, at the date of the measurement.  core sme indicator', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('94d28b1a-5efa-4535-84ac-0070adf361c9', 'Sales', 'USD per year', 'amount', 'firm', 'higher', 'The firm''s turnover over the twelve months before the measurement.', 'Core SME indicator', '2026-12-03 10:14:47.018019+00', '2026-12-03 10:14:47.018019+00', 'sales  the firm''s turnover over the twelve months before the measurement.  core sme indicator', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('14b0c76c-7d35-40d5-96bf-ef0c381e99d1', 'Export sales', 'USD per year', 'amount', 'firm', 'higher', 'The part of the firm''s sales sold abroad over the twelve months before the measurement.', 'Core SME indicator', '2026-12-03 10:14:47.020477+00', '2026-12-03 10:14:47.020477+00', 'export sales  the part of the firm''s sales sold abroad over the twelve months before the measurement.  core sme indicator', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('a1e9900c-1118-4684-9380-5a86aa4dd657', 'New products or services', 'products', 'count', 'firm', 'higher', 'Products or services the firm brought to market since the one measurement before.', 'Core SME indicator', '2026-12-03 10:14:47.023006+00', '2026-12-03 10:14:47.023006+00', 'new products or services  products or services the firm brought to market since the one measurement before.  core sme indicator', 'cumulative', 'accepted');
INSERT INTO public.indicators VALUES ('57283c0c-f701-4a7e-baad-e898a6ae4ce2', 'Certifications held', 'certifications', 'count', 'firm', 'higher', 'Quality, environmental or product certifications the firm holds at the date (ISO 9001, organic, HACCP…).', 'Core SME indicator', '2026-12-03 10:14:47.025379+00', '2026-12-03 10:14:47.025379+00', 'certifications held  quality, environmental or product certifications the firm holds at the date (iso 9001, organic, haccp…).  core sme indicator', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('8e3282e1-2b81-463e-a42e-fa703a7cac2b', 'Investment', 'USD', 'amount', 'firm', 'higher', 'Investment in equipment, premises and technology since the one measurement before.', 'Core SME indicator', '2026-12-03 10:14:47.027798+00', '2026-12-03 10:14:47.027798+00', 'investment  investment in equipment, premises and technology since the one measurement before.  core sme indicator', 'cumulative', 'accepted');
INSERT INTO public.indicators VALUES ('01a40355-61a7-4db6-a29b-70a7aa1056d8', 'Association membership', 'members', 'count', 'network', 'higher', 'Firms or artisans who are paying members of the association or network.', 'Core SME indicator', '2026-12-03 10:14:47.030159+00', '2026-12-03 10:14:47.030159+00', 'association membership  firms or artisans who are paying members of the association or network.  core sme indicator', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('6d7b2971-13c9-4f42-9229-d861ff4cb747', 'Firms exporting', 'firms', 'count', 'network', 'higher', 'Member firms that exported in the year.', 'Core SME indicator', '2026-12-03 10:14:47.032901+00', '2026-12-03 10:14:47.032901+00', 'firms exporting  member firms that exported in the year.  core sme indicator', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('0d78733f-3af4-4a95-9943-b87db8e4e53c', 'Members using the network''s services', 'firms', 'count', 'network', 'higher', 'Member firms that used at least one service of the network or association in the year.', 'Core SME indicator', '2026-12-03 10:14:47.036682+00', '2026-12-03 10:14:47.036682+00', 'members using the network''s services  member firms that used at least one service of the network or association in the year.  core sme indicator', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('2edc2359-4f65-45f1-9fbf-72500cb753a6', 'Service fees collected', 'USD per year', 'amount', 'network', 'higher', 'Fees the network or association collected for its services in the year.', 'Core SME indicator', '2026-12-03 10:14:47.040399+00', '2026-12-03 10:14:47.040399+00', 'service fees collected  fees the network or association collected for its services in the year.  core sme indicator', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('217ec8f2-3ee8-4642-b329-343a61a923e2', 'People trained', 'people', 'count', 'project', 'higher', 'People who completed a training course of the programme.', 'Core SME indicator', '2026-12-03 10:14:47.044149+00', '2026-12-03 10:14:47.044149+00', 'people trained  people who completed a training course of the programme.  core sme indicator', 'cumulative', 'accepted');
INSERT INTO public.indicators VALUES ('c2f877ec-ece4-4f2d-b635-bdda9d1c779a', 'Trainees employed', '%', 'percent', 'cluster', 'higher', 'Share of trainees who found employment in the cluster after the course: record those employed as numerator and those who finished as denominator.', 'Core SME indicator', '2026-12-03 10:14:47.0481+00', '2026-12-03 10:14:47.0481+00', 'trainees employed  share of trainees who found employment in the cluster after the course: record those employed as numerator and those who finished as denominator.  core sme indicator', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('c49afc25-9409-4f51-a03e-f4623d31a37b', 'Average milk-to-cheese yield', 'kg cheese per 100 l milk', 'quantity', 'firm', 'higher', 'Cheese obtained from 100 litres of milk, averaged over the firm''s production.', 'Boaco/Chontales: average increase of yields equivalent to 25 %', '2026-12-03 10:14:47.062735+00', '2026-12-03 10:14:47.062735+00', 'average milk-to-cheese yield  cheese obtained from 100 litres of milk, averaged over the firm''s production.  boaco/chontales: average increase of yields equivalent to 25 %', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('4cece83c-2768-4f05-bed7-4de83b7ee465', 'Waste-water pollution load', 'kg BOD per day', 'quantity', 'cluster', 'lower', 'Organic load of residual water discharged by the cluster''s processors.', 'Boaco/Chontales: pollution of residual water reduced by up to 70 %', '2026-12-03 10:14:47.066351+00', '2026-12-03 10:14:47.066351+00', 'waste-water pollution load  organic load of residual water discharged by the cluster''s processors.  boaco/chontales: pollution of residual water reduced by up to 70 %', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('0c1d1e1a-6864-458c-9e51-edf14ff29049', 'New products launched', 'products', 'count', 'cluster', 'higher', 'New product types brought to market since the baseline.', 'Boaco/Chontales: five new types of cheese launched', '2026-12-03 10:14:47.069779+00', '2026-12-03 10:14:47.069779+00', 'new products launched  new product types brought to market since the baseline.  boaco/chontales: five new types of cheese launched', 'cumulative', 'accepted');
INSERT INTO public.indicators VALUES ('a63e6c33-b507-4234-87fd-6f0a4fcfd32c', 'Women trained', 'women', 'count', 'cluster', 'higher', 'Women who completed a training course for the cluster''s firms.', 'Ludhiana: more than 110 women trained at the Government Polytechnic for Women', '2026-12-03 10:14:47.074114+00', '2026-12-03 10:14:47.074114+00', 'women trained  women who completed a training course for the cluster''s firms.  ludhiana: more than 110 women trained at the government polytechnic for women', 'cumulative', 'accepted');
INSERT INTO public.indicators VALUES ('8e1ebd1f-22d3-4052-98b1-e00f5e0cc99b', 'Exports', 'USD per year', 'amount', 'cluster', 'higher', 'Value of the cluster''s exports in a year.', 'Tirupur: over 650 million US dollars of cotton hosiery exported in 1999', '2026-12-03 10:14:47.078648+00', '2026-12-03 10:14:47.078648+00', 'exports  value of the cluster''s exports in a year.  tirupur: over 650 million us dollars of cotton hosiery exported in 1999', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('82c0ef19-31e6-459e-a4d6-29a342b02165', 'Cycle time', 'days', 'quantity', 'firm', 'lower', 'Days from the order to the finished product.', 'Nicaragua supplier development: process and layout changes to cut cycle time', '2026-12-03 10:14:47.082244+00', '2026-12-03 10:14:47.082244+00', 'cycle time  days from the order to the finished product.  nicaragua supplier development: process and layout changes to cut cycle time', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('403acdda-d1a5-4011-80db-af81345116b7', 'Inventory days', 'days', 'quantity', 'firm', 'lower', 'Days of production the stock of materials and products covers.', 'Nicaragua supplier development: inventory reduction', '2026-12-03 10:14:47.085736+00', '2026-12-03 10:14:47.085736+00', 'inventory days  days of production the stock of materials and products covers.  nicaragua supplier development: inventory reduction', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('fa508efb-7e54-4b9c-84ef-135e7cd75152', 'Defect rate', '%', 'percent', 'firm', 'lower', 'Share of units rejected by quality control or by the client.', 'Nicaragua supplier development: total quality systems', '2026-12-03 10:14:47.089141+00', '2026-12-03 10:14:47.089141+00', 'defect rate  share of units rejected by quality control or by the client.  nicaragua supplier development: total quality systems', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('244c71ec-59c3-4d0c-b4b6-fcdcc7abd6ab', 'On-time delivery', '%', 'percent', 'firm', 'higher', 'Share of deliveries on the agreed day.', 'Nicaragua supplier development: delivery reliability', '2026-12-03 10:14:47.092875+00', '2026-12-03 10:14:47.092875+00', 'on-time delivery  share of deliveries on the agreed day.  nicaragua supplier development: delivery reliability', 'level', 'accepted');
INSERT INTO public.indicators VALUES ('6f54f17a-dca9-4421-afe3-8dedc0c66041', 'Unit cost', 'USD', 'amount', 'firm', 'lower', 'Cost of producing one unit of the main product.', 'Nicaragua supplier development: process changes to cut cost', '2026-12-03 10:14:47.096673+00', '2026-12-03 10:14:47.096673+00', 'unit cost  cost of producing one unit of the main product.  nicaragua supplier development: process changes to cut cost', 'level', 'accepted');


--
-- Data for Name: joint_project_participants; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.joint_project_participants VALUES ('22fe980b-f778-410e-b097-471d46aac5b5', '53454460-f200-459d-ade0-3e1163a5c3e3', 0, 'cd675289-f40a-4aec-a409-f481bb904477');
INSERT INTO public.joint_project_participants VALUES ('6d2d1aed-a424-40f3-853f-fa3b53bf1f25', '53454460-f200-459d-ade0-3e1163a5c3e3', 1, 'f63599c3-5f99-4af1-968e-85b25d6a69a1');
INSERT INTO public.joint_project_participants VALUES ('9baf575f-840e-4375-ab4c-7c82864ad815', '53454460-f200-459d-ade0-3e1163a5c3e3', 2, 'ea86d60e-1dcf-428e-97ad-f0c34ae84fb6');
INSERT INTO public.joint_project_participants VALUES ('2126e7ea-7d73-4b2b-b600-9a81a5cfbb7d', '53454460-f200-459d-ade0-3e1163a5c3e3', 3, 'b01d653b-d71a-4c9a-b5fc-cd9450120c08');
INSERT INTO public.joint_project_participants VALUES ('1f2ae57e-cbb8-4997-aa48-cbf771064137', '53454460-f200-459d-ade0-3e1163a5c3e3', 4, '652544f4-7eb2-4c99-8557-d160478ea120');
INSERT INTO public.joint_project_participants VALUES ('b8dd5b39-554e-4cf3-904a-ce559796a249', '53454460-f200-459d-ade0-3e1163a5c3e3', 5, '4ef52c47-faf3-4f74-91e7-9caa1bd42740');
INSERT INTO public.joint_project_participants VALUES ('5ca1fa54-a553-4523-956e-693dba883ac9', '53454460-f200-459d-ade0-3e1163a5c3e3', 6, '7fbdbf02-e757-46bc-ba9b-4850c6944df9');
INSERT INTO public.joint_project_participants VALUES ('aaaec115-be14-42ce-ad3f-38555a97ead1', '53454460-f200-459d-ade0-3e1163a5c3e3', 7, 'd1ab2935-e2a3-4c21-baef-ba323f6f6704');
INSERT INTO public.joint_project_participants VALUES ('4bf468e6-29c9-490e-ae3a-f96b7f8385fe', '53454460-f200-459d-ade0-3e1163a5c3e3', 8, '363cf55c-3c66-4cd9-8d3c-d0c2d27d9cdf');
INSERT INTO public.joint_project_participants VALUES ('444186b3-8e89-4f6d-b71c-a703d787bfa5', '53454460-f200-459d-ade0-3e1163a5c3e3', 9, 'a22dca25-ab0b-446f-9192-b4d212e6b592');
INSERT INTO public.joint_project_participants VALUES ('c4755738-5e2b-4f38-b225-890fe68e1b04', '53454460-f200-459d-ade0-3e1163a5c3e3', 10, 'e5c4c327-9e3f-4e4c-82d7-eeebc137bbc0');
INSERT INTO public.joint_project_participants VALUES ('c5bf8c63-1038-433c-b741-fedfe69db594', '53454460-f200-459d-ade0-3e1163a5c3e3', 11, 'd36b6d2b-598f-484e-abdd-4e9cc7fa250c');
INSERT INTO public.joint_project_participants VALUES ('890ddc89-7540-4780-a922-b6da870d39e8', '53454460-f200-459d-ade0-3e1163a5c3e3', 12, 'e0d3ac34-05d1-4da3-b9c1-64553385d33a');
INSERT INTO public.joint_project_participants VALUES ('da79e569-5463-4de8-8231-ef5553bddd6c', '53454460-f200-459d-ade0-3e1163a5c3e3', 13, '01d443c2-0859-4256-8ccd-d7f9975180f2');
INSERT INTO public.joint_project_participants VALUES ('f3b6bef2-7079-4f59-a950-3176f2e13e26', '53454460-f200-459d-ade0-3e1163a5c3e3', 14, '57a4fd52-9520-4d1c-8fb7-be46064f1687');
INSERT INTO public.joint_project_participants VALUES ('20bcb35a-6c9d-4567-a6a2-913b238f1750', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 0, 'cd675289-f40a-4aec-a409-f481bb904477');
INSERT INTO public.joint_project_participants VALUES ('16513d56-78f2-4a18-9658-89878517aa62', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 1, 'f63599c3-5f99-4af1-968e-85b25d6a69a1');
INSERT INTO public.joint_project_participants VALUES ('0ca3a9e9-fe97-4e89-8a55-58220e66c856', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 2, 'ea86d60e-1dcf-428e-97ad-f0c34ae84fb6');
INSERT INTO public.joint_project_participants VALUES ('3a8d5a30-3306-4bb7-b3e9-96fb0b50c09d', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 3, 'b01d653b-d71a-4c9a-b5fc-cd9450120c08');
INSERT INTO public.joint_project_participants VALUES ('7ddd1342-8bac-460c-9a88-370bf77c9306', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 4, '652544f4-7eb2-4c99-8557-d160478ea120');
INSERT INTO public.joint_project_participants VALUES ('cc85bd39-cf58-4b34-a03d-72342c6768e9', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 5, '4ef52c47-faf3-4f74-91e7-9caa1bd42740');
INSERT INTO public.joint_project_participants VALUES ('af6d65ce-20da-43c9-8dde-7e1a8dcc4fbf', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 6, '7fbdbf02-e757-46bc-ba9b-4850c6944df9');
INSERT INTO public.joint_project_participants VALUES ('ad635b49-28be-424d-b5b9-3dd280e307ca', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 7, 'd1ab2935-e2a3-4c21-baef-ba323f6f6704');
INSERT INTO public.joint_project_participants VALUES ('d41bbc4c-dd75-4c56-938c-4d07c7c75244', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 8, '363cf55c-3c66-4cd9-8d3c-d0c2d27d9cdf');
INSERT INTO public.joint_project_participants VALUES ('23a0b414-7d00-4164-827f-825d05342f09', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 9, 'a22dca25-ab0b-446f-9192-b4d212e6b592');
INSERT INTO public.joint_project_participants VALUES ('93e533f2-c661-4c95-beff-58b9df6910cd', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 10, 'e5c4c327-9e3f-4e4c-82d7-eeebc137bbc0');
INSERT INTO public.joint_project_participants VALUES ('f92e2d8d-ebd7-4b42-bb7a-26cab0fbb3a1', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 11, 'd36b6d2b-598f-484e-abdd-4e9cc7fa250c');
INSERT INTO public.joint_project_participants VALUES ('2bcb2914-caac-4405-aee9-0182e70671d2', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 12, 'e0d3ac34-05d1-4da3-b9c1-64553385d33a');
INSERT INTO public.joint_project_participants VALUES ('6fdd1153-7103-408d-81d0-e96d018c2103', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 13, '01d443c2-0859-4256-8ccd-d7f9975180f2');
INSERT INTO public.joint_project_participants VALUES ('884a0a2e-f544-4f31-81f8-e95e361580f7', '61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 14, '57a4fd52-9520-4d1c-8fb7-be46064f1687');
INSERT INTO public.joint_project_participants VALUES ('dcbaf512-2cec-4131-a679-c70508e7bd8f', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 0, 'cd675289-f40a-4aec-a409-f481bb904477');
INSERT INTO public.joint_project_participants VALUES ('54883a28-b272-4219-b26e-04690e2182bb', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 1, 'f63599c3-5f99-4af1-968e-85b25d6a69a1');
INSERT INTO public.joint_project_participants VALUES ('af4b5991-325a-4c16-a009-2703588e09a7', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 2, 'ea86d60e-1dcf-428e-97ad-f0c34ae84fb6');
INSERT INTO public.joint_project_participants VALUES ('51748f2b-27d8-4deb-904b-ea42f39b6bf9', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 3, 'b01d653b-d71a-4c9a-b5fc-cd9450120c08');
INSERT INTO public.joint_project_participants VALUES ('e28c2c3b-9f33-451d-99ad-4dc68045078a', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 4, '652544f4-7eb2-4c99-8557-d160478ea120');
INSERT INTO public.joint_project_participants VALUES ('ea8bff1e-58b1-4b96-bf08-356ba9bc8da3', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 5, '4ef52c47-faf3-4f74-91e7-9caa1bd42740');
INSERT INTO public.joint_project_participants VALUES ('8c378877-73ea-42c0-8d70-165fe1633217', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 6, '7fbdbf02-e757-46bc-ba9b-4850c6944df9');
INSERT INTO public.joint_project_participants VALUES ('c3f6568a-0c8c-4934-9d35-80dc599ce32d', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 7, 'd1ab2935-e2a3-4c21-baef-ba323f6f6704');
INSERT INTO public.joint_project_participants VALUES ('1de36061-0c53-4733-b081-0541e8bbd440', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 8, '363cf55c-3c66-4cd9-8d3c-d0c2d27d9cdf');
INSERT INTO public.joint_project_participants VALUES ('c4c301a1-3a4b-480d-b805-e7b0c355762c', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 9, 'a22dca25-ab0b-446f-9192-b4d212e6b592');
INSERT INTO public.joint_project_participants VALUES ('c82b6002-a635-4460-b747-675d86effb2f', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 10, 'e5c4c327-9e3f-4e4c-82d7-eeebc137bbc0');
INSERT INTO public.joint_project_participants VALUES ('1ac2da84-eac8-4d5e-8052-4f26f2af0a76', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 11, 'd36b6d2b-598f-484e-abdd-4e9cc7fa250c');
INSERT INTO public.joint_project_participants VALUES ('af0fba8f-9217-4c1e-b70c-af34c43fa716', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 12, 'e0d3ac34-05d1-4da3-b9c1-64553385d33a');
INSERT INTO public.joint_project_participants VALUES ('9b0b9000-a873-40fc-90c1-7ee762c93f65', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 13, '01d443c2-0859-4256-8ccd-d7f9975180f2');
INSERT INTO public.joint_project_participants VALUES ('75282a72-7f65-476d-a7ac-9385ce4bf92b', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 14, '57a4fd52-9520-4d1c-8fb7-be46064f1687');
INSERT INTO public.joint_project_participants VALUES ('f9f9746d-9aee-465e-ad42-41da14effb43', '86400e1c-3382-4ab1-829e-d855e7fc6535', 0, 'cd675289-f40a-4aec-a409-f481bb904477');
INSERT INTO public.joint_project_participants VALUES ('e506044e-e82d-44bf-a76e-0f75bb0063d7', '86400e1c-3382-4ab1-829e-d855e7fc6535', 1, 'f63599c3-5f99-4af1-968e-85b25d6a69a1');
INSERT INTO public.joint_project_participants VALUES ('efe7004b-a8a4-4878-8d9a-be2356a039e3', '86400e1c-3382-4ab1-829e-d855e7fc6535', 2, 'ea86d60e-1dcf-428e-97ad-f0c34ae84fb6');
INSERT INTO public.joint_project_participants VALUES ('37d25e17-2be6-4e4b-892c-92c7e316cb4b', '86400e1c-3382-4ab1-829e-d855e7fc6535', 3, 'b01d653b-d71a-4c9a-b5fc-cd9450120c08');
INSERT INTO public.joint_project_participants VALUES ('a6aec3df-7edf-47fc-8224-c197176b159b', '86400e1c-3382-4ab1-829e-d855e7fc6535', 4, '652544f4-7eb2-4c99-8557-d160478ea120');
INSERT INTO public.joint_project_participants VALUES ('f1075810-150a-4152-b5fd-aaefeb76c788', '86400e1c-3382-4ab1-829e-d855e7fc6535', 5, '4ef52c47-faf3-4f74-91e7-9caa1bd42740');
INSERT INTO public.joint_project_participants VALUES ('ebc6de74-aa34-41e5-8da6-f53555e3ac53', '86400e1c-3382-4ab1-829e-d855e7fc6535', 6, '7fbdbf02-e757-46bc-ba9b-4850c6944df9');
INSERT INTO public.joint_project_participants VALUES ('912c1462-9c4f-4f6f-9746-5e22cec3f3da', '86400e1c-3382-4ab1-829e-d855e7fc6535', 7, 'd1ab2935-e2a3-4c21-baef-ba323f6f6704');
INSERT INTO public.joint_project_participants VALUES ('c43a6899-d12e-471b-beb7-129eb0a56c18', '86400e1c-3382-4ab1-829e-d855e7fc6535', 8, '363cf55c-3c66-4cd9-8d3c-d0c2d27d9cdf');
INSERT INTO public.joint_project_participants VALUES ('65f2b0c6-12d5-4ad4-915a-6add214b7b46', '86400e1c-3382-4ab1-829e-d855e7fc6535', 9, 'a22dca25-ab0b-446f-9192-b4d212e6b592');
INSERT INTO public.joint_project_participants VALUES ('b29d865b-52e5-4b0c-a18b-4ff5c3fcf6f9', '86400e1c-3382-4ab1-829e-d855e7fc6535', 10, 'e5c4c327-9e3f-4e4c-82d7-eeebc137bbc0');
INSERT INTO public.joint_project_participants VALUES ('b76bc6d1-7fef-4ad4-a300-c5abf5244295', '86400e1c-3382-4ab1-829e-d855e7fc6535', 11, 'd36b6d2b-598f-484e-abdd-4e9cc7fa250c');


--
-- Data for Name: joint_projects; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.joint_projects VALUES ('53454460-f200-459d-ade0-3e1163a5c3e3', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'Shared input shop', 'pilot', 'input_shop', '1998-08-01', '1999-03-31', 'completed', NULL, 'Glue, varnish and tools bought for all at wholesale prices.', '2026-12-03 10:14:48.821618+00', '2026-12-03 10:14:48.821618+00');
INSERT INTO public.joint_projects VALUES ('61c3bd9f-a81d-47bb-b89a-3e9282a9ea60', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'Bulk wood purchasing', 'pilot', 'bulk_purchasing', '1998-10-01', '1999-06-30', 'completed', NULL, 'Wood bought by the truckload for the group.', '2026-12-03 10:14:48.835496+00', '2026-12-03 10:14:48.835496+00');
INSERT INTO public.joint_projects VALUES ('f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'Common catalogue', 'strategic', 'catalogue_or_brand', '1999-10-01', '2000-05-31', 'completed', NULL, NULL, '2026-12-03 10:14:48.873502+00', '2026-12-03 10:14:48.873502+00');
INSERT INTO public.joint_projects VALUES ('86400e1c-3382-4ab1-829e-d855e7fc6535', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'Exports of three rocking-chair models to the United Kingdom', 'strategic', 'joint_export', '2000-03-01', '2000-11-30', 'completed', NULL, 'Three models of rocking chairs exported to the UK.', '2026-12-03 10:14:48.886121+00', '2026-12-03 10:14:48.886121+00');
INSERT INTO public.joint_projects VALUES ('798bef88-0e3d-49cc-baa9-78225c2ab3a4', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'Wood selling point', 'strategic', 'selling_point', '2001-06-01', NULL, 'planned', NULL, NULL, '2026-12-03 10:14:48.891821+00', '2026-12-03 10:14:48.891821+00');
INSERT INTO public.joint_projects VALUES ('e6e950d8-9e81-45b0-abdb-f1ca58a91955', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'Shared workplace', 'strategic', 'shared_workshop', '2001-06-01', NULL, 'planned', NULL, NULL, '2026-12-03 10:14:48.895164+00', '2026-12-03 10:14:48.895164+00');


--
-- Data for Name: learning_editions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.learning_editions VALUES ('03c56a11-8aad-444c-be7c-41e7cdcd663d', 'Joint learning programme: Italian industrial districts', 'The experience of Italian industrial districts and their service centres.', 'IT', 'A district service centre (illustrative)
A regional development agency (illustrative)', '1998-10-05', '1998-10-09', 'Clustering and networking: the conceptual framework and the UNIDO method
The institutional framework for networking
Analysis, monitoring and evaluation tools', 'Entrepreneurs of a knitwear district
A district''s business development services', '2026-12-03 10:14:50.288097+00', '2026-12-03 10:14:50.288097+00');
INSERT INTO public.learning_editions VALUES ('1fb78a9c-f5db-47a0-98af-bfedd5c9d601', 'Joint learning programme: networking in Chile', 'The Chilean experience of promoting networks of firms.', 'CL', 'A national development agency''s network programme (illustrative)', '2000-01-17', '2000-01-21', 'Network promotion: the Chilean programme
Brokers and their training
Multi-country cooperation initiatives', 'A network of wine producers (illustrative)
A network of furniture makers (illustrative)', '2026-12-03 10:14:50.292116+00', '2026-12-03 10:14:50.292116+00');


--
-- Data for Name: learning_participants; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.learning_participants VALUES ('6a4f6181-48d0-4d90-a7e1-f92194c31b3b', '03c56a11-8aad-444c-be7c-41e7cdcd663d', '66a307bd-fc79-4799-ba00-ee3c65fb24a9', 'Cluster broker, Jaipur (illustrative)', 'IN', NULL, 'Cluster broker', '2026-12-03 10:14:50.327271+00', '2026-12-03 10:14:50.327271+00');
INSERT INTO public.learning_participants VALUES ('f8a4aa51-67f4-442b-affe-a292a52664df', '03c56a11-8aad-444c-be7c-41e7cdcd663d', '23a5d955-1643-4db2-bf32-8e884f64081c', 'Linkage broker, CADIN (illustrative)', 'NI', NULL, 'Linkage broker', '2026-12-03 10:14:50.344085+00', '2026-12-03 10:14:50.344085+00');
INSERT INTO public.learning_participants VALUES ('5c74ba8b-7323-493d-8744-67e21fe4dc6a', '03c56a11-8aad-444c-be7c-41e7cdcd663d', 'bc58a188-f174-4d94-90fc-3fe04a24b55b', 'Broker from Tunisia (illustrative)', 'TN', NULL, 'BDS institution', '2026-12-03 10:14:50.359865+00', '2026-12-03 10:14:50.359865+00');
INSERT INTO public.learning_participants VALUES ('c872f4ee-0b98-47ce-b99c-9547be8d6be0', '03c56a11-8aad-444c-be7c-41e7cdcd663d', '4290ceaa-d047-4f32-8f80-95be7059e5d0', 'Broker from Mexico (illustrative)', 'MX', NULL, 'Cluster broker', '2026-12-03 10:14:50.375772+00', '2026-12-03 10:14:50.375772+00');
INSERT INTO public.learning_participants VALUES ('a2c74d3b-de6d-4470-abf7-a2acfaca142f', '1fb78a9c-f5db-47a0-98af-bfedd5c9d601', 'f9312f4a-5fe6-43b8-bbfe-6481025ba8c8', 'Executive director of the foundation, Boaco (illustrative)', 'NI', NULL, 'Foundation director', '2026-12-03 10:14:50.392796+00', '2026-12-03 10:14:50.392796+00');
INSERT INTO public.learning_participants VALUES ('2d4ccb36-6730-4165-b080-60c3d4c3e8c0', '1fb78a9c-f5db-47a0-98af-bfedd5c9d601', '30ff5d95-37c9-4f20-b7fa-02dd4b5b4565', 'Field worker of the foundation, Boaco (illustrative)', 'NI', NULL, 'Field worker', '2026-12-03 10:14:50.409976+00', '2026-12-03 10:14:50.409976+00');
INSERT INTO public.learning_participants VALUES ('d3e7bf84-cb6c-4389-94b2-e0029e9dbc46', '1fb78a9c-f5db-47a0-98af-bfedd5c9d601', '764bf31f-9af9-4a0e-8c7e-133d52ae2682', 'Broker from Argentina (illustrative)', 'AR', NULL, 'Network broker', '2026-12-03 10:14:50.425118+00', '2026-12-03 10:14:50.425118+00');
INSERT INTO public.learning_participants VALUES ('2a3d2622-c543-4b32-bb21-c0088f9163f8', '1fb78a9c-f5db-47a0-98af-bfedd5c9d601', '765bf761-1776-445d-9cfa-eb986b05b914', 'Broker from El Salvador (illustrative)', 'SV', NULL, 'BDS institution', '2026-12-03 10:14:50.439231+00', '2026-12-03 10:14:50.439231+00');
INSERT INTO public.learning_participants VALUES ('2b7c9c87-8b53-46f3-a08a-37e7a9be23b0', '1fb78a9c-f5db-47a0-98af-bfedd5c9d601', '4290ceaa-d047-4f32-8f80-95be7059e5d0', 'Broker from Mexico (illustrative)', 'MX', NULL, 'Cluster broker', '2026-12-03 10:14:50.448061+00', '2026-12-03 10:14:50.448061+00');


--
-- Data for Name: linkage_fee_years; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.linkage_fee_years VALUES ('c640d39f-c435-4518-a290-bc1952911f56', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', 1999, 4, 200, 1000, 800, 800, '2026-12-03 10:14:49.863767+00', '2026-12-03 10:14:49.863767+00');
INSERT INTO public.linkage_fee_years VALUES ('0994e20e-2c78-4a98-b9de-dd088d0f3fcd', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', 2000, 6, 400, 1000, 2400, 2000, '2026-12-03 10:14:49.868056+00', '2026-12-03 10:14:49.868056+00');
INSERT INTO public.linkage_fee_years VALUES ('84052db6-6c29-444d-9594-e9c3a7d08e93', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', 2001, 8, 700, 1000, 5600, 5600, '2026-12-03 10:14:49.871156+00', '2026-12-03 10:14:49.871156+00');
INSERT INTO public.linkage_fee_years VALUES ('fe98c405-0b95-42da-be20-529381d310a9', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', 2002, 10, 1000, 1000, 10000, 9000, '2026-12-03 10:14:49.873984+00', '2026-12-03 10:14:49.873984+00');


--
-- Data for Name: linkage_units; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.linkage_units VALUES ('67977aaa-d563-447f-92ed-538ee31e41b9', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', 'Vertical Linkages Unit', '75805dc9-5396-4ca3-aa7c-d497878bad7c', '1999-03-01', 'Supplier evaluation, round tables, detailed analysis and integrated improvement plans for a client and its suppliers.', '2026-12-03 10:14:49.858449+00', '2026-12-03 10:14:49.858449+00');


--
-- Data for Name: linkages; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.linkages VALUES ('0bfdaf7f-66d8-46ee-9b6a-ab0ce7437d19', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', '3a7ca3a1-c08a-4438-ad60-5f87f162ed67', 'cooperates_with', 'e6f83554-1db2-40d8-b6bf-78491a565d7f', 'missing', '1998-02-01', NULL, '2026-12-03 10:14:47.716431+00', '2026-12-03 10:14:47.716431+00');
INSERT INTO public.linkages VALUES ('9bf1af9a-6d81-42ec-be44-43e0f7f6f4cb', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', '1aa3370e-745e-48fb-bc46-603dea0ed5d6', 'service_provider_to', '5003dce5-b777-499a-bd43-a48124d6ad1c', 'to_strengthen', '1998-02-01', NULL, '2026-12-03 10:14:47.7246+00', '2026-12-03 10:14:47.7246+00');
INSERT INTO public.linkages VALUES ('d5feb5d9-4a41-4ef9-8bab-986d68f74a54', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', '5003dce5-b777-499a-bd43-a48124d6ad1c', 'member_of', '3a7ca3a1-c08a-4438-ad60-5f87f162ed67', 'existing', '1998-02-01', NULL, '2026-12-03 10:14:47.73247+00', '2026-12-03 10:14:47.73247+00');
INSERT INTO public.linkages VALUES ('eaa9fdb0-defd-4391-ba53-78582c5f96e8', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', '3a7ca3a1-c08a-4438-ad60-5f87f162ed67', 'cooperates_with', 'e6f83554-1db2-40d8-b6bf-78491a565d7f', 'to_strengthen', '1998-09-30', NULL, '2026-12-03 10:14:47.741062+00', '2026-12-03 10:14:47.741062+00');
INSERT INTO public.linkages VALUES ('8de10637-2ecf-4d21-ad36-8675c7192701', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'f8ddcb93-f1f5-4a81-9663-1c664d66395a', 'in_conflict_with', 'a63c6fe8-534e-40a4-9e9f-00d99723bb0f', 'existing', '1997-05-01', NULL, '2026-12-03 10:14:47.875285+00', '2026-12-03 10:14:47.875285+00');
INSERT INTO public.linkages VALUES ('f9f88f0b-9575-42a6-bc05-a1db22fbbe61', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'f8ddcb93-f1f5-4a81-9663-1c664d66395a', 'member_of', '7c7197da-b8e5-417a-a31b-3a4df5b178b6', 'missing', '1997-05-01', NULL, '2026-12-03 10:14:47.883535+00', '2026-12-03 10:14:47.883535+00');
INSERT INTO public.linkages VALUES ('c62cc273-2669-4269-914e-fbb2f819830d', '6c76a34b-c798-4836-83cd-7cae4d100a85', '4fbcf1a7-d4ae-404f-8781-46774b3a622f', 'service_provider_to', '3f730e9c-3f46-4569-98c6-0bc9463df695', 'missing', '1997-05-01', NULL, '2026-12-03 10:14:47.89207+00', '2026-12-03 10:14:47.89207+00');
INSERT INTO public.linkages VALUES ('ab73d5fa-10d4-4c79-b57b-b9c586463bd2', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'f8ddcb93-f1f5-4a81-9663-1c664d66395a', 'member_of', '7c7197da-b8e5-417a-a31b-3a4df5b178b6', 'existing', '2000-06-01', NULL, '2026-12-03 10:14:47.900743+00', '2026-12-03 10:14:47.900743+00');
INSERT INTO public.linkages VALUES ('9cb47e19-087c-49a8-a858-cde1225a39f9', '6c76a34b-c798-4836-83cd-7cae4d100a85', '4fbcf1a7-d4ae-404f-8781-46774b3a622f', 'service_provider_to', '3f730e9c-3f46-4569-98c6-0bc9463df695', 'existing', '2000-06-01', NULL, '2026-12-03 10:14:47.913694+00', '2026-12-03 10:14:47.913694+00');
INSERT INTO public.linkages VALUES ('d9511dff-80fe-4e61-8005-d615fa07af09', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'f8ddcb93-f1f5-4a81-9663-1c664d66395a', 'cooperates_with', 'a63c6fe8-534e-40a4-9e9f-00d99723bb0f', 'to_strengthen', '2000-06-01', NULL, '2026-12-03 10:14:47.922918+00', '2026-12-03 10:14:47.922918+00');
INSERT INTO public.linkages VALUES ('2e15cf45-4fee-46f4-b628-52cb7be3be4d', '6c76a34b-c798-4836-83cd-7cae4d100a85', '3f730e9c-3f46-4569-98c6-0bc9463df695', 'supplier_of', '902fca61-5f30-41a7-ae92-dd4a1973f418', 'existing', '2000-06-01', NULL, '2026-12-03 10:14:47.932984+00', '2026-12-03 10:14:47.932984+00');
INSERT INTO public.linkages VALUES ('6c99d82c-6ce0-48ac-a89a-c3990dd6fd28', '6c76a34b-c798-4836-83cd-7cae4d100a85', '4f811958-2f45-4eeb-b8c1-858733fb0219', 'supplier_of', '902fca61-5f30-41a7-ae92-dd4a1973f418', 'existing', '2000-06-01', NULL, '2026-12-03 10:14:47.942209+00', '2026-12-03 10:14:47.942209+00');
INSERT INTO public.linkages VALUES ('be4314ee-8078-49ce-9889-9926dead7e60', '6c76a34b-c798-4836-83cd-7cae4d100a85', '99ca6170-c4c0-4578-9670-71b5b519971f', 'supplier_of', 'a6165acb-12ad-42aa-a69f-dba56a0a3419', 'existing', '2000-06-01', NULL, '2026-12-03 10:14:47.950994+00', '2026-12-03 10:14:47.950994+00');
INSERT INTO public.linkages VALUES ('a3b35f3a-54ab-4bbe-8cfb-c87ec35d0c6a', '6c76a34b-c798-4836-83cd-7cae4d100a85', '3f730e9c-3f46-4569-98c6-0bc9463df695', 'cooperates_with', '4f811958-2f45-4eeb-b8c1-858733fb0219', 'existing', '2000-06-01', NULL, '2026-12-03 10:14:47.960384+00', '2026-12-03 10:14:47.960384+00');
INSERT INTO public.linkages VALUES ('a0047977-0e21-402c-afcf-2deb689973f0', '6c76a34b-c798-4836-83cd-7cae4d100a85', '902fca61-5f30-41a7-ae92-dd4a1973f418', 'supplier_of', 'd2946408-d4db-4aa3-b720-ff7917f6691c', 'existing', '2000-06-01', NULL, '2026-12-03 10:14:47.975353+00', '2026-12-03 10:14:47.975353+00');
INSERT INTO public.linkages VALUES ('4c64861a-2370-48f0-8d35-25b760e97322', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'a6165acb-12ad-42aa-a69f-dba56a0a3419', 'supplier_of', 'd2946408-d4db-4aa3-b720-ff7917f6691c', 'existing', '2000-06-01', NULL, '2026-12-03 10:14:47.98496+00', '2026-12-03 10:14:47.98496+00');
INSERT INTO public.linkages VALUES ('365551df-60e6-4946-92d9-a3362f5c7450', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'da45fede-c1de-4b44-8079-4a64d59bf34b', 'cooperates_with', '902fca61-5f30-41a7-ae92-dd4a1973f418', 'existing', '2000-06-01', NULL, '2026-12-03 10:14:47.994454+00', '2026-12-03 10:14:47.994454+00');
INSERT INTO public.linkages VALUES ('2d88cc01-08af-4dbd-b24c-46ce6b7b77f1', '6c76a34b-c798-4836-83cd-7cae4d100a85', '5edf0641-75e9-4eeb-aa00-4bbd898d5684', 'service_provider_to', '902fca61-5f30-41a7-ae92-dd4a1973f418', 'existing', '2000-06-01', NULL, '2026-12-03 10:14:48.004252+00', '2026-12-03 10:14:48.004252+00');
INSERT INTO public.linkages VALUES ('7a9effd5-c5b7-40fd-8e30-6ea1db027dea', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'a63c6fe8-534e-40a4-9e9f-00d99723bb0f', 'member_of', '7c7197da-b8e5-417a-a31b-3a4df5b178b6', 'existing', '2000-06-01', NULL, '2026-12-03 10:14:48.014126+00', '2026-12-03 10:14:48.014126+00');
INSERT INTO public.linkages VALUES ('f16d4691-dbef-4f25-899d-b57cbd808525', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '6f31a935-1fdb-4d30-8aec-9975ab04b805', 'buyer_of', '7314aed3-24d5-4e42-bff4-7dca2b7051d9', 'to_strengthen', '1997-06-01', NULL, '2026-12-03 10:14:48.330179+00', '2026-12-03 10:14:48.330179+00');
INSERT INTO public.linkages VALUES ('52408d4a-119d-440c-9a87-1ee4ae86bfee', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '204e8523-0407-40d0-8877-3ef4e6e9c5d6', 'service_provider_to', '6f31a935-1fdb-4d30-8aec-9975ab04b805', 'missing', '1997-06-01', NULL, '2026-12-03 10:14:48.338053+00', '2026-12-03 10:14:48.338053+00');
INSERT INTO public.linkages VALUES ('a3e19b80-10cb-45ff-90a9-4f8ceb50a1bc', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '7314aed3-24d5-4e42-bff4-7dca2b7051d9', 'member_of', 'e75bff5b-af8a-4115-8d99-1fb708ce67e8', 'missing', '1997-06-01', NULL, '2026-12-03 10:14:48.34653+00', '2026-12-03 10:14:48.34653+00');
INSERT INTO public.linkages VALUES ('812f2c48-1772-4cf3-8a80-ab171174f41e', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '6f31a935-1fdb-4d30-8aec-9975ab04b805', 'buyer_of', '7314aed3-24d5-4e42-bff4-7dca2b7051d9', 'existing', '2000-06-01', NULL, '2026-12-03 10:14:48.355042+00', '2026-12-03 10:14:48.355042+00');
INSERT INTO public.linkages VALUES ('f58a3750-78df-4669-9b2a-d3b09d44c0fc', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '7314aed3-24d5-4e42-bff4-7dca2b7051d9', 'member_of', 'e75bff5b-af8a-4115-8d99-1fb708ce67e8', 'existing', '2000-06-01', NULL, '2026-12-03 10:14:48.363555+00', '2026-12-03 10:14:48.363555+00');
INSERT INTO public.linkages VALUES ('9d452f2d-ae63-4a67-9a0b-8411526d79b2', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'db002841-e42e-4b76-945c-73e8ba48b687', 'cooperates_with', 'b8ac875c-4173-4038-955e-4d6ed488c527', 'missing', '1998-01-01', NULL, '2026-12-03 10:14:48.499223+00', '2026-12-03 10:14:48.499223+00');
INSERT INTO public.linkages VALUES ('13ee57b8-690d-4f94-b4f9-b260cdb39cba', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'db002841-e42e-4b76-945c-73e8ba48b687', 'cooperates_with', 'b8ac875c-4173-4038-955e-4d6ed488c527', 'existing', '1999-01-01', NULL, '2026-12-03 10:14:48.506689+00', '2026-12-03 10:14:48.506689+00');
INSERT INTO public.linkages VALUES ('a8ccb046-0dd1-4299-90af-c0ddb22484a0', 'c4fe936d-e07b-4237-8718-d8cf891791d8', '44943601-5448-4a13-af28-6962e984d8c3', 'service_provider_to', 'db002841-e42e-4b76-945c-73e8ba48b687', 'existing', '1999-09-01', NULL, '2026-12-03 10:14:48.51429+00', '2026-12-03 10:14:48.51429+00');


--
-- Data for Name: memberships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.memberships VALUES ('b7bc4bfa-5ccc-4f13-bb20-cff1241fe77e', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'cd675289-f40a-4aec-a409-f481bb904477', 'coordinator', '1998-03-01', NULL, NULL, NULL, '2026-12-03 10:14:47.304027+00', '2026-12-03 10:14:47.304027+00');
INSERT INTO public.memberships VALUES ('b3f0a21a-48ac-4e9b-94c5-d1eb1ca1111f', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'f63599c3-5f99-4af1-968e-85b25d6a69a1', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-03 10:14:47.313996+00', '2026-12-03 10:14:47.313996+00');
INSERT INTO public.memberships VALUES ('94465d84-1aa9-44db-9a05-373ac3ccf6be', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'ea86d60e-1dcf-428e-97ad-f0c34ae84fb6', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-03 10:14:47.321883+00', '2026-12-03 10:14:47.321883+00');
INSERT INTO public.memberships VALUES ('f26cea9a-1322-4c82-b5d4-6fc7febbfa86', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'b01d653b-d71a-4c9a-b5fc-cd9450120c08', 'member', '1998-03-01', '1999-11-15', 'expelled_opportunistic', NULL, '2026-12-03 10:14:47.329918+00', '2026-12-03 10:14:47.329918+00');
INSERT INTO public.memberships VALUES ('bb6bff7b-e495-44ca-9600-a013c65b279f', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '652544f4-7eb2-4c99-8557-d160478ea120', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-03 10:14:47.338227+00', '2026-12-03 10:14:47.338227+00');
INSERT INTO public.memberships VALUES ('b4f2dac0-f8f5-491a-80c3-379877fd7de7', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '4ef52c47-faf3-4f74-91e7-9caa1bd42740', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-03 10:14:47.346899+00', '2026-12-03 10:14:47.346899+00');
INSERT INTO public.memberships VALUES ('3d8635c7-0bd2-456f-a445-fbbe1dd2807e', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '7fbdbf02-e757-46bc-ba9b-4850c6944df9', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-03 10:14:47.355914+00', '2026-12-03 10:14:47.355914+00');
INSERT INTO public.memberships VALUES ('31fbc3f2-51e3-4288-9f62-438effd9023e', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'd1ab2935-e2a3-4c21-baef-ba323f6f6704', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-03 10:14:47.365118+00', '2026-12-03 10:14:47.365118+00');
INSERT INTO public.memberships VALUES ('04e005d9-80f7-48d5-b18d-acc2a3c8635c', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '363cf55c-3c66-4cd9-8d3c-d0c2d27d9cdf', 'member', '1998-03-01', '1999-11-15', 'expelled_opportunistic', NULL, '2026-12-03 10:14:47.374834+00', '2026-12-03 10:14:47.374834+00');
INSERT INTO public.memberships VALUES ('89bd5949-c280-462f-ab75-b3e2ac2291cd', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'a22dca25-ab0b-446f-9192-b4d212e6b592', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-03 10:14:47.384827+00', '2026-12-03 10:14:47.384827+00');
INSERT INTO public.memberships VALUES ('266a1c57-dbc8-42db-9b01-da0e15b5dfc6', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'e5c4c327-9e3f-4e4c-82d7-eeebc137bbc0', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-03 10:14:47.397685+00', '2026-12-03 10:14:47.397685+00');
INSERT INTO public.memberships VALUES ('e6aa2ef7-8c00-4dd3-a810-5d016ae4fda6', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'd36b6d2b-598f-484e-abdd-4e9cc7fa250c', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-03 10:14:47.413525+00', '2026-12-03 10:14:47.413525+00');
INSERT INTO public.memberships VALUES ('755958cd-413f-4a28-9b77-a8e2c7e05617', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'e0d3ac34-05d1-4da3-b9c1-64553385d33a', 'member', '1998-03-01', '1999-11-15', 'expelled_opportunistic', NULL, '2026-12-03 10:14:47.425894+00', '2026-12-03 10:14:47.425894+00');
INSERT INTO public.memberships VALUES ('6831e84b-62d8-4d9d-b948-7d57a40209a7', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '01d443c2-0859-4256-8ccd-d7f9975180f2', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-03 10:14:47.437819+00', '2026-12-03 10:14:47.437819+00');
INSERT INTO public.memberships VALUES ('9c781c57-9932-401f-a270-0132d5a80818', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '57a4fd52-9520-4d1c-8fb7-be46064f1687', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-03 10:14:47.449871+00', '2026-12-03 10:14:47.449871+00');
INSERT INTO public.memberships VALUES ('27925619-9b28-4cd7-b1a1-75fed7c41da3', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '7c281e7c-7cae-492e-a6e3-e395c0cd789a', 'member', '2000-09-01', NULL, NULL, 'Joined after the group''s rules were established.', '2026-12-03 10:14:47.462131+00', '2026-12-03 10:14:47.462131+00');
INSERT INTO public.memberships VALUES ('8afcd285-2a3e-470f-b794-01b3b043913e', '82a6c124-3997-4936-b667-e55510412d91', 'eb25135f-1d7a-4f84-ba62-6c2f4d0721c2', 'client', '1999-06-01', NULL, NULL, NULL, '2026-12-03 10:14:47.483552+00', '2026-12-03 10:14:47.483552+00');
INSERT INTO public.memberships VALUES ('ba842d92-9136-4313-8733-f43c083247a2', '82a6c124-3997-4936-b667-e55510412d91', '204e8523-0407-40d0-8877-3ef4e6e9c5d6', 'service_provider', '1999-06-01', NULL, NULL, NULL, '2026-12-03 10:14:47.491018+00', '2026-12-03 10:14:47.491018+00');
INSERT INTO public.memberships VALUES ('f97964cc-eafc-45fb-acde-33e3ab64fb17', '82a6c124-3997-4936-b667-e55510412d91', 'accfa509-39fb-4c18-83a3-eddf21836daa', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-03 10:14:49.277124+00', '2026-12-03 10:14:49.277124+00');
INSERT INTO public.memberships VALUES ('e4fb9e1f-e4ed-49fa-967d-0066cf2cda7e', '82a6c124-3997-4936-b667-e55510412d91', '042ad63d-a2fc-464c-a3d0-deb9b3be4b78', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-03 10:14:49.293421+00', '2026-12-03 10:14:49.293421+00');
INSERT INTO public.memberships VALUES ('67b267e8-d213-492b-8c12-9eaf67e31122', '10ee2987-b5ff-4265-afc6-47fed1fda69c', '1f0931cf-f58a-47d6-a51e-0dfad0bffc9b', 'client', '1999-06-01', NULL, NULL, NULL, '2026-12-03 10:14:49.307877+00', '2026-12-03 10:14:49.307877+00');
INSERT INTO public.memberships VALUES ('6c1ec7c9-1ecd-40d4-8eba-fc78be596765', '10ee2987-b5ff-4265-afc6-47fed1fda69c', '58d315f5-e35a-4318-9b32-00442507b09d', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-03 10:14:49.322362+00', '2026-12-03 10:14:49.322362+00');
INSERT INTO public.memberships VALUES ('58dedd68-11bc-4b95-b3cb-c8389eae83c1', '10ee2987-b5ff-4265-afc6-47fed1fda69c', '670967a8-e610-44e0-bdbd-d3214d3794e3', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-03 10:14:49.336133+00', '2026-12-03 10:14:49.336133+00');
INSERT INTO public.memberships VALUES ('af2e5899-37df-4011-a308-61d11ce680ac', '10ee2987-b5ff-4265-afc6-47fed1fda69c', '0cebdbae-1ac0-4611-a0dd-9cf521aee39b', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-03 10:14:49.349383+00', '2026-12-03 10:14:49.349383+00');
INSERT INTO public.memberships VALUES ('aebfbf83-6d24-4576-9634-21707b5997c0', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '1d6199fd-9a06-4f57-8a7c-e8f1caa1ad24', 'client', '1999-06-01', NULL, NULL, NULL, '2026-12-03 10:14:49.36356+00', '2026-12-03 10:14:49.36356+00');
INSERT INTO public.memberships VALUES ('7c778efd-86a0-4050-a0df-c9a6232726c6', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '5381964b-1be3-44b1-99c4-7ec033d9a84a', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-03 10:14:49.376736+00', '2026-12-03 10:14:49.376736+00');
INSERT INTO public.memberships VALUES ('4414c255-4724-4776-af53-8aeef6645504', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '180b0e08-897f-4e53-8b51-8a91c2845f03', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-03 10:14:49.38999+00', '2026-12-03 10:14:49.38999+00');
INSERT INTO public.memberships VALUES ('c761ec4d-c833-4eb4-a159-ad0e8a534a84', '4abc9082-83a3-4450-9f4e-d9fa1e2c4ccd', '09cc31c0-5afb-4cf3-b818-cd600fa3a7b7', 'client', '1999-06-01', NULL, NULL, NULL, '2026-12-03 10:14:49.403204+00', '2026-12-03 10:14:49.403204+00');
INSERT INTO public.memberships VALUES ('a2b16bf2-a750-406a-802f-8d2617db036b', '4abc9082-83a3-4450-9f4e-d9fa1e2c4ccd', 'd9660c2b-b4a9-456c-8bbb-789881893c6c', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-03 10:14:49.415696+00', '2026-12-03 10:14:49.415696+00');
INSERT INTO public.memberships VALUES ('1b5b8cdd-d8d9-42a4-a9ce-2bb3fcdbe793', '4abc9082-83a3-4450-9f4e-d9fa1e2c4ccd', '5accd3c2-2f9b-4c6f-ac99-e73994354204', 'supplier', '1999-06-01', NULL, NULL, NULL, '2026-12-03 10:14:49.427295+00', '2026-12-03 10:14:49.427295+00');


--
-- Data for Name: net_assessments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.net_assessments VALUES ('45638b29-38d5-44ca-90e3-e4e6a9ad1a56', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '1998-04-15', 'promotion', 'Network broker (illustrative)', 1, 5, 2, 'Fifteen workshops met for the first time through the broker.', 1, NULL, 1, NULL, 1, NULL, 1, NULL, 1, NULL, 1, NULL, true, NULL, '2026-12-03 10:14:48.770856+00', '2026-12-03 10:14:48.770856+00');
INSERT INTO public.net_assessments VALUES ('26820e12-f2c8-493a-8ec0-7d566725220d', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '1998-12-10', 'pilot_projects', 'Network broker (illustrative)', 1, 5, 3, 'The input shop runs; some members buy outside it.', 2, NULL, 2, NULL, 3, NULL, 2, NULL, 2, NULL, 2, NULL, true, NULL, '2026-12-03 10:14:48.843714+00', '2026-12-03 10:14:48.843714+00');
INSERT INTO public.net_assessments VALUES ('5f212ce7-87fe-4d00-88d8-9528d0699580', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '1999-12-15', 'strategic_projects', 'Network broker (illustrative)', 1, 5, 4, 'Three members expelled for selling on their own account; the others closed ranks.', 3, NULL, 3, NULL, 3, NULL, 3, NULL, 3, NULL, 2, NULL, true, NULL, '2026-12-03 10:14:48.918926+00', '2026-12-03 10:14:48.918926+00');
INSERT INTO public.net_assessments VALUES ('fd993e30-f5fb-4c8f-a02d-72146a1c3cd0', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '2000-12-10', 'strategic_projects', 'Network broker (illustrative)', 1, 5, 4, 'Exports delivered; a selling point and a shared workplace are planned.', 4, NULL, 4, NULL, 4, NULL, 4, NULL, 4, NULL, 3, NULL, true, NULL, '2026-12-03 10:14:48.924531+00', '2026-12-03 10:14:48.924531+00');
INSERT INTO public.net_assessments VALUES ('97331a8f-1417-491e-a1d9-96145cf2d2b3', '9398df75-11ef-46ef-9d2c-54c686335a62', '1999-09-20', 'pilot_projects', 'Network broker (illustrative)', 1, 5, 3, 'Common dyeing unit run by a rota of members.', 3, NULL, 2, NULL, 3, NULL, 2, NULL, 2, NULL, 3, NULL, true, NULL, '2026-12-03 10:14:49.203933+00', '2026-12-03 10:14:49.203933+00');
INSERT INTO public.net_assessments VALUES ('c5c6718e-8402-4fdb-b7c7-4672b28b4c1d', '569225ba-9751-4d64-b512-83745e5b984d', '2002-02-15', 'strategic_planning', 'Network broker (illustrative)', 1, 5, 3, 'Members meet monthly; plan drafted.', 2, NULL, 2, NULL, 2, NULL, 1, NULL, 1, NULL, 3, NULL, true, NULL, '2026-12-03 10:14:49.217253+00', '2026-12-03 10:14:49.217253+00');
INSERT INTO public.net_assessments VALUES ('3314a03c-3614-4b14-b9a7-6b6506221651', 'bdb7fe09-0321-4c20-b745-7bf7eadfab6c', '2002-02-15', 'pilot_projects', 'Network broker (illustrative)', 1, 5, 4, 'Joint welding course bought from a local provider.', 3, NULL, 3, NULL, 3, NULL, 3, NULL, 2, NULL, 4, NULL, true, NULL, '2026-12-03 10:14:49.229067+00', '2026-12-03 10:14:49.229067+00');


--
-- Data for Name: net_targets; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: network_analyses; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.network_analyses VALUES ('b5c16114-a118-4e2c-a84e-445b6ef0b039', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'stage', '15@1796292888.0141258|6@1796292887.865615|1@1796292888.639069|3@1796292888.0517402|26:16871925067440114422|9:6900938594870582077|67@1796292889.420096', 'ready', NULL, '9d69ec6b-ca93-44e4-9295-990672dfc6e2', '2026-12-03 10:14:51.16032+00', '2026-12-03 10:14:51.308578+00', '2026-12-03 10:14:51.350283+00', '<section aria-labelledby="find-h"><h2 id="find-h">What the ties say</h2><p class="hint">Groups are stages of the value chain (organisations outside it by kind). <a href="/clusters/6c76a34b-c798-4836-83cd-7cae4d100a85/network-analysis?groups=kind">Group by kind of organisation</a></p><ul><li>13 actors and 12 ties; 15.4 % of the possible ties exist.</li><li>The actors fall into 3 separate parts that no tie connects.</li><li>1 actor has no cooperative tie: IIRD.</li><li>Most paths between actors run through Bagru block printer 6 (illustrative), COTEX, Bagru block printer 3 (illustrative): without them the network would split or stretch.</li><li>4 actors link groups they do not belong to, first of all Bagru block printer 6 (illustrative), Bagru block printer 3 (illustrative), Bagru block printer 7 (illustrative).</li><li>The ties form 4 communities (modularity 0.52): actors deal mostly within their own.</li><li>1. Dyeing and hand-block printing reach 3. Marketing and export only through 2 actors: Bagru block printer 6 (illustrative), Bagru block printer 7 (illustrative).</li><li>One actor links 1. Dyeing and hand-block printing to Financial institution beyond their direct ties: Bagru block printer 3 (illustrative).</li><li>1. Dyeing and hand-block printing reach University or research centre only through one actor: Bagru block printer 6 (illustrative).</li><li>Bagru block printer 6 (illustrative), Bagru block printer 7 (illustrative), COTEX reach contacts who are not tied to each other: they span structural holes.</li><li>Transitivity 0.32: friends of friends are often tied, so trust can travel.</li></ul></section>
<figure class="graph analysis"><svg viewBox="0 0 760 410" role="img" aria-label="The cluster&#39;s actors laid out by their ties; larger circles broker more paths">
<g class="ties"><line x1="640.6" y1="167.7" x2="406.0" y2="307.0"/><line x1="640.6" y1="167.7" x2="406.0" y2="28.5"/><line x1="406.0" y1="307.0" x2="406.0" y2="28.5"/><line x1="260.6" y1="307.0" x2="203.1" y2="272.3"/><line x1="203.1" y1="272.3" x2="130.1" y2="238.2"/><line x1="203.1" y1="272.3" x2="186.7" y2="230.1"/><line x1="112.6" y1="304.7" x2="130.1" y2="238.2"/><line x1="130.1" y1="238.2" x2="67.8" y2="255.7"/><line x1="130.1" y1="238.2" x2="90.6" y2="156.1"/><line x1="130.1" y1="238.2" x2="186.7" y2="230.1"/><line x1="54.8" y1="85.0" x2="90.6" y2="156.1"/><line x1="54.8" y1="85.0" x2="26.0" y2="28.5"/></g><circle class="node" data-kind="enterprise" cx="640.6" cy="167.7" r="5.0"><title>Bagru block printer 1 (illustrative): betweenness 0.0</title></circle><circle class="node" data-kind="enterprise" cx="406.0" cy="307.0" r="5.0"><title>Bagru block printer 2 (illustrative): betweenness 0.0</title></circle><circle class="node institution" data-kind="institution" cx="260.6" cy="307.0" r="5.0"><title>SIDBI: betweenness 0.0</title></circle><circle class="node" data-kind="enterprise" cx="203.1" cy="272.3" r="7.9"><title>Bagru block printer 3 (illustrative): betweenness 7.0</title></circle><circle class="node institution" data-kind="institution" cx="406.0" cy="28.5" r="5.0"><title>CALICO: betweenness 0.0</title></circle><circle class="node institution" data-kind="institution" cx="112.6" cy="304.7" r="5.0"><title>NIFT: betweenness 0.0</title></circle><circle class="node" data-kind="enterprise" cx="130.1" cy="238.2" r="14.0"><title>Bagru block printer 6 (illustrative): betweenness 22.0</title></circle><circle class="node" data-kind="enterprise" cx="67.8" cy="255.7" r="5.0"><title>Bagru block printer 8 (illustrative): betweenness 0.0</title></circle><circle class="node" data-kind="enterprise" cx="54.8" cy="85.0" r="7.9"><title>Bagru block printer 7 (illustrative): betweenness 7.0</title></circle><circle class="node institution" data-kind="institution" cx="90.6" cy="156.1" r="9.9"><title>COTEX: betweenness 12.0</title></circle><circle class="node" data-kind="enterprise" cx="186.7" cy="230.1" r="5.0"><title>Bagru block printer 4 (illustrative): betweenness 0.0</title></circle><circle class="node" data-kind="enterprise" cx="26.0" cy="28.5" r="5.0"><title>Bagru block printer 5 (illustrative): betweenness 0.0</title></circle><circle class="node institution" data-kind="institution" cx="13.0" cy="374.5" r="5.0"><title>IIRD: betweenness 0.0</title></circle><text x="632.6" y="172.3" text-anchor="end">Bagru block printer 1</text><text x="414.0" y="311.6">Bagru block printer 2</text><text x="268.6" y="311.6">SIDBI</text><text x="213.9" y="276.8">Bagru block printer 3</text><text x="414.0" y="33.0">CALICO</text><text x="120.6" y="309.3">NIFT</text><text x="65.7" y="89.6">Bagru block printer 7</text><text x="103.5" y="160.7">COTEX</text><text x="194.7" y="234.7">Bagru block printer 4</text><text x="34.0" y="33.0">Bagru block printer 5</text><text x="21.0" y="379.1">IIRD</text><text class="row-title" x="13.0" y="361.5">Without any tie:</text></svg>
<figcaption>Tied actors are drawn close together; separate parts stand side by side; a larger circle brokers more paths.
<span class="key node-key"></span> enterprise <span class="key node-key institution"></span> institution · 2 names left out of the drawing for room are in the table of actors.</figcaption></figure>
<details class="actors"><summary>All 13 actors</summary>
<div class="table-wrap" tabindex="0" role="region" aria-label="All actors"><table><thead><tr><th scope="col">Actor</th><th scope="col">Kind</th><th scope="col">Group</th><th scope="col">Ties</th><th scope="col">Betweenness</th></tr></thead>
<tbody><tr><th scope="row">Bagru block printer 6 (illustrative)</th><td>Enterprise</td><td>2. Finishing and tailoring</td><td class="num">5</td><td class="num">22.0</td></tr><tr><th scope="row">COTEX</th><td>Institution</td><td>3. Marketing and export</td><td class="num">2</td><td class="num">12.0</td></tr><tr><th scope="row">Bagru block printer 3 (illustrative)</th><td>Enterprise</td><td>1. Dyeing and hand-block printing</td><td class="num">3</td><td class="num">7.0</td></tr><tr><th scope="row">Bagru block printer 7 (illustrative)</th><td>Enterprise</td><td>2. Finishing and tailoring</td><td class="num">2</td><td class="num">7.0</td></tr><tr><th scope="row">Bagru block printer 1 (illustrative)</th><td>Enterprise</td><td>1. Dyeing and hand-block printing</td><td class="num">2</td><td class="num">0.0</td></tr><tr><th scope="row">Bagru block printer 2 (illustrative)</th><td>Enterprise</td><td>1. Dyeing and hand-block printing</td><td class="num">2</td><td class="num">0.0</td></tr><tr><th scope="row">Bagru block printer 4 (illustrative)</th><td>Enterprise</td><td>1. Dyeing and hand-block printing</td><td class="num">2</td><td class="num">0.0</td></tr><tr><th scope="row">Bagru block printer 5 (illustrative)</th><td>Enterprise</td><td>1. Dyeing and hand-block printing</td><td class="num">1</td><td class="num">0.0</td></tr><tr><th scope="row">Bagru block printer 8 (illustrative)</th><td>Enterprise</td><td>2. Finishing and tailoring</td><td class="num">1</td><td class="num">0.0</td></tr><tr><th scope="row">CALICO</th><td>Institution</td><td>Cooperative</td><td class="num">2</td><td class="num">0.0</td></tr><tr><th scope="row">IIRD</th><td>Institution</td><td>NGO</td><td class="num">0</td><td class="num">0.0</td></tr><tr><th scope="row">NIFT</th><td>Institution</td><td>University or research centre</td><td class="num">1</td><td class="num">0.0</td></tr><tr><th scope="row">SIDBI</th><td>Institution</td><td>Financial institution</td><td class="num">1</td><td class="num">0.0</td></tr></tbody></table></div></details>
<section aria-labelledby="brk-h"><h2 id="brk-h">Key brokers</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="Key brokers"><table><thead><tr><th scope="col">Actor</th><th scope="col">Group</th><th scope="col">Betweenness</th><th scope="col">Ties</th><th scope="col">Constraint</th><th scope="col">Links between other groups</th></tr></thead>
<tbody><tr><th scope="row"><a href="/actors/902fca61-5f30-41a7-ae92-dd4a1973f418">Bagru block printer 6 (illustrative)</a></th><td>2. Finishing and tailoring</td><td class="num">22.0</td><td class="num">5</td><td class="num">0.28</td><td class="num">10</td></tr><tr><th scope="row"><a href="/actors/d2946408-d4db-4aa3-b720-ff7917f6691c">COTEX</a></th><td>3. Marketing and export</td><td class="num">12.0</td><td class="num">2</td><td class="num">0.50</td><td class="num">2</td></tr><tr><th scope="row"><a href="/actors/3f730e9c-3f46-4569-98c6-0bc9463df695">Bagru block printer 3 (illustrative)</a></th><td>1. Dyeing and hand-block printing</td><td class="num">7.0</td><td class="num">3</td><td class="num">0.52</td><td class="num">2</td></tr><tr><th scope="row"><a href="/actors/a6165acb-12ad-42aa-a69f-dba56a0a3419">Bagru block printer 7 (illustrative)</a></th><td>2. Finishing and tailoring</td><td class="num">7.0</td><td class="num">2</td><td class="num">0.50</td><td class="num">2</td></tr></tbody></table></div>
<p><a href="/clusters/6c76a34b-c798-4836-83cd-7cae4d100a85/network-analysis.csv">Every actor&#39;s measures as CSV</a></p></section>
<section aria-labelledby="com-h"><h2 id="com-h">Communities</h2>
<p class="hint">Actors tied more to each other than to the rest (Leiden; each community hangs together through its own ties). Modularity 0.52.</p>
<ol><li><strong>6 actors</strong> (1. Dyeing and hand-block printing: 2, 2. Finishing and tailoring: 2, Financial institution: 1, University or research centre: 1): SIDBI, Bagru block printer 3 (illustrative), NIFT, Bagru block printer 6 (illustrative), Bagru block printer 8 (illustrative), Bagru block printer 4 (illustrative)</li><li><strong>3 actors</strong> (1. Dyeing and hand-block printing: 2, Cooperative: 1): Bagru block printer 1 (illustrative), Bagru block printer 2 (illustrative), CALICO</li><li><strong>3 actors</strong> (1. Dyeing and hand-block printing: 1, 2. Finishing and tailoring: 1, 3. Marketing and export: 1): Bagru block printer 7 (illustrative), COTEX, Bagru block printer 5 (illustrative)</li></ol></section>', 'id,group,degree,weighted_degree,betweenness,closeness,eigenvector,pagerank,clustering,core,constraint,effective_size,component,community,louvain_community,coordinator,itinerant,gatekeeper,representative,liaison
Bagru block printer 1 (illustrative),1. Dyeing and hand-block printing,2,2,0,0.166667,3.39463e-15,0.0823045,1,2,1.125,1,0,0,0,0,0,0,0,0
Bagru block printer 2 (illustrative),1. Dyeing and hand-block printing,2,2,0,0.166667,3.39463e-15,0.0823045,1,2,1.125,1,0,0,0,0,0,0,0,0
SIDBI,Financial institution,1,1,0,0.231884,0.174507,0.0450882,0,1,1,1,1,1,1,0,0,0,0,0
Bagru block printer 3 (illustrative),1. Dyeing and hand-block printing,3,3,7,0.333333,0.458099,0.115562,0.333333,2,0.521111,2.33333,1,1,1,0,0,1,1,2
CALICO,Cooperative,2,2,0,0.166667,3.39463e-15,0.0823045,1,2,1.125,1,0,0,0,0,0,0,0,0
NIFT,University or research centre,1,1,0,0.280702,0.235454,0.0444359,0,1,1,1,1,1,1,0,0,0,0,0
Bagru block printer 6 (illustrative),2. Finishing and tailoring,5,5,22,0.444444,0.618092,0.188766,0.1,2,0.281111,4.6,1,1,1,0,0,4,4,10
Bagru block printer 8 (illustrative),2. Finishing and tailoring,1,1,0,0.280702,0.235454,0.0444359,0,1,1,1,1,1,1,0,0,0,0,0
Bagru block printer 7 (illustrative),2. Finishing and tailoring,2,2,7,0.266667,0.126368,0.0910773,0,1,0.5,2,1,2,2,0,0,0,0,2
COTEX,3. Marketing and export,2,2,12,0.355556,0.283592,0.0831438,0,1,0.5,2,1,2,2,0,2,0,0,0
Bagru block printer 4 (illustrative),1. Dyeing and hand-block printing,2,2,0,0.313725,0.40996,0.0771784,1,2,0.804444,1,1,1,1,0,0,0,0,0
Bagru block printer 5 (illustrative),1. Dyeing and hand-block printing,1,1,0,0.197531,0.0481383,0.0510535,0,1,1,1,1,2,2,0,0,0,0,0
IIRD,NGO,0,0,0,0,0,0.0123457,0,0,,,2,3,3,0,0,0,0,0
', '{"actors":13,"ties":12,"density":0.15384615384615385,"components":3,"transitivity":0.3157894736842105,"communities":4,"modularity":0.5173611111111112,"findings":["13 actors and 12 ties; 15.4 % of the possible ties exist.","The actors fall into 3 separate parts that no tie connects.","1 actor has no cooperative tie: IIRD.","Most paths between actors run through Bagru block printer 6 (illustrative), COTEX, Bagru block printer 3 (illustrative): without them the network would split or stretch.","4 actors link groups they do not belong to, first of all Bagru block printer 6 (illustrative), Bagru block printer 3 (illustrative), Bagru block printer 7 (illustrative).","The ties form 4 communities (modularity 0.52): actors deal mostly within their own.","1. Dyeing and hand-block printing reach 3. Marketing and export only through 2 actors: Bagru block printer 6 (illustrative), Bagru block printer 7 (illustrative).","One actor links 1. Dyeing and hand-block printing to Financial institution beyond their direct ties: Bagru block printer 3 (illustrative).","1. Dyeing and hand-block printing reach University or research centre only through one actor: Bagru block printer 6 (illustrative).","Bagru block printer 6 (illustrative), Bagru block printer 7 (illustrative), COTEX reach contacts who are not tied to each other: they span structural holes.","Transitivity 0.32: friends of friends are often tied, so trust can travel."],"bridges":[{"from":"1. Dyeing and hand-block printing","to":"3. Marketing and export","brokers":["Bagru block printer 6 (illustrative)","Bagru block printer 7 (illustrative)"],"directlyTied":false},{"from":"1. Dyeing and hand-block printing","to":"Financial institution","brokers":["Bagru block printer 3 (illustrative)"],"directlyTied":true},{"from":"1. Dyeing and hand-block printing","to":"University or research centre","brokers":["Bagru block printer 6 (illustrative)"],"directlyTied":false},{"from":"1. Dyeing and hand-block printing","to":"2. Finishing and tailoring","brokers":["Bagru block printer 6 (illustrative)"],"directlyTied":true},{"from":"2. Finishing and tailoring","to":"Financial institution","brokers":["Bagru block printer 3 (illustrative)"],"directlyTied":false},{"from":"2. Finishing and tailoring","to":"University or research centre","brokers":["Bagru block printer 6 (illustrative)"],"directlyTied":true},{"from":"3. Marketing and export","to":"University or research centre","brokers":["Bagru block printer 6 (illustrative)"],"directlyTied":false},{"from":"2. Finishing and tailoring","to":"3. Marketing and export","brokers":["Bagru block printer 6 (illustrative)"],"directlyTied":true}],"nodes":[{"name":"Bagru block printer 1 (illustrative)","actorId":"f8ddcb93-f1f5-4a81-9663-1c664d66395a","group":"1. Dyeing and hand-block printing","degree":2,"betweenness":0,"closeness":0.16666666666666666,"eigenvector":3.394634286917045e-15,"pageRank":0.08230452674897121,"clustering":1,"core":2,"constraint":1.125,"effectiveSize":1,"component":0,"community":0,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"Bagru block printer 2 (illustrative)","actorId":"a63c6fe8-534e-40a4-9e9f-00d99723bb0f","group":"1. Dyeing and hand-block printing","degree":2,"betweenness":0,"closeness":0.16666666666666666,"eigenvector":3.394634286917045e-15,"pageRank":0.08230452674897121,"clustering":1,"core":2,"constraint":1.125,"effectiveSize":1,"component":0,"community":0,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"SIDBI","actorId":"4fbcf1a7-d4ae-404f-8781-46774b3a622f","group":"Financial institution","degree":1,"betweenness":0,"closeness":0.2318840579710145,"eigenvector":0.17450654065414986,"pageRank":0.04508815189353936,"clustering":0,"core":1,"constraint":1,"effectiveSize":1,"component":1,"community":1,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"Bagru block printer 3 (illustrative)","actorId":"3f730e9c-3f46-4569-98c6-0bc9463df695","group":"1. Dyeing and hand-block printing","degree":3,"betweenness":7,"closeness":0.3333333333333333,"eigenvector":0.45809868579712776,"pageRank":0.11556166899172379,"clustering":0.3333333333333333,"core":2,"constraint":0.5211111111111111,"effectiveSize":2.3333333333333335,"component":1,"community":1,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":1,"representative":1,"liaison":2}},{"name":"CALICO","actorId":"7c7197da-b8e5-417a-a31b-3a4df5b178b6","group":"Cooperative","degree":2,"betweenness":0,"closeness":0.16666666666666666,"eigenvector":3.394634286917045e-15,"pageRank":0.08230452674897121,"clustering":1,"core":2,"constraint":1.125,"effectiveSize":1,"component":0,"community":0,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"NIFT","actorId":"5edf0641-75e9-4eeb-aa00-4bbd898d5684","group":"University or research centre","degree":1,"betweenness":0,"closeness":0.2807017543859649,"eigenvector":0.23545385694299553,"pageRank":0.04443592204053347,"clustering":0,"core":1,"constraint":1,"effectiveSize":1,"component":1,"community":1,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"Bagru block printer 6 (illustrative)","actorId":"902fca61-5f30-41a7-ae92-dd4a1973f418","group":"2. Finishing and tailoring","degree":5,"betweenness":22,"closeness":0.4444444444444444,"eigenvector":0.618092033144944,"pageRank":0.1887661354629813,"clustering":0.1,"core":2,"constraint":0.28111111111111114,"effectiveSize":4.6,"component":1,"community":1,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":4,"representative":4,"liaison":10}},{"name":"Bagru block printer 8 (illustrative)","actorId":"da45fede-c1de-4b44-8079-4a64d59bf34b","group":"2. Finishing and tailoring","degree":1,"betweenness":0,"closeness":0.2807017543859649,"eigenvector":0.23545385694299553,"pageRank":0.04443592204053347,"clustering":0,"core":1,"constraint":1,"effectiveSize":1,"component":1,"community":1,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"Bagru block printer 7 (illustrative)","actorId":"a6165acb-12ad-42aa-a69f-dba56a0a3419","group":"2. Finishing and tailoring","degree":2,"betweenness":7,"closeness":0.26666666666666666,"eigenvector":0.12636825245416744,"pageRank":0.09107726721036472,"clustering":0,"core":1,"constraint":0.5,"effectiveSize":2,"component":1,"community":2,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":2}},{"name":"COTEX","actorId":"d2946408-d4db-4aa3-b720-ff7917f6691c","group":"3. Marketing and export","degree":2,"betweenness":12,"closeness":0.35555555555555557,"eigenvector":0.283592145142978,"pageRank":0.08314376060376266,"clustering":0,"core":1,"constraint":0.5,"effectiveSize":2,"component":1,"community":2,"brokerage":{"coordinator":0,"itinerant":2,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"Bagru block printer 4 (illustrative)","actorId":"4f811958-2f45-4eeb-b8c1-858733fb0219","group":"1. Dyeing and hand-block printing","degree":2,"betweenness":0,"closeness":0.3137254901960784,"eigenvector":0.40996039759714537,"pageRank":0.07717839492172715,"clustering":1,"core":2,"constraint":0.8044444444444444,"effectiveSize":1,"component":1,"community":1,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"Bagru block printer 5 (illustrative)","actorId":"99ca6170-c4c0-4578-9670-71b5b519971f","group":"1. Dyeing and hand-block printing","degree":1,"betweenness":0,"closeness":0.19753086419753085,"eigenvector":0.048138288199982435,"pageRank":0.05105351757557487,"clustering":0,"core":1,"constraint":1,"effectiveSize":1,"component":1,"community":2,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"IIRD","actorId":"b4988350-e3da-416e-b2c2-ff4a29c41393","group":"NGO","degree":0,"betweenness":0,"closeness":0,"eigenvector":0,"pageRank":0.012345679012345682,"clustering":0,"core":0,"constraint":null,"effectiveSize":null,"component":2,"community":3,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}}]}', NULL);
INSERT INTO public.network_analyses VALUES ('273b8a6d-c592-4f34-9f4c-4d9b08a62b87', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'stage', '5@1796292888.363555|3@1796292888.318736|1@1796292888.64328|4@1796292888.149118|9:11735063294578550926|0:14695981039346656037|67@1796292889.420096', 'ready', NULL, '9d69ec6b-ca93-44e4-9295-990672dfc6e2', '2026-12-03 10:14:51.393443+00', '2026-12-03 10:14:51.555485+00', '2026-12-03 10:14:51.583448+00', '<section aria-labelledby="find-h"><h2 id="find-h">What the ties say</h2><p class="hint">Groups are stages of the value chain (organisations outside it by kind). <a href="/clusters/e9aa77cf-f89a-4bae-957c-d335884b2ab1/network-analysis?groups=kind">Group by kind of organisation</a></p><ul><li>6 actors and 2 ties; 13.3 % of the possible ties exist.</li><li>The actors fall into 4 separate parts that no tie connects.</li><li>3 actors have no cooperative tie: National Metrology Laboratory, INPYME, INCAE.</li><li>Most paths between actors run through Boaco cheese producers&#39; cooperative (illustrative): without them the network would split or stretch.</li><li>One actor links Cooperative to Enterprises beyond their direct ties: Boaco cheese producers&#39; cooperative (illustrative).</li><li>Boaco cheese producers&#39; cooperative (illustrative) reach contacts who are not tied to each other: they span structural holes.</li><li>Transitivity 0.00: few closed triangles, so ties rarely reinforce each other.</li></ul></section>
<figure class="graph analysis"><svg viewBox="0 0 760 539" role="img" aria-label="The cluster&#39;s actors laid out by their ties; larger circles broker more paths">
<g class="ties"><line x1="520.5" y1="429.8" x2="280.3" y2="232.5"/><line x1="280.3" y1="232.5" x2="39.7" y2="34.9"/></g><circle class="node institution" data-kind="institution" cx="13.0" cy="503.7" r="5.0"><title>National Metrology Laboratory: betweenness 0.0</title></circle><circle class="node" data-kind="enterprise" cx="520.5" cy="429.8" r="5.0"><title>Cheese maker, Boaco (illustrative): betweenness 0.0</title></circle><circle class="node institution" data-kind="institution" cx="280.3" cy="232.5" r="14.0"><title>Boaco cheese producers&#39; cooperative (illustrative): betweenness 1.0</title></circle><circle class="node institution" data-kind="institution" cx="39.7" cy="34.9" r="5.0"><title>Alianza Láctea: betweenness 0.0</title></circle><circle class="node institution" data-kind="institution" cx="163.0" cy="503.7" r="5.0"><title>INPYME: betweenness 0.0</title></circle><circle class="node institution" data-kind="institution" cx="313.0" cy="503.7" r="5.0"><title>INCAE: betweenness 0.0</title></circle><text x="528.5" y="434.3">Cheese maker, Boaco</text><text x="297.3" y="237.1">Boaco cheese producers&#39; coope…</text><text x="47.7" y="39.5">Alianza Láctea</text><text x="171.0" y="508.2">INPYME</text><text x="321.0" y="508.2">INCAE</text><text class="row-title" x="13.0" y="490.7">Without any tie:</text></svg>
<figcaption>Tied actors are drawn close together; separate parts stand side by side; a larger circle brokers more paths.
<span class="key node-key"></span> enterprise <span class="key node-key institution"></span> institution · 1 name left out of the drawing for room is in the table of actors.</figcaption></figure>
<details class="actors"><summary>All 6 actors</summary>
<div class="table-wrap" tabindex="0" role="region" aria-label="All actors"><table><thead><tr><th scope="col">Actor</th><th scope="col">Kind</th><th scope="col">Group</th><th scope="col">Ties</th><th scope="col">Betweenness</th></tr></thead>
<tbody><tr><th scope="row">Boaco cheese producers&#39; cooperative (illustrative)</th><td>Institution</td><td>Cooperative</td><td class="num">2</td><td class="num">1.0</td></tr><tr><th scope="row">Alianza Láctea</th><td>Institution</td><td>Cooperative</td><td class="num">1</td><td class="num">0.0</td></tr><tr><th scope="row">Cheese maker, Boaco (illustrative)</th><td>Enterprise</td><td>Enterprises</td><td class="num">1</td><td class="num">0.0</td></tr><tr><th scope="row">INCAE</th><td>Institution</td><td>University or research centre</td><td class="num">0</td><td class="num">0.0</td></tr><tr><th scope="row">INPYME</th><td>Institution</td><td>Government agency</td><td class="num">0</td><td class="num">0.0</td></tr><tr><th scope="row">National Metrology Laboratory</th><td>Institution</td><td>Testing or metrology laboratory</td><td class="num">0</td><td class="num">0.0</td></tr></tbody></table></div></details>
<section aria-labelledby="brk-h"><h2 id="brk-h">Key brokers</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="Key brokers"><table><thead><tr><th scope="col">Actor</th><th scope="col">Group</th><th scope="col">Betweenness</th><th scope="col">Ties</th><th scope="col">Constraint</th><th scope="col">Links between other groups</th></tr></thead>
<tbody><tr><th scope="row"><a href="/actors/7314aed3-24d5-4e42-bff4-7dca2b7051d9">Boaco cheese producers&#39; cooperative (illustrative)</a></th><td>Cooperative</td><td class="num">1.0</td><td class="num">2</td><td class="num">0.50</td><td class="num">0</td></tr></tbody></table></div>
<p><a href="/clusters/e9aa77cf-f89a-4bae-957c-d335884b2ab1/network-analysis.csv">Every actor&#39;s measures as CSV</a></p></section>
', 'id,group,degree,weighted_degree,betweenness,closeness,eigenvector,pagerank,clustering,core,constraint,effective_size,component,community,louvain_community,coordinator,itinerant,gatekeeper,representative,liaison
National Metrology Laboratory,Testing or metrology laboratory,0,0,0,0,6.53991e-11,0.0434783,0,0,,,0,0,0,0,0,0,0,0
"Cheese maker, Boaco (illustrative)",Enterprises,1,1,0,0.266667,0.5,0.223267,0,1,1,1,1,1,1,0,0,0,0,0
Boaco cheese producers'' cooperative (illustrative),Cooperative,2,2,1,0.4,0.707107,0.423032,0,1,0.5,2,1,1,1,0,0,1,1,0
Alianza Láctea,Cooperative,1,1,0,0.266667,0.5,0.223267,0,1,1,1,1,1,1,0,0,0,0,0
INPYME,Government agency,0,0,0,0,6.53991e-11,0.0434783,0,0,,,2,2,2,0,0,0,0,0
INCAE,University or research centre,0,0,0,0,6.53991e-11,0.0434783,0,0,,,3,3,3,0,0,0,0,0
', '{"actors":6,"ties":2,"density":0.13333333333333333,"components":4,"transitivity":0,"communities":4,"modularity":0,"findings":["6 actors and 2 ties; 13.3 % of the possible ties exist.","The actors fall into 4 separate parts that no tie connects.","3 actors have no cooperative tie: National Metrology Laboratory, INPYME, INCAE.","Most paths between actors run through Boaco cheese producers'' cooperative (illustrative): without them the network would split or stretch.","One actor links Cooperative to Enterprises beyond their direct ties: Boaco cheese producers'' cooperative (illustrative).","Boaco cheese producers'' cooperative (illustrative) reach contacts who are not tied to each other: they span structural holes.","Transitivity 0.00: few closed triangles, so ties rarely reinforce each other."],"bridges":[{"from":"Cooperative","to":"Enterprises","brokers":["Boaco cheese producers'' cooperative (illustrative)"],"directlyTied":true}],"nodes":[{"name":"National Metrology Laboratory","actorId":"204e8523-0407-40d0-8877-3ef4e6e9c5d6","group":"Testing or metrology laboratory","degree":0,"betweenness":0,"closeness":0,"eigenvector":6.539905813022033e-11,"pageRank":0.04347826086956522,"clustering":0,"core":0,"constraint":null,"effectiveSize":null,"component":0,"community":0,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"Cheese maker, Boaco (illustrative)","actorId":"6f31a935-1fdb-4d30-8aec-9975ab04b805","group":"Enterprises","degree":1,"betweenness":0,"closeness":0.26666666666666666,"eigenvector":0.5,"pageRank":0.22326674500653582,"clustering":0,"core":1,"constraint":1,"effectiveSize":1,"component":1,"community":1,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"Boaco cheese producers'' cooperative (illustrative)","actorId":"7314aed3-24d5-4e42-bff4-7dca2b7051d9","group":"Cooperative","degree":2,"betweenness":1,"closeness":0.4,"eigenvector":0.7071067811865476,"pageRank":0.4230317273782326,"clustering":0,"core":1,"constraint":0.5,"effectiveSize":2,"component":1,"community":1,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":1,"representative":1,"liaison":0}},{"name":"Alianza Láctea","actorId":"e75bff5b-af8a-4115-8d99-1fb708ce67e8","group":"Cooperative","degree":1,"betweenness":0,"closeness":0.26666666666666666,"eigenvector":0.5,"pageRank":0.22326674500653582,"clustering":0,"core":1,"constraint":1,"effectiveSize":1,"component":1,"community":1,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"INPYME","actorId":"78929e45-5931-43b5-b293-f16b25efa3ce","group":"Government agency","degree":0,"betweenness":0,"closeness":0,"eigenvector":6.539905813022033e-11,"pageRank":0.04347826086956522,"clustering":0,"core":0,"constraint":null,"effectiveSize":null,"component":2,"community":2,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"INCAE","actorId":"7d15b17f-afb4-419d-b2d6-3863feb62d28","group":"University or research centre","degree":0,"betweenness":0,"closeness":0,"eigenvector":6.539905813022033e-11,"pageRank":0.04347826086956522,"clustering":0,"core":0,"constraint":null,"effectiveSize":null,"component":3,"community":3,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}}]}', NULL);
INSERT INTO public.network_analyses VALUES ('b83b91a0-27b9-4381-9391-1440f89a47e9', '52086be3-e5ac-4a1d-869f-ec4527e6d3ee', 'stage', '0@-|0@-|1@1796292888.628286|0@-|0:14695981039346656037|0:14695981039346656037|67@1796292889.420096', 'ready', NULL, '9d69ec6b-ca93-44e4-9295-990672dfc6e2', '2026-12-03 10:14:51.621228+00', '2026-12-03 10:14:51.786948+00', '2026-12-03 10:14:51.794542+00', '<p>No ties recorded yet: the analysis reads the cluster''s map of linkages.</p>', 'id
', '{"actors":0,"findings":[],"nodes":[]}', NULL);
INSERT INTO public.network_analyses VALUES ('3c7cb7d2-ebb4-451e-b60e-08599a1d5e1b', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'stage', '4@1796292887.7410622|4@1796292887.7055678|1@1796292888.634639|4@1796292887.6730409|9:14777700823450165086|0:14695981039346656037|67@1796292889.420096', 'ready', NULL, '9d69ec6b-ca93-44e4-9295-990672dfc6e2', '2026-12-03 10:14:52.080545+00', '2026-12-03 10:14:52.252475+00', '2026-12-03 10:14:52.278879+00', '<section aria-labelledby="find-h"><h2 id="find-h">What the ties say</h2><p class="hint">Groups are stages of the value chain (organisations outside it by kind). <a href="/clusters/73582a1c-ea3b-451f-aad4-51c50f0b3f42/network-analysis?groups=kind">Group by kind of organisation</a></p><ul><li>4 actors and 3 ties; 50.0 % of the possible ties exist.</li><li>Every actor can reach every other through the ties.</li><li>Most paths between actors run through Pune food processors&#39; association (illustrative), Pune pickle and spice maker (illustrative): without them the network would split or stretch.</li><li>2 actors link groups they do not belong to, first of all Pune food processors&#39; association (illustrative), Pune pickle and spice maker (illustrative).</li><li>Business association reach Testing or metrology laboratory only through one actor: Pune pickle and spice maker (illustrative).</li><li>Enterprises reach Government agency only through one actor: Pune food processors&#39; association (illustrative).</li><li>Pune food processors&#39; association (illustrative), Pune pickle and spice maker (illustrative) reach contacts who are not tied to each other: they span structural holes.</li><li>Transitivity 0.00: few closed triangles, so ties rarely reinforce each other.</li></ul></section>
<figure class="graph analysis"><svg viewBox="0 0 760 472" role="img" aria-label="The cluster&#39;s actors laid out by their ties; larger circles broker more paths">
<g class="ties"><line x1="364.9" y1="302.0" x2="520.5" y2="429.8"/><line x1="364.9" y1="302.0" x2="195.3" y2="162.7"/><line x1="39.7" y1="34.9" x2="195.3" y2="162.7"/></g><circle class="node institution" data-kind="institution" cx="364.9" cy="302.0" r="14.0"><title>Pune food processors&#39; association (illustrative): betweenness 2.0</title></circle><circle class="node institution" data-kind="institution" cx="520.5" cy="429.8" r="5.0"><title>State food and drug administration (illustrative): betweenness 0.0</title></circle><circle class="node institution" data-kind="institution" cx="39.7" cy="34.9" r="5.0"><title>Food testing laboratory, Pune (illustrative): betweenness 0.0</title></circle><circle class="node" data-kind="enterprise" cx="195.3" cy="162.7" r="14.0"><title>Pune pickle and spice maker (illustrative): betweenness 2.0</title></circle><text x="381.9" y="306.5">Pune food processors&#39; associa…</text><text x="512.5" y="434.3" text-anchor="end">State food and drug administr…</text><text x="47.7" y="39.5">Food testing laboratory, Pune</text><text x="212.3" y="167.3">Pune pickle and spice maker</text></svg>
<figcaption>Tied actors are drawn close together; separate parts stand side by side; a larger circle brokers more paths.
<span class="key node-key"></span> enterprise <span class="key node-key institution"></span> institution .</figcaption></figure>
<details class="actors"><summary>All 4 actors</summary>
<div class="table-wrap" tabindex="0" role="region" aria-label="All actors"><table><thead><tr><th scope="col">Actor</th><th scope="col">Kind</th><th scope="col">Group</th><th scope="col">Ties</th><th scope="col">Betweenness</th></tr></thead>
<tbody><tr><th scope="row">Pune food processors&#39; association (illustrative)</th><td>Institution</td><td>Business association</td><td class="num">2</td><td class="num">2.0</td></tr><tr><th scope="row">Pune pickle and spice maker (illustrative)</th><td>Enterprise</td><td>Enterprises</td><td class="num">2</td><td class="num">2.0</td></tr><tr><th scope="row">Food testing laboratory, Pune (illustrative)</th><td>Institution</td><td>Testing or metrology laboratory</td><td class="num">1</td><td class="num">0.0</td></tr><tr><th scope="row">State food and drug administration (illustrative)</th><td>Institution</td><td>Government agency</td><td class="num">1</td><td class="num">0.0</td></tr></tbody></table></div></details>
<section aria-labelledby="brk-h"><h2 id="brk-h">Key brokers</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="Key brokers"><table><thead><tr><th scope="col">Actor</th><th scope="col">Group</th><th scope="col">Betweenness</th><th scope="col">Ties</th><th scope="col">Constraint</th><th scope="col">Links between other groups</th></tr></thead>
<tbody><tr><th scope="row"><a href="/actors/3a7ca3a1-c08a-4438-ad60-5f87f162ed67">Pune food processors&#39; association (illustrative)</a></th><td>Business association</td><td class="num">2.0</td><td class="num">2</td><td class="num">0.50</td><td class="num">2</td></tr><tr><th scope="row"><a href="/actors/5003dce5-b777-499a-bd43-a48124d6ad1c">Pune pickle and spice maker (illustrative)</a></th><td>Enterprises</td><td class="num">2.0</td><td class="num">2</td><td class="num">0.50</td><td class="num">2</td></tr></tbody></table></div>
<p><a href="/clusters/73582a1c-ea3b-451f-aad4-51c50f0b3f42/network-analysis.csv">Every actor&#39;s measures as CSV</a></p></section>
<section aria-labelledby="com-h"><h2 id="com-h">Communities</h2>
<p class="hint">Actors tied more to each other than to the rest (Leiden; each community hangs together through its own ties). Modularity 0.17.</p>
<ol><li><strong>2 actors</strong> (Enterprises: 1, Testing or metrology laboratory: 1): Food testing laboratory, Pune (illustrative), Pune pickle and spice maker (illustrative)</li><li><strong>2 actors</strong> (Business association: 1, Government agency: 1): Pune food processors&#39; association (illustrative), State food and drug administration (illustrative)</li></ol></section>', 'id,group,degree,weighted_degree,betweenness,closeness,eigenvector,pagerank,clustering,core,constraint,effective_size,component,community,louvain_community,coordinator,itinerant,gatekeeper,representative,liaison
Pune food processors'' association (illustrative),Business association,2,2,2,0.75,0.601501,0.324561,0,1,0.5,2,0,0,0,0,0,0,0,2
State food and drug administration (illustrative),Government agency,1,1,0,0.5,0.371748,0.175439,0,1,1,1,0,0,0,0,0,0,0,0
"Food testing laboratory, Pune (illustrative)",Testing or metrology laboratory,1,1,0,0.5,0.371748,0.175439,0,1,1,1,0,1,1,0,0,0,0,0
Pune pickle and spice maker (illustrative),Enterprises,2,2,2,0.75,0.601501,0.324561,0,1,0.5,2,0,1,1,0,0,0,0,2
', '{"actors":4,"ties":3,"density":0.5,"components":1,"transitivity":0,"communities":2,"modularity":0.16666666666666663,"findings":["4 actors and 3 ties; 50.0 % of the possible ties exist.","Every actor can reach every other through the ties.","Most paths between actors run through Pune food processors'' association (illustrative), Pune pickle and spice maker (illustrative): without them the network would split or stretch.","2 actors link groups they do not belong to, first of all Pune food processors'' association (illustrative), Pune pickle and spice maker (illustrative).","Business association reach Testing or metrology laboratory only through one actor: Pune pickle and spice maker (illustrative).","Enterprises reach Government agency only through one actor: Pune food processors'' association (illustrative).","Pune food processors'' association (illustrative), Pune pickle and spice maker (illustrative) reach contacts who are not tied to each other: they span structural holes.","Transitivity 0.00: few closed triangles, so ties rarely reinforce each other."],"bridges":[{"from":"Business association","to":"Testing or metrology laboratory","brokers":["Pune pickle and spice maker (illustrative)"],"directlyTied":false},{"from":"Enterprises","to":"Government agency","brokers":["Pune food processors'' association (illustrative)"],"directlyTied":false}],"nodes":[{"name":"Pune food processors'' association (illustrative)","actorId":"3a7ca3a1-c08a-4438-ad60-5f87f162ed67","group":"Business association","degree":2,"betweenness":2,"closeness":0.75,"eigenvector":0.6015009549993822,"pageRank":0.3245614035089971,"clustering":0,"core":1,"constraint":0.5,"effectiveSize":2,"component":0,"community":0,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":2}},{"name":"State food and drug administration (illustrative)","actorId":"e6f83554-1db2-40d8-b6bf-78491a565d7f","group":"Government agency","degree":1,"betweenness":0,"closeness":0.5,"eigenvector":0.37174803447339344,"pageRank":0.17543859649100285,"clustering":0,"core":1,"constraint":1,"effectiveSize":1,"component":0,"community":0,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"Food testing laboratory, Pune (illustrative)","actorId":"1aa3370e-745e-48fb-bc46-603dea0ed5d6","group":"Testing or metrology laboratory","degree":1,"betweenness":0,"closeness":0.5,"eigenvector":0.37174803447339344,"pageRank":0.17543859649100285,"clustering":0,"core":1,"constraint":1,"effectiveSize":1,"component":0,"community":1,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"Pune pickle and spice maker (illustrative)","actorId":"5003dce5-b777-499a-bd43-a48124d6ad1c","group":"Enterprises","degree":2,"betweenness":2,"closeness":0.75,"eigenvector":0.6015009549993822,"pageRank":0.3245614035089971,"clustering":0,"core":1,"constraint":0.5,"effectiveSize":2,"component":0,"community":1,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":2}}]}', NULL);
INSERT INTO public.network_analyses VALUES ('ebae7d11-d5b6-40f2-8376-768bad526d2b', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'stage', '3@1796292888.5142899|2@1796292888.489038|1@1796292888.647468|0@-|5:7360389503737905015|0:14695981039346656037|67@1796292889.420096', 'ready', NULL, '9d69ec6b-ca93-44e4-9295-990672dfc6e2', '2026-12-03 10:14:51.84677+00', '2026-12-03 10:14:51.997207+00', '2026-12-03 10:14:52.022475+00', '<section aria-labelledby="find-h"><h2 id="find-h">What the ties say</h2><p class="hint">Groups are stages of the value chain (organisations outside it by kind). <a href="/clusters/c4fe936d-e07b-4237-8718-d8cf891791d8/network-analysis?groups=kind">Group by kind of organisation</a></p><ul><li>4 actors and 2 ties; 33.3 % of the possible ties exist.</li><li>The actors fall into 2 separate parts that no tie connects.</li><li>1 actor has no cooperative tie: Local NGO, Ludhiana (illustrative).</li><li>Most paths between actors run through APPEAL: without them the network would split or stretch.</li><li>1 actor links groups they do not belong to, first of all APPEAL.</li><li>Government agency reach Training institute only through one actor: APPEAL.</li><li>APPEAL reach contacts who are not tied to each other: they span structural holes.</li><li>Transitivity 0.00: few closed triangles, so ties rarely reinforce each other.</li></ul></section>
<figure class="graph analysis"><svg viewBox="0 0 760 539" role="img" aria-label="The cluster&#39;s actors laid out by their ties; larger circles broker more paths">
<g class="ties"><line x1="279.9" y1="232.1" x2="520.5" y2="429.8"/><line x1="279.9" y1="232.1" x2="39.7" y2="34.9"/></g><circle class="node institution" data-kind="institution" cx="279.9" cy="232.1" r="14.0"><title>APPEAL: betweenness 1.0</title></circle><circle class="node institution" data-kind="institution" cx="520.5" cy="429.8" r="5.0"><title>Department of Technical Education, Government of Punjab: betweenness 0.0</title></circle><circle class="node institution" data-kind="institution" cx="39.7" cy="34.9" r="5.0"><title>GPW: betweenness 0.0</title></circle><circle class="node institution" data-kind="institution" cx="13.0" cy="503.7" r="5.0"><title>Local NGO, Ludhiana (illustrative): betweenness 0.0</title></circle><text x="296.9" y="236.7">APPEAL</text><text x="512.5" y="434.3" text-anchor="end">Department of Technical Educa…</text><text x="47.7" y="39.5">GPW</text><text x="21.0" y="508.2">Local NGO, Ludhiana</text><text class="row-title" x="13.0" y="490.7">Without any tie:</text></svg>
<figcaption>Tied actors are drawn close together; separate parts stand side by side; a larger circle brokers more paths.
<span class="key node-key"></span> enterprise <span class="key node-key institution"></span> institution .</figcaption></figure>
<details class="actors"><summary>All 4 actors</summary>
<div class="table-wrap" tabindex="0" role="region" aria-label="All actors"><table><thead><tr><th scope="col">Actor</th><th scope="col">Kind</th><th scope="col">Group</th><th scope="col">Ties</th><th scope="col">Betweenness</th></tr></thead>
<tbody><tr><th scope="row">APPEAL</th><td>Institution</td><td>Business association</td><td class="num">2</td><td class="num">1.0</td></tr><tr><th scope="row">Department of Technical Education, Government of Punjab</th><td>Institution</td><td>Government agency</td><td class="num">1</td><td class="num">0.0</td></tr><tr><th scope="row">GPW</th><td>Institution</td><td>Training institute</td><td class="num">1</td><td class="num">0.0</td></tr><tr><th scope="row">Local NGO, Ludhiana (illustrative)</th><td>Institution</td><td>NGO</td><td class="num">0</td><td class="num">0.0</td></tr></tbody></table></div></details>
<section aria-labelledby="brk-h"><h2 id="brk-h">Key brokers</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="Key brokers"><table><thead><tr><th scope="col">Actor</th><th scope="col">Group</th><th scope="col">Betweenness</th><th scope="col">Ties</th><th scope="col">Constraint</th><th scope="col">Links between other groups</th></tr></thead>
<tbody><tr><th scope="row"><a href="/actors/db002841-e42e-4b76-945c-73e8ba48b687">APPEAL</a></th><td>Business association</td><td class="num">1.0</td><td class="num">2</td><td class="num">0.50</td><td class="num">2</td></tr></tbody></table></div>
<p><a href="/clusters/c4fe936d-e07b-4237-8718-d8cf891791d8/network-analysis.csv">Every actor&#39;s measures as CSV</a></p></section>
', 'id,group,degree,weighted_degree,betweenness,closeness,eigenvector,pagerank,clustering,core,constraint,effective_size,component,community,louvain_community,coordinator,itinerant,gatekeeper,representative,liaison
APPEAL,Business association,2,2,1,0.666667,0.707107,0.46332,0,1,0.5,2,0,0,0,0,0,0,0,2
"Department of Technical Education, Government of Punjab",Government agency,1,1,0,0.444444,0.5,0.24453,0,1,1,1,0,0,0,0,0,0,0,0
GPW,Training institute,1,1,0,0.444444,0.5,0.24453,0,1,1,1,0,0,0,0,0,0,0,0
"Local NGO, Ludhiana (illustrative)",NGO,0,0,0,0,1.57887e-10,0.047619,0,0,,,1,1,1,0,0,0,0,0
', '{"actors":4,"ties":2,"density":0.3333333333333333,"components":2,"transitivity":0,"communities":2,"modularity":0,"findings":["4 actors and 2 ties; 33.3 % of the possible ties exist.","The actors fall into 2 separate parts that no tie connects.","1 actor has no cooperative tie: Local NGO, Ludhiana (illustrative).","Most paths between actors run through APPEAL: without them the network would split or stretch.","1 actor links groups they do not belong to, first of all APPEAL.","Government agency reach Training institute only through one actor: APPEAL.","APPEAL reach contacts who are not tied to each other: they span structural holes.","Transitivity 0.00: few closed triangles, so ties rarely reinforce each other."],"bridges":[{"from":"Government agency","to":"Training institute","brokers":["APPEAL"],"directlyTied":false}],"nodes":[{"name":"APPEAL","actorId":"db002841-e42e-4b76-945c-73e8ba48b687","group":"Business association","degree":2,"betweenness":1,"closeness":0.6666666666666666,"eigenvector":0.7071067811865476,"pageRank":0.4633204633195667,"clustering":0,"core":1,"constraint":0.5,"effectiveSize":2,"component":0,"community":0,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":2}},{"name":"Department of Technical Education, Government of Punjab","actorId":"b8ac875c-4173-4038-955e-4d6ed488c527","group":"Government agency","degree":1,"betweenness":0,"closeness":0.4444444444444444,"eigenvector":0.5,"pageRank":0.2445302445306929,"clustering":0,"core":1,"constraint":1,"effectiveSize":1,"component":0,"community":0,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"GPW","actorId":"44943601-5448-4a13-af28-6962e984d8c3","group":"Training institute","degree":1,"betweenness":0,"closeness":0.4444444444444444,"eigenvector":0.5,"pageRank":0.2445302445306929,"clustering":0,"core":1,"constraint":1,"effectiveSize":1,"component":0,"community":0,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}},{"name":"Local NGO, Ludhiana (illustrative)","actorId":"180e0498-95d0-446e-a8d3-38685b102c1c","group":"NGO","degree":0,"betweenness":0,"closeness":0,"eigenvector":1.5788729310440438e-10,"pageRank":0.04761904761904763,"clustering":0,"core":0,"constraint":null,"effectiveSize":null,"component":1,"community":1,"brokerage":{"coordinator":0,"itinerant":0,"gatekeeper":0,"representative":0,"liaison":0}}]}', NULL);
INSERT INTO public.network_analyses VALUES ('fedbe313-f2ab-4903-899a-e937b9041834', 'bb0ec695-bb33-4c42-bd2b-64285bf56643', 'stage', '0@-|0@-|0@-|0@-|0:14695981039346656037|0:14695981039346656037|67@1796292889.420096', 'ready', NULL, '9d69ec6b-ca93-44e4-9295-990672dfc6e2', '2026-12-03 10:14:52.307706+00', '2026-12-03 10:14:52.482185+00', '2026-12-03 10:14:52.490308+00', '<p>No ties recorded yet: the analysis reads the cluster''s map of linkages.</p>', 'id
', '{"actors":0,"findings":[],"nodes":[]}', NULL);
INSERT INTO public.network_analyses VALUES ('8597013b-562b-4041-9188-2e856bf99410', '6aa2e834-4b20-4284-a1d0-0085602db9d3', 'stage', '0@-|0@-|0@-|0@-|0:14695981039346656037|0:14695981039346656037|67@1796292889.420096', 'ready', NULL, '9d69ec6b-ca93-44e4-9295-990672dfc6e2', '2026-12-03 10:14:52.536712+00', '2026-12-03 10:14:52.693587+00', '2026-12-03 10:14:52.70098+00', '<p>No ties recorded yet: the analysis reads the cluster''s map of linkages.</p>', 'id
', '{"actors":0,"findings":[],"nodes":[]}', NULL);


--
-- Data for Name: network_relations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.network_relations VALUES ('60492524-8dd7-4766-83ab-135e5981ded9', '569225ba-9751-4d64-b512-83745e5b984d', 'strengthens_association', 'c7c32405-e20c-42ce-8a6e-81105b7e01d9', '2001-09-01', NULL, '2026-12-03 10:14:49.246384+00', '2026-12-03 10:14:49.246384+00');
INSERT INTO public.network_relations VALUES ('7585cce3-f5da-434a-8b1a-3f5de11493f4', '569225ba-9751-4d64-b512-83745e5b984d', 'feeds_policy_dialogue', '79b5352c-0f69-499d-9686-7a7bf5d8d792', '2002-01-15', NULL, '2026-12-03 10:14:49.252043+00', '2026-12-03 10:14:49.252043+00');
INSERT INTO public.network_relations VALUES ('c6b3ba29-e8e9-4317-ae09-d5e8b117eb29', 'bdb7fe09-0321-4c20-b745-7bf7eadfab6c', 'organises_service_demand', 'ffd8f1d7-ad4d-4372-a70a-3260ce8ef9b8', '2001-10-01', NULL, '2026-12-03 10:14:49.256145+00', '2026-12-03 10:14:49.256145+00');
INSERT INTO public.network_relations VALUES ('9eb069fe-8a5b-430d-a38a-594b3f3fcd0f', '9398df75-11ef-46ef-9d2c-54c686335a62', 'strengthens_association', '7c7197da-b8e5-417a-a31b-3a4df5b178b6', '1999-01-01', NULL, '2026-12-03 10:14:49.261868+00', '2026-12-03 10:14:49.261868+00');


--
-- Data for Name: network_rules; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.network_rules VALUES ('33f8a3b6-62b7-4042-abaf-d6f9d93b8f8b', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 1, 'Rules of the Masaya woodworkers', 'Members buy through the shop, keep the common prices and quality; a member who sells the group''s orders on his own account is expelled by the assembly.', '1999-08-01', '2026-12-03 10:14:48.847716+00', '2026-12-03 10:14:48.847716+00');


--
-- Data for Name: networks; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.networks VALUES ('9398df75-11ef-46ef-9d2c-54c686335a62', 'Jaipur block printers'' common services network', 'horizontal', 'IN', '6c76a34b-c798-4836-83cd-7cae4d100a85', '46b0d558-06cf-4e92-b35c-c2231743724f', 'pilot_projects', '1998-11-01', 'One of several networks promoted in the Jaipur cluster to provide common services to their members. Illustrative demo record.', '2026-12-03 10:14:47.472794+00', '2026-12-03 10:14:47.472794+00', 'informal', NULL, NULL, 'jaipur block printers'' common services network  one of several networks promoted in the jaipur cluster to provide common services to their members. illustrative demo record.');
INSERT INTO public.networks VALUES ('fce02ab0-8fe9-4c72-9209-d1359baca15d', 'Masaya woodworkers'' network', 'horizontal', 'NI', NULL, '60ce5e2a-17b5-4989-a6eb-93f238c483ef', 'strategic_projects', '1998-03-01', 'Fifteen micro and small woodworkers: a shared input shop, bulk wood purchasing, a common catalogue, three rocking-chair models exported to the UK. Members who behaved opportunistically were expelled; a new member joined later. Dates illustrative.', '2026-12-03 10:14:47.296517+00', '2026-12-03 10:14:48.863315+00', 'informal', NULL, NULL, 'masaya woodworkers'' network  fifteen micro and small woodworkers: a shared input shop, bulk wood purchasing, a common catalogue, three rocking-chair models exported to the uk. members who behaved opportunistically were expelled; a new member joined later. dates illustrative.');
INSERT INTO public.networks VALUES ('569225ba-9751-4d64-b512-83745e5b984d', 'Thiès food processors'' network (illustrative)', 'horizontal', 'SN', NULL, '3adfdcb6-6dd6-4a2c-88e6-e2a87fc37ba7', 'strategic_planning', '2001-03-01', 'Networks organise the private sector from the base and strengthen its representative associations. Illustrative demo record.', '2026-12-03 10:14:49.21072+00', '2026-12-03 10:14:49.21072+00', 'association', NULL, NULL, 'thies food processors'' network (illustrative)  networks organise the private sector from the base and strengthen its representative associations. illustrative demo record.');
INSERT INTO public.networks VALUES ('bdb7fe09-0321-4c20-b745-7bf7eadfab6c', 'Bulawayo metalworkers'' network (illustrative)', 'horizontal', 'ZW', NULL, 'd07e998d-355f-42c5-81e6-869a6f954c9c', 'pilot_projects', '2001-05-01', 'The network organises its members'' demand for business development services so that providers upgrade them. Illustrative demo record.', '2026-12-03 10:14:49.223236+00', '2026-12-03 10:14:49.223236+00', 'informal', NULL, NULL, 'bulawayo metalworkers'' network (illustrative)  the network organises its members'' demand for business development services so that providers upgrade them. illustrative demo record.');
INSERT INTO public.networks VALUES ('4abc9082-83a3-4450-9f4e-d9fa1e2c4ccd', 'Ice cream and yoghurt supplier network', 'vertical', 'NI', NULL, '60ce5e2a-17b5-4989-a6eb-93f238c483ef', 'round_tables', '1999-06-01', 'A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record.', '2026-12-03 10:14:49.396517+00', '2026-12-03 10:14:49.547745+00', NULL, NULL, NULL, 'ice cream and yoghurt supplier network  a client firm and its current or potential sme suppliers, through the vertical linkages unit at cadin. illustrative demo record.');
INSERT INTO public.networks VALUES ('10ee2987-b5ff-4265-afc6-47fed1fda69c', 'Footwear supplier network', 'vertical', 'NI', NULL, '60ce5e2a-17b5-4989-a6eb-93f238c483ef', 'round_tables', '1999-06-01', 'A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record.', '2026-12-03 10:14:49.3007+00', '2026-12-03 10:14:49.591773+00', NULL, NULL, NULL, 'footwear supplier network  a client firm and its current or potential sme suppliers, through the vertical linkages unit at cadin. illustrative demo record.');
INSERT INTO public.networks VALUES ('82a6c124-3997-4936-b667-e55510412d91', 'Coffee and cereals supplier network', 'vertical', 'NI', NULL, '60ce5e2a-17b5-4989-a6eb-93f238c483ef', 'improvement_plan', '1999-06-01', 'A coffee and cereals processor with peanut and plastic jar suppliers and the National Metrology Laboratory, through the Vertical Linkages Unit at CADIN.', '2026-12-03 10:14:47.477915+00', '2026-12-03 10:14:49.632124+00', NULL, NULL, NULL, 'coffee and cereals supplier network  a coffee and cereals processor with peanut and plastic jar suppliers and the national metrology laboratory, through the vertical linkages unit at cadin.');
INSERT INTO public.networks VALUES ('e6b622e6-318a-4143-92d4-4243e99a0f1e', 'Rum supplier network', 'vertical', 'NI', NULL, '60ce5e2a-17b5-4989-a6eb-93f238c483ef', 'partnership_decision', '1999-06-01', 'A client firm and its current or potential SME suppliers, through the Vertical Linkages Unit at CADIN. Illustrative demo record.', '2026-12-03 10:14:49.356153+00', '2026-12-03 10:14:49.975521+00', NULL, NULL, NULL, 'rum supplier network  a client firm and its current or potential sme suppliers, through the vertical linkages unit at cadin. illustrative demo record.');
INSERT INTO public.networks VALUES ('741bdc4e-cbfc-4005-8163-d14977f1cd0d', 'Furniture makers'' network, Tegucigalpa (illustrative)', 'horizontal', 'HN', NULL, '18474a8a-4e16-45b4-b17e-ad273b886a3e', 'strategic_projects', '1994-05-01', 'One of the networks the Honduran brokers promoted. Illustrative demo record.', '2026-12-03 10:14:50.033711+00', '2026-12-03 10:14:50.033711+00', NULL, NULL, NULL, 'furniture makers'' network, tegucigalpa (illustrative)  one of the networks the honduran brokers promoted. illustrative demo record.');


--
-- Data for Name: partnership_decisions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.partnership_decisions VALUES ('622fab43-1c4e-4298-ad6d-ccb450bf081a', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '1d6199fd-9a06-4f57-8a7c-e8f1caa1ad24', '5381964b-1be3-44b1-99c4-7ec033d9a84a', '2000-04-01', true, 85000, '2000-05-01', '2001-04-30', 'Local bank (illustrative)', 12000, 'The client buys its labels locally instead of importing them.', '2026-12-03 10:14:49.985166+00', '2026-12-03 10:14:49.985166+00');
INSERT INTO public.partnership_decisions VALUES ('9e3090b4-9542-461b-93b6-2c8fef3450ea', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '1d6199fd-9a06-4f57-8a7c-e8f1caa1ad24', '180b0e08-897f-4e53-8b51-8a91c2845f03', '2000-04-01', false, NULL, NULL, NULL, NULL, NULL, 'Bottle quality not yet at the client''s standard; re-evaluate after the quality system.', '2026-12-03 10:14:49.996517+00', '2026-12-03 10:14:49.996517+00');


--
-- Data for Name: perceptions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.perceptions VALUES ('4f02e9b3-19e0-4e4a-821d-223651707a5c', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'c249b51b-72d7-46de-83ec-6359c2165685', 'Food safety regulation', 'entrepreneurs', 'major', 'The Food Adulteration Act is too stringent; relax it and exempt us from the feared audits.', '2026-12-03 10:14:47.585833+00', '2026-12-03 10:14:47.585833+00');
INSERT INTO public.perceptions VALUES ('805f8a49-9eca-4c88-984a-603f405aa98f', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'c249b51b-72d7-46de-83ec-6359c2165685', 'Food safety regulation', 'support_institutions', 'not_a_problem', 'The law is sound; entrepreneurs do not value product safety and rely on traditional practices.', '2026-12-03 10:14:47.594019+00', '2026-12-03 10:14:47.594019+00');
INSERT INTO public.perceptions VALUES ('a89a425f-e628-48c1-8294-850c6a29771d', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'c249b51b-72d7-46de-83ec-6359c2165685', 'Food safety regulation', 'government', 'not_a_problem', 'Regulations protect consumers; producers must comply.', '2026-12-03 10:14:47.601399+00', '2026-12-03 10:14:47.601399+00');
INSERT INTO public.perceptions VALUES ('540e0add-b4b7-4190-af75-9034da0a6a8a', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'c249b51b-72d7-46de-83ec-6359c2165685', 'Knowledge of the law', 'entrepreneurs', 'major', 'We cannot keep up with the continuous amendments of the law.', '2026-12-03 10:14:47.608897+00', '2026-12-03 10:14:47.608897+00');
INSERT INTO public.perceptions VALUES ('b984806b-359d-4752-bdb3-9de547f74769', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'c249b51b-72d7-46de-83ec-6359c2165685', 'Knowledge of the law', 'support_institutions', 'major', 'Producers ignore the rules they must meet.', '2026-12-03 10:14:47.616505+00', '2026-12-03 10:14:47.616505+00');
INSERT INTO public.perceptions VALUES ('bb529879-bf50-47e6-b126-2b35babd1114', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'c249b51b-72d7-46de-83ec-6359c2165685', 'Testing facilities', 'entrepreneurs', 'major', 'There are no reliable and independent testing facilities to monitor our compliance.', '2026-12-03 10:14:47.623944+00', '2026-12-03 10:14:47.623944+00');
INSERT INTO public.perceptions VALUES ('1b92d7cc-fede-4c02-a2e9-b678faf62b7b', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'c249b51b-72d7-46de-83ec-6359c2165685', 'Testing facilities', 'support_institutions', 'minor', 'Modern testing equipment exists but producers do not use it.', '2026-12-03 10:14:47.631755+00', '2026-12-03 10:14:47.631755+00');
INSERT INTO public.perceptions VALUES ('11c63219-5403-4521-93a5-3b8a863460a5', '73582a1c-ea3b-451f-aad4-51c50f0b3f42', 'c249b51b-72d7-46de-83ec-6359c2165685', 'Representation', 'entrepreneurs', 'major', 'Our associations are too fragmented to talk to the regulator in New Delhi.', '2026-12-03 10:14:47.639127+00', '2026-12-03 10:14:47.639127+00');


--
-- Data for Name: persons; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.persons VALUES ('66a307bd-fc79-4799-ba00-ee3c65fb24a9', 'Cluster broker, Jaipur (illustrative)', 'b4988350-e3da-416e-b2c2-ff4a29c41393', 'Cluster development agent', 'female', NULL, NULL, NULL, '2026-12-03 10:14:47.496244+00', '2026-12-03 10:14:47.496244+00', 'cluster broker, jaipur (illustrative)  cluster development agent');
INSERT INTO public.persons VALUES ('6d830112-70e2-462e-93f2-e6f1908e4e36', 'Executive director, CERTEC (illustrative)', '70148723-792b-44ed-97f8-bd7fb9611842', 'Former network broker', 'male', NULL, NULL, NULL, '2026-12-03 10:14:47.499945+00', '2026-12-03 10:14:47.499945+00', 'executive director, certec (illustrative)  former network broker');
INSERT INTO public.persons VALUES ('23a5d955-1643-4db2-bf32-8e884f64081c', 'Linkage broker, CADIN (illustrative)', '75805dc9-5396-4ca3-aa7c-d497878bad7c', 'Vertical Linkages Unit', 'female', NULL, NULL, NULL, '2026-12-03 10:14:47.503277+00', '2026-12-03 10:14:47.503277+00', 'linkage broker, cadin (illustrative)  vertical linkages unit');
INSERT INTO public.persons VALUES ('75be54e5-97f5-4af7-bf44-e4f4807be025', 'Network broker, CERTEC (illustrative)', '70148723-792b-44ed-97f8-bd7fb9611842', NULL, 'female', NULL, NULL, NULL, '2026-12-03 10:14:50.074489+00', '2026-12-03 10:14:50.074489+00', 'network broker, certec (illustrative)');
INSERT INTO public.persons VALUES ('d7b0e863-23b0-417e-ac38-41093355855f', 'Cluster broker, Ludhiana (illustrative)', 'db002841-e42e-4b76-945c-73e8ba48b687', NULL, 'male', NULL, NULL, NULL, '2026-12-03 10:14:50.12387+00', '2026-12-03 10:14:50.12387+00', 'cluster broker, ludhiana (illustrative)');
INSERT INTO public.persons VALUES ('5e3e94ad-31c7-4543-ab48-31014f418f9d', 'Trainee from a state agency, Pune (illustrative)', NULL, NULL, 'female', NULL, NULL, NULL, '2026-12-03 10:14:50.127461+00', '2026-12-03 10:14:50.127461+00', 'trainee from a state agency, pune (illustrative)');
INSERT INTO public.persons VALUES ('30ff5d95-37c9-4f20-b7fa-02dd4b5b4565', 'Field worker of the foundation, Boaco (illustrative)', '7808206d-3582-41d5-b080-79f90ce90ee6', NULL, 'female', NULL, NULL, NULL, '2026-12-03 10:14:50.22658+00', '2026-12-03 10:14:50.22658+00', 'field worker of the foundation, boaco (illustrative)');
INSERT INTO public.persons VALUES ('f9312f4a-5fe6-43b8-bbfe-6481025ba8c8', 'Executive director of the foundation, Boaco (illustrative)', '7808206d-3582-41d5-b080-79f90ce90ee6', NULL, 'male', NULL, NULL, NULL, '2026-12-03 10:14:50.299813+00', '2026-12-03 10:14:50.299813+00', 'executive director of the foundation, boaco (illustrative)');
INSERT INTO public.persons VALUES ('bc58a188-f174-4d94-90fc-3fe04a24b55b', 'Broker from Tunisia (illustrative)', NULL, NULL, 'male', NULL, NULL, NULL, '2026-12-03 10:14:50.306083+00', '2026-12-03 10:14:50.306083+00', 'broker from tunisia (illustrative)');
INSERT INTO public.persons VALUES ('4290ceaa-d047-4f32-8f80-95be7059e5d0', 'Broker from Mexico (illustrative)', NULL, NULL, 'male', NULL, NULL, NULL, '2026-12-03 10:14:50.310374+00', '2026-12-03 10:14:50.310374+00', 'broker from mexico (illustrative)');
INSERT INTO public.persons VALUES ('764bf31f-9af9-4a0e-8c7e-133d52ae2682', 'Broker from Argentina (illustrative)', NULL, NULL, 'male', NULL, NULL, NULL, '2026-12-03 10:14:50.314062+00', '2026-12-03 10:14:50.314062+00', 'broker from argentina (illustrative)');
INSERT INTO public.persons VALUES ('765bf761-1776-445d-9cfa-eb986b05b914', 'Broker from El Salvador (illustrative)', NULL, NULL, 'male', NULL, NULL, NULL, '2026-12-03 10:14:50.318386+00', '2026-12-03 10:14:50.318386+00', 'broker from el salvador (illustrative)');


--
-- Data for Name: phase_decisions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.phase_decisions VALUES ('1dc7e680-3f2b-48dd-accd-b5ae105049eb', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '1998-05-01', 'promotion', 'strategic_planning', NULL, 'Fifteen woodworkers committed to working together.', false, NULL, '2026-12-03 10:14:48.787081+00', '2026-12-03 10:14:48.787081+00');
INSERT INTO public.phase_decisions VALUES ('b77fc332-9838-4304-80b5-4ec7b64cd61b', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '1998-07-01', 'strategic_planning', 'pilot_projects', NULL, 'Business plan adopted by the members.', false, NULL, '2026-12-03 10:14:48.809717+00', '2026-12-03 10:14:48.809717+00');
INSERT INTO public.phase_decisions VALUES ('a898a72a-1e06-4cb7-af56-dcd043dffca2', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '1999-09-01', 'pilot_projects', 'strategic_projects', NULL, 'Pilot projects completed and rules adopted.', false, NULL, '2026-12-03 10:14:48.860298+00', '2026-12-03 10:14:48.860298+00');
INSERT INTO public.phase_decisions VALUES ('cc7a7949-f085-45b4-99ea-a1704e90dd88', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '1999-07-30', 'supplier_evaluation', 'round_tables', NULL, 'Suppliers evaluated', false, NULL, '2026-12-03 10:14:49.465103+00', '2026-12-03 10:14:49.465103+00');
INSERT INTO public.phase_decisions VALUES ('6b555af5-1bb1-4da0-a438-4882d9678b01', '82a6c124-3997-4936-b667-e55510412d91', '1999-07-30', 'supplier_evaluation', 'round_tables', NULL, 'Suppliers evaluated', false, NULL, '2026-12-03 10:14:49.506239+00', '2026-12-03 10:14:49.506239+00');
INSERT INTO public.phase_decisions VALUES ('ea3f4de2-a783-4c67-a340-e7b95d8dcc3a', '4abc9082-83a3-4450-9f4e-d9fa1e2c4ccd', '1999-07-30', 'supplier_evaluation', 'round_tables', NULL, 'Suppliers evaluated', false, NULL, '2026-12-03 10:14:49.544523+00', '2026-12-03 10:14:49.544523+00');
INSERT INTO public.phase_decisions VALUES ('62e99803-e144-4848-85d5-294e9caba5e5', '10ee2987-b5ff-4265-afc6-47fed1fda69c', '1999-07-30', 'supplier_evaluation', 'round_tables', NULL, 'Suppliers evaluated', false, NULL, '2026-12-03 10:14:49.588749+00', '2026-12-03 10:14:49.588749+00');
INSERT INTO public.phase_decisions VALUES ('5cbaf6fb-6c83-4c4e-a970-8cc4851ca313', '82a6c124-3997-4936-b667-e55510412d91', '1999-08-20', 'round_tables', 'detailed_analysis', NULL, 'The client''s requirements agreed', false, NULL, '2026-12-03 10:14:49.612641+00', '2026-12-03 10:14:49.612641+00');
INSERT INTO public.phase_decisions VALUES ('23c1cb0e-235e-4939-9627-42ed4d835263', '82a6c124-3997-4936-b667-e55510412d91', '1999-09-10', 'detailed_analysis', 'improvement_plan', NULL, 'Areas of improvement identified', false, NULL, '2026-12-03 10:14:49.629168+00', '2026-12-03 10:14:49.629168+00');
INSERT INTO public.phase_decisions VALUES ('2b4fbe7d-df98-44a9-a042-7a2fc072f803', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '1999-08-20', 'round_tables', 'detailed_analysis', NULL, 'The client''s requirements agreed', false, NULL, '2026-12-03 10:14:49.741453+00', '2026-12-03 10:14:49.741453+00');
INSERT INTO public.phase_decisions VALUES ('05c60c46-2a7b-47c2-9285-9ef7faee753d', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '1999-09-10', 'detailed_analysis', 'improvement_plan', NULL, 'Areas of improvement identified', false, NULL, '2026-12-03 10:14:49.757069+00', '2026-12-03 10:14:49.757069+00');
INSERT INTO public.phase_decisions VALUES ('8631f10e-1a98-4460-a535-3d7fa9e021d9', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '2000-03-20', 'improvement_plan', 'partnership_decision', NULL, 'Every firm has carried out its plan', false, NULL, '2026-12-03 10:14:49.972292+00', '2026-12-03 10:14:49.972292+00');


--
-- Data for Name: plan_actions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.plan_actions VALUES ('29506f0c-6623-471a-bfad-27eec608adb6', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'Common showroom', 'Reach profitable markets', 'joint_marketing', '7c7197da-b8e5-417a-a31b-3a4df5b178b6', '1999-01-01', '1999-12-31', 'done', 100, NULL, 'A common showroom opened.', '2026-12-03 10:14:48.07005+00', '2026-12-03 10:14:48.07005+00');
INSERT INTO public.plan_actions VALUES ('27d18447-6718-4f15-bfe1-9bd22af65412', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'New products and designs with NIFT', 'Reach profitable markets', 'technical_assistance', '5edf0641-75e9-4eeb-aa00-4bbd898d5684', '1999-03-01', '2000-12-31', 'done', 100, NULL, NULL, '2026-12-03 10:14:48.079202+00', '2026-12-03 10:14:48.079202+00');
INSERT INTO public.plan_actions VALUES ('789fff8f-e1cf-4f2f-aa53-c4f56a33c464', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'Credit scheme', 'Reach profitable markets', 'finance', '4fbcf1a7-d4ae-404f-8781-46774b3a622f', '1999-06-01', '2001-06-30', 'in_progress', 60, NULL, NULL, '2026-12-03 10:14:48.08687+00', '2026-12-03 10:14:48.08687+00');
INSERT INTO public.plan_actions VALUES ('218d50fc-6138-4f4f-ab17-ceb928408fff', '6c76a34b-c798-4836-83cd-7cae4d100a85', 'Revitalise CALICO', 'An autonomous governance framework', 'institutional_capacity', '7c7197da-b8e5-417a-a31b-3a4df5b178b6', '1998-10-01', '2001-06-30', 'done', 100, NULL, 'Membership from 26 to 120; COTEX formed.', '2026-12-03 10:14:48.094528+00', '2026-12-03 10:14:48.094528+00');
INSERT INTO public.plan_actions VALUES ('f4711c53-d59c-4fa8-bc2d-918736105e14', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'Waste-water treatment and relocation study', 'Environment', 'infrastructure', '7314aed3-24d5-4e42-bff4-7dca2b7051d9', '1999-01-01', '2001-06-30', 'planned', NULL, NULL, NULL, '2026-12-03 10:14:48.393193+00', '2026-12-03 10:14:48.393193+00');
INSERT INTO public.plan_actions VALUES ('076e2590-4081-4b87-bacb-779bd3321ffb', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'Cooperative for milk supply and joint purchasing', 'Organisation', 'institutional_capacity', '7314aed3-24d5-4e42-bff4-7dca2b7051d9', '1998-09-01', '1999-12-31', 'done', 100, NULL, NULL, '2026-12-03 10:14:48.401188+00', '2026-12-03 10:14:48.401188+00');
INSERT INTO public.plan_actions VALUES ('84771602-251f-4f83-bccb-275c5bd72a3e', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'Product diversification', 'Diversification', 'technical_assistance', '78929e45-5931-43b5-b293-f16b25efa3ce', '1998-06-01', '2000-12-31', 'in_progress', 80, NULL, NULL, '2026-12-03 10:14:48.384898+00', '2026-12-03 10:14:48.433801+00');
INSERT INTO public.plan_actions VALUES ('c94acd7c-0cd5-46f2-a8a9-1f9e28196284', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'Technical norms for fresh milk and milk products', 'Quality of cheese', 'quality_standards', '78929e45-5931-43b5-b293-f16b25efa3ce', '1998-03-01', '1999-06-30', 'done', 100, NULL, NULL, '2026-12-03 10:14:48.375932+00', '2026-12-03 10:14:48.43481+00');
INSERT INTO public.plan_actions VALUES ('85ab9bd0-fe65-4f5f-80ee-ed1c88851d6b', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'Training cell for women machine operators at GPW', 'Skilled workforce', 'training', 'db002841-e42e-4b76-945c-73e8ba48b687', '1999-09-01', '2000-09-30', 'done', 100, NULL, '7 batches; more than 110 women trained; 80 % employed in the cluster.', '2026-12-03 10:14:48.527492+00', '2026-12-03 10:14:48.527492+00');
INSERT INTO public.plan_actions VALUES ('b342267f-6e35-4e9f-8b46-e5b36e65fd50', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'Visits to foreign fairs', 'Exports', 'joint_marketing', 'db002841-e42e-4b76-945c-73e8ba48b687', '1998-09-01', '2000-12-31', 'done', 100, NULL, NULL, '2026-12-03 10:14:48.535752+00', '2026-12-03 10:14:48.535752+00');


--
-- Data for Name: plan_reviews; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.plan_reviews VALUES ('7b8708ef-c19d-4d30-9227-bc44c8c24c6c', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 1, '1999-07-15', NULL, 'Norms done; diversification ahead of plan; waste water not started.', 'Ministries act together when the committee sets the agenda.', 'Start the waste-water study with the cooperative; add a second diversification round.', '[{"actionId":"C94ACD7C-0CD5-46F2-A8A9-1F9E28196284","note":"Norms diffused with four ministries","percentComplete":100,"status":"done"},{"actionId":"84771602-251F-4F83-BCCB-275C5BD72A3E","note":"Three new types on the market","percentComplete":80,"status":"in_progress"}]', '{"actions":[{"id":"076E2590-4081-4B87-BACB-779BD3321FFB","percentComplete":100,"status":"done","title":"Cooperative for milk supply and joint purchasing","type":"institutional_capacity"},{"id":"84771602-251F-4F83-BCCB-275C5BD72A3E","percentComplete":80,"status":"in_progress","title":"Product diversification","type":"technical_assistance"},{"id":"C94ACD7C-0CD5-46F2-A8A9-1F9E28196284","percentComplete":100,"status":"done","title":"Technical norms for fresh milk and milk products","type":"quality_standards"},{"id":"F4711C53-D59C-4FA8-BC2D-918736105E14","status":"planned","title":"Waste-water treatment and relocation study","type":"infrastructure"}],"objectives":["Quality of cheese","Diversification","Environment","Organisation"],"version":1,"vision":"A cluster known for safe, varied cheese made without harming its rivers."}', '2026-12-03 10:14:48.430579+00', '2026-12-03 10:14:48.430579+00');


--
-- Data for Name: programme_settings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.programme_settings VALUES ('8db35c28-ab04-445e-9a73-ebb791fe1f8c', 'indicator.core.offered', '12');
INSERT INTO public.programme_settings VALUES ('09712a34-7f21-4ad1-b465-d013ea0b5a1b', 'iati.reportingOrgRef', 'XM-DAC-41123');
INSERT INTO public.programme_settings VALUES ('cbfad788-13bc-4953-af75-9b2e5cd515e3', 'iati.reportingOrgName', 'United Nations Industrial Development Organization (demo)');
INSERT INTO public.programme_settings VALUES ('adf91f04-6801-473a-966f-119bc0dd0b89', 'iati.reportingOrgType', '40');


--
-- Data for Name: project_contributions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project_contributions VALUES ('a65c8962-431a-492f-b467-b8d54971bd07', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '53454460-f200-459d-ade0-3e1163a5c3e3', 'Members', NULL, 'private_sector', 'cash', 2500, '1998-08-01', 2500, '1998-09-01', '2026-12-03 10:14:48.900546+00', '2026-12-03 10:14:48.900546+00');
INSERT INTO public.project_contributions VALUES ('53e4bb88-435a-47b0-b3a1-7311e4852652', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', '53454460-f200-459d-ade0-3e1163a5c3e3', 'UNIDO project', NULL, 'project', 'cash', 1500, '1998-08-01', 1500, '1998-09-01', '2026-12-03 10:14:48.905581+00', '2026-12-03 10:14:48.905581+00');
INSERT INTO public.project_contributions VALUES ('7a8eafe1-2a94-42f5-b5f3-cf1c6b2c8642', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 'Members', NULL, 'private_sector', 'cash', 1800, '1998-08-01', 1800, '1998-09-01', '2026-12-03 10:14:48.909547+00', '2026-12-03 10:14:48.909547+00');
INSERT INTO public.project_contributions VALUES ('0c656ada-7b9e-4fce-8db0-8c8a60cf3984', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'f389d1e0-bfbf-4537-ae95-b8c2c4bb18f3', 'UNIDO project', NULL, 'project', 'cash', 2200, '1998-08-01', 2200, '1998-09-01', '2026-12-03 10:14:48.913559+00', '2026-12-03 10:14:48.913559+00');


--
-- Data for Name: project_countries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project_countries VALUES ('57950206-ac5f-4215-8ab7-7f961c8de7c9', '46b0d558-06cf-4e92-b35c-c2231743724f', 'IN');
INSERT INTO public.project_countries VALUES ('4f72183b-870c-4e26-a1c2-7e369c8f4699', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', 'NI');
INSERT INTO public.project_countries VALUES ('1ccc329c-f560-4c17-9268-4d85a86a243e', '18474a8a-4e16-45b4-b17e-ad273b886a3e', 'HN');
INSERT INTO public.project_countries VALUES ('34c74e2a-ef44-46ee-935e-e503a0edfebf', '3adfdcb6-6dd6-4a2c-88e6-e2a87fc37ba7', 'SN');
INSERT INTO public.project_countries VALUES ('0df0b875-22c1-4dbc-85b8-056a95ce0c2e', 'd07e998d-355f-42c5-81e6-869a6f954c9c', 'ZW');
INSERT INTO public.project_countries VALUES ('00b0d5a4-b870-4b40-8248-d4bc202f0f2e', '6b07bacc-ef94-4587-89b0-67396e1161a3', 'IT');
INSERT INTO public.project_countries VALUES ('0ca9a155-51c9-4859-a7f1-e9cc05d492e0', '6b07bacc-ef94-4587-89b0-67396e1161a3', 'MA');
INSERT INTO public.project_countries VALUES ('2b27ec75-04b0-4367-97b9-b47f6eac602e', '4d2ed77b-aafc-4ca8-b1e9-16b6c33272a8', 'MG');


--
-- Data for Name: projects; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.projects VALUES ('46b0d558-06cf-4e92-b35c-c2231743724f', 'IND-CLN', 'Cluster and network development in India', 'Pune food processing, Bagru and Sanganer block printing (Jaipur), Ludhiana knitwear. Dates and budget illustrative.', 'ongoing', '1996-07-01', '2002-06-30', '1996-07-01', NULL, 2400000, 'USD', 'Government of Italy (illustrative)', 'SIDBI', 'clusters
horizontal_networks', '2026-12-03 10:14:47.102838+00', '2026-12-03 10:14:47.102838+00', 'ind-cln  cluster and network development in india  pune food processing, bagru and sanganer block printing (jaipur), ludhiana knitwear. dates and budget illustrative.  government of italy (illustrative)  sidbi', '32130');
INSERT INTO public.projects VALUES ('60ce5e2a-17b5-4989-a6eb-93f238c483ef', 'NIC-CLN', 'SME networks, clusters and vertical linkages in Nicaragua', 'Boaco/Chontales milk and cheese cluster, Masaya woodworking network, Vertical Linkages Unit at CADIN (designed 1999). Dates and budget illustrative.', 'ongoing', '1997-03-01', '2002-12-31', '1997-03-01', NULL, 1800000, 'USD', '', 'CADIN
INPYME', 'clusters
horizontal_networks
vertical_linkages', '2026-12-03 10:14:47.112671+00', '2026-12-03 10:14:47.112671+00', 'nic-cln  sme networks, clusters and vertical linkages in nicaragua  boaco/chontales milk and cheese cluster, masaya woodworking network, vertical linkages unit at cadin (designed 1999). dates and budget illustrative.  cadin  inpyme', '32130');
INSERT INTO public.projects VALUES ('18474a8a-4e16-45b4-b17e-ad273b886a3e', 'HON-NET', 'Network brokers in Honduras', 'Network brokers trained by the project founded CERTEC in the last year of implementation (1997). Start date illustrative.', 'completed', NULL, NULL, '1993-01-01', '1997-12-31', NULL, NULL, '', 'CERTEC', 'horizontal_networks', '2026-12-03 10:14:47.119219+00', '2026-12-03 10:14:47.119219+00', 'hon-net  network brokers in honduras  network brokers trained by the project founded certec in the last year of implementation (1997). start date illustrative.  certec', NULL);
INSERT INTO public.projects VALUES ('3adfdcb6-6dd6-4a2c-88e6-e2a87fc37ba7', 'SEN-NET', 'From networks to associations to policy in Senegal', 'Networks organise the private sector from the base and strengthen its representative associations.', 'ongoing', NULL, NULL, '2001-01-01', NULL, NULL, NULL, '', '', 'horizontal_networks', '2026-12-03 10:14:47.125154+00', '2026-12-03 10:14:47.125154+00', 'sen-net  from networks to associations to policy in senegal  networks organise the private sector from the base and strengthen its representative associations.', NULL);
INSERT INTO public.projects VALUES ('d07e998d-355f-42c5-81e6-869a6f954c9c', 'ZWE-NET', 'Networks and BDS upgrading in Zimbabwe', 'Networks organise the demand for business development services so that providers upgrade them.', 'ongoing', NULL, NULL, '2001-01-01', NULL, NULL, NULL, '', '', 'horizontal_networks', '2026-12-03 10:14:47.131174+00', '2026-12-03 10:14:47.131174+00', 'zwe-net  networks and bds upgrading in zimbabwe  networks organise the demand for business development services so that providers upgrade them.', '25030');
INSERT INTO public.projects VALUES ('6b07bacc-ef94-4587-89b0-67396e1161a3', 'MAR-CLU', 'Restructuring of the Fez leather cluster', 'Fez leather cluster, including relocation for environmental reasons, in cooperation with the Santa Croce leather cluster in Italy. Start date illustrative.', 'ongoing', NULL, NULL, '2000-01-01', NULL, NULL, NULL, '', '', 'clusters', '2026-12-03 10:14:47.137772+00', '2026-12-03 10:14:47.137772+00', 'mar-clu  restructuring of the fez leather cluster  fez leather cluster, including relocation for environmental reasons, in cooperation with the santa croce leather cluster in italy. start date illustrative.', NULL);
INSERT INTO public.projects VALUES ('4d2ed77b-aafc-4ca8-b1e9-16b6c33272a8', 'MDG-CLU', 'Cluster development in Madagascar', 'Under design; planned start illustrative.', 'under_design', '2003-01-01', NULL, NULL, NULL, NULL, NULL, '', '', 'clusters', '2026-12-03 10:14:47.144578+00', '2026-12-03 10:14:47.144578+00', 'mdg-clu  cluster development in madagascar  under design; planned start illustrative.', '32140');


--
-- Data for Name: readiness_items; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.readiness_items VALUES ('2bad6e0a-593c-4eee-a2b2-f217812c23a3', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'Executive director and field worker trained at the Joint Learning Programme in Chile', true, '2000-03-01', NULL, '2026-12-03 10:14:48.445455+00', '2026-12-03 10:14:48.445455+00');
INSERT INTO public.readiness_items VALUES ('ca278979-9412-4915-b579-25c88a5548c7', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'Field worker trained on the job by project consultants', true, '2000-12-01', NULL, '2026-12-03 10:14:48.449824+00', '2026-12-03 10:14:48.449824+00');
INSERT INTO public.readiness_items VALUES ('cd8443bc-537a-4622-8d9b-f8420e5662f9', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'Foundation budget covers the field worker''s full salary', false, NULL, NULL, '2026-12-03 10:14:48.453471+00', '2026-12-03 10:14:48.453471+00');


--
-- Data for Name: reporting_periods; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.reporting_periods VALUES ('fda75f1e-8692-4b74-a16b-afcf9d381dc7', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', '1997 H2', '1997-07-01', '1997-12-31', '2026-12-03 10:14:50.793391+00', '2026-12-03 10:14:50.793391+00');
INSERT INTO public.reporting_periods VALUES ('9824962f-4934-4fc2-915c-203257c7a8c7', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', '1998 H1', '1998-01-01', '1998-06-30', '2026-12-03 10:14:50.798136+00', '2026-12-03 10:14:50.798136+00');
INSERT INTO public.reporting_periods VALUES ('eba92c01-b3d2-4698-a6de-5ce32ee40186', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', '1998 H2', '1998-07-01', '1998-12-31', '2026-12-03 10:14:50.801976+00', '2026-12-03 10:14:50.801976+00');
INSERT INTO public.reporting_periods VALUES ('0ff5567e-f0f8-4fcd-814b-2b1c482fd8dc', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', '1999 H1', '1999-01-01', '1999-06-30', '2026-12-03 10:14:50.805859+00', '2026-12-03 10:14:50.805859+00');
INSERT INTO public.reporting_periods VALUES ('a6b28b50-1249-4552-b9d5-56fda3cdee1e', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', '1999 H2', '1999-07-01', '1999-12-31', '2026-12-03 10:14:50.810012+00', '2026-12-03 10:14:50.810012+00');
INSERT INTO public.reporting_periods VALUES ('70470957-8d48-44e2-a408-4b5e331c7228', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', '2000 H1', '2000-01-01', '2000-06-30', '2026-12-03 10:14:50.815085+00', '2026-12-03 10:14:50.815085+00');
INSERT INTO public.reporting_periods VALUES ('cd4bcb81-2c10-485f-9c79-424e7a7e6c02', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', '2000 H2', '2000-07-01', '2000-12-31', '2026-12-03 10:14:50.820645+00', '2026-12-03 10:14:50.820645+00');
INSERT INTO public.reporting_periods VALUES ('593809af-b723-496d-9aba-ef25475ec4c1', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', '2001 H1', '2001-01-01', '2001-06-30', '2026-12-03 10:14:50.827277+00', '2026-12-03 10:14:50.827277+00');
INSERT INTO public.reporting_periods VALUES ('4a067891-c6cf-4b8b-82c7-a9d410f9636a', '60ce5e2a-17b5-4989-a6eb-93f238c483ef', '2001 H2', '2001-07-01', '2001-12-31', '2026-12-03 10:14:50.833717+00', '2026-12-03 10:14:50.833717+00');
INSERT INTO public.reporting_periods VALUES ('41c55d3d-cdc7-4b43-8792-8a27f6024164', '46b0d558-06cf-4e92-b35c-c2231743724f', '1997 H2', '1997-07-01', '1997-12-31', '2026-12-03 10:14:50.84395+00', '2026-12-03 10:14:50.84395+00');
INSERT INTO public.reporting_periods VALUES ('52995965-0f2b-454b-92d0-1a0d228c3ae8', '46b0d558-06cf-4e92-b35c-c2231743724f', '1998 H1', '1998-01-01', '1998-06-30', '2026-12-03 10:14:50.848125+00', '2026-12-03 10:14:50.848125+00');
INSERT INTO public.reporting_periods VALUES ('77566bf1-5294-47f0-b7c0-a3a9b796d6f6', '46b0d558-06cf-4e92-b35c-c2231743724f', '1998 H2', '1998-07-01', '1998-12-31', '2026-12-03 10:14:50.853125+00', '2026-12-03 10:14:50.853125+00');
INSERT INTO public.reporting_periods VALUES ('0b55e8f0-de78-47ff-886e-17b51ed30e33', '46b0d558-06cf-4e92-b35c-c2231743724f', '1999 H1', '1999-01-01', '1999-06-30', '2026-12-03 10:14:50.857791+00', '2026-12-03 10:14:50.857791+00');
INSERT INTO public.reporting_periods VALUES ('b9b6ca1e-8b1f-4eb0-87a1-49af57239aaf', '46b0d558-06cf-4e92-b35c-c2231743724f', '1999 H2', '1999-07-01', '1999-12-31', '2026-12-03 10:14:50.862586+00', '2026-12-03 10:14:50.862586+00');
INSERT INTO public.reporting_periods VALUES ('0bd71417-1a08-4cca-bae5-fc39d4d40e0d', '46b0d558-06cf-4e92-b35c-c2231743724f', '2000 H1', '2000-01-01', '2000-06-30', '2026-12-03 10:14:50.867453+00', '2026-12-03 10:14:50.867453+00');
INSERT INTO public.reporting_periods VALUES ('7372bc5a-4734-49ec-9b9f-d094ea4fc7b9', '46b0d558-06cf-4e92-b35c-c2231743724f', '2000 H2', '2000-07-01', '2000-12-31', '2026-12-03 10:14:50.872371+00', '2026-12-03 10:14:50.872371+00');
INSERT INTO public.reporting_periods VALUES ('93e25f2f-a6e2-41d2-8693-dcafb3f3b6ed', '46b0d558-06cf-4e92-b35c-c2231743724f', '2001 H1', '2001-01-01', '2001-06-30', '2026-12-03 10:14:50.877339+00', '2026-12-03 10:14:50.877339+00');
INSERT INTO public.reporting_periods VALUES ('f29a9a3e-aa6e-4118-8fb3-a7d129b60f60', '46b0d558-06cf-4e92-b35c-c2231743724f', '2001 H2', '2001-07-01', '2001-12-31', '2026-12-03 10:14:50.882291+00', '2026-12-03 10:14:50.882291+00');


--
-- Data for Name: result_entries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.result_entries VALUES ('ce5b8295-679f-47e1-ad8b-7832c0839a1d', '6c76a34b-c798-4836-83cd-7cae4d100a85', '01a40355-61a7-4db6-a29b-70a7aa1056d8', 'baseline', '7c7197da-b8e5-417a-a31b-3a4df5b178b6', NULL, '1997-08-20', 26, NULL, '', '4625effe-537f-48cb-aa23-ced5238941a0', 'Diagnostic study', NULL, '2026-12-03 10:14:47.765376+00', '2026-12-03 10:14:50.470008+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('348fb2bb-83c1-4297-b530-0dd5882398f9', '6c76a34b-c798-4836-83cd-7cae4d100a85', '01a40355-61a7-4db6-a29b-70a7aa1056d8', 'target', '7c7197da-b8e5-417a-a31b-3a4df5b178b6', NULL, '2001-12-31', 100, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:47.788636+00', '2026-12-03 10:14:50.475402+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('b7faf34d-592b-4afe-a662-69736b9751e6', '6c76a34b-c798-4836-83cd-7cae4d100a85', '01a40355-61a7-4db6-a29b-70a7aa1056d8', 'measurement', '7c7197da-b8e5-417a-a31b-3a4df5b178b6', NULL, '2001-06-30', 120, NULL, '', NULL, 'CALICO register', NULL, '2026-12-03 10:14:47.806723+00', '2026-12-03 10:14:50.480062+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('3c24f31d-2f5c-489c-baf1-980ec3904625', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'c49afc25-9409-4f51-a03e-f4623d31a37b', 'baseline', '6f31a935-1fdb-4d30-8aec-9975ab04b805', NULL, '1997-11-20', 10, NULL, '', '4b676b68-e65f-41ea-989f-e862ff8ce2ea', 'Diagnostic study (illustrative value)', NULL, '2026-12-03 10:14:48.166579+00', '2026-12-03 10:14:50.485945+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('ef8c03fc-f81b-4376-9ce9-8529d2b5c3b6', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'c49afc25-9409-4f51-a03e-f4623d31a37b', 'target', '6f31a935-1fdb-4d30-8aec-9975ab04b805', NULL, '2001-12-31', 12, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:48.181892+00', '2026-12-03 10:14:50.49182+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('55aa95f8-cf4f-4851-9f52-769e0961f21c', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', 'c49afc25-9409-4f51-a03e-f4623d31a37b', 'measurement', '6f31a935-1fdb-4d30-8aec-9975ab04b805', NULL, '2000-12-31', 12.5, NULL, '', NULL, '+25 % as reported', NULL, '2026-12-03 10:14:48.196343+00', '2026-12-03 10:14:50.497813+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('4343c5d7-c485-4fd6-abf1-d5542d3b5d27', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '4cece83c-2768-4f05-bed7-4de83b7ee465', 'baseline', NULL, NULL, '1997-11-20', 1000, NULL, '', '4b676b68-e65f-41ea-989f-e862ff8ce2ea', 'Diagnostic study (illustrative value)', NULL, '2026-12-03 10:14:48.210293+00', '2026-12-03 10:14:50.503201+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('2c9a29cd-27fd-48f3-b8f3-1b97cab52c5a', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '4cece83c-2768-4f05-bed7-4de83b7ee465', 'target', NULL, NULL, '2001-12-31', 400, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:48.226841+00', '2026-12-03 10:14:50.508089+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('2e90cfb5-6f14-463e-ba18-43989088bb8c', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '4cece83c-2768-4f05-bed7-4de83b7ee465', 'measurement', NULL, NULL, '2000-12-31', 300, NULL, '', NULL, 'Reduced up to 70 %', NULL, '2026-12-03 10:14:48.243881+00', '2026-12-03 10:14:50.513063+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('acba8530-42f2-4bfa-b6f5-591465146023', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '0c1d1e1a-6864-458c-9e51-edf14ff29049', 'baseline', NULL, NULL, '1997-11-20', 0, NULL, '', '4b676b68-e65f-41ea-989f-e862ff8ce2ea', NULL, NULL, '2026-12-03 10:14:48.26188+00', '2026-12-03 10:14:50.518115+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('809ff909-4105-4e64-906a-dee44c80fc51', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '0c1d1e1a-6864-458c-9e51-edf14ff29049', 'target', NULL, NULL, '2000-12-31', 4, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:48.276862+00', '2026-12-03 10:14:50.524235+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('b406533a-6c0a-4446-9b7e-c4607f702504', 'e9aa77cf-f89a-4bae-957c-d335884b2ab1', '0c1d1e1a-6864-458c-9e51-edf14ff29049', 'measurement', NULL, NULL, '2000-12-31', 5, NULL, '', NULL, 'Five new types launched', NULL, '2026-12-03 10:14:48.292539+00', '2026-12-03 10:14:50.530149+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('56e1d2d5-a695-4507-9e92-9fd07717ad3f', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'a63e6c33-b507-4234-87fd-6f0a4fcfd32c', 'baseline', NULL, NULL, '1999-08-31', 0, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:48.571061+00', '2026-12-03 10:14:50.5367+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('61edf50f-e28a-4d38-92e1-e0c7b898dc68', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'a63e6c33-b507-4234-87fd-6f0a4fcfd32c', 'target', NULL, NULL, '2000-09-30', 100, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:48.581997+00', '2026-12-03 10:14:50.541777+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('0c7eea52-05a7-4e38-85d8-dcff0a9edc3d', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'a63e6c33-b507-4234-87fd-6f0a4fcfd32c', 'measurement', NULL, NULL, '2000-09-30', 110, NULL, 'age_group.adults=29.0
age_group.older=0.0
age_group.youth=81.0', NULL, 'GPW records, 7 batches (split by age illustrative)', NULL, '2026-12-03 10:14:48.593802+00', '2026-12-03 10:14:50.546503+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('62a3daff-b2b7-4590-9d3d-7c142f195839', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'c2f877ec-ece4-4f2d-b635-bdda9d1c779a', 'baseline', NULL, NULL, '1999-08-31', 0, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:48.602552+00', '2026-12-03 10:14:50.551205+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('679c80b5-5379-4d85-b3d3-b75731f9de74', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'c2f877ec-ece4-4f2d-b635-bdda9d1c779a', 'target', NULL, NULL, '2000-09-30', 70, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:48.612935+00', '2026-12-03 10:14:50.555556+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, 70, 100);
INSERT INTO public.result_entries VALUES ('1c967493-09d1-4877-8e86-0ba2065a0d1a', 'c4fe936d-e07b-4237-8718-d8cf891791d8', 'c2f877ec-ece4-4f2d-b635-bdda9d1c779a', 'measurement', NULL, NULL, '2000-09-30', 80, NULL, '', NULL, 'Found immediate employment in the cluster (88 of 110)', NULL, '2026-12-03 10:14:48.623746+00', '2026-12-03 10:14:50.561482+00', NULL, 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, 88, 110);
INSERT INTO public.result_entries VALUES ('99f318c2-efb6-420c-b312-b6efac35108d', NULL, '6d7b2971-13c9-4f42-9229-d861ff4cb747', 'baseline', NULL, NULL, '1998-04-15', 0, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:48.934703+00', '2026-12-03 10:14:50.567119+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('b022f78a-647b-43f6-9979-812e017b527c', NULL, '6d7b2971-13c9-4f42-9229-d861ff4cb747', 'target', NULL, NULL, '2001-06-30', 10, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:48.944395+00', '2026-12-03 10:14:50.572295+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('8f18f7a0-d859-4d8a-9b13-7d48da58d24c', NULL, '6d7b2971-13c9-4f42-9229-d861ff4cb747', 'measurement', NULL, NULL, '2000-11-30', 12, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:48.954861+00', '2026-12-03 10:14:50.577324+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('e4437f76-be21-4376-9659-aaf166b9f047', NULL, '0d78733f-3af4-4a95-9943-b87db8e4e53c', 'baseline', NULL, NULL, '1998-04-15', 0, NULL, 'firm_size.large=0.0
firm_size.medium=0.0
firm_size.micro=0.0
firm_size.small=0.0', NULL, 'Shop accounts (illustrative)', NULL, '2026-12-03 10:14:48.965788+00', '2026-12-03 10:14:50.583368+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('98635465-e1b4-4219-a3ea-4c9c06eb7367', NULL, '0d78733f-3af4-4a95-9943-b87db8e4e53c', 'measurement', NULL, NULL, '1999-11-30', 12, NULL, 'firm_size.large=0.0
firm_size.medium=0.0
firm_size.micro=11.0
firm_size.small=1.0', NULL, 'Shop accounts (illustrative)', NULL, '2026-12-03 10:14:48.976915+00', '2026-12-03 10:14:50.588501+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('2c3f9c4c-6eab-4563-b888-113764645af8', NULL, '0d78733f-3af4-4a95-9943-b87db8e4e53c', 'measurement', NULL, NULL, '2000-11-30', 13, NULL, 'firm_size.large=0.0
firm_size.medium=0.0
firm_size.micro=11.0
firm_size.small=2.0', NULL, 'Shop accounts (illustrative)', NULL, '2026-12-03 10:14:48.989122+00', '2026-12-03 10:14:50.593522+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('5787b0e6-d65c-49c5-90ba-4f2053fb8d1a', NULL, '2edc2359-4f65-45f1-9fbf-72500cb753a6', 'baseline', NULL, NULL, '1998-04-15', 0, NULL, '', NULL, 'Shop accounts (illustrative)', NULL, '2026-12-03 10:14:48.997811+00', '2026-12-03 10:14:50.599131+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('f8bef161-241a-4eef-99a5-2ada5435c101', NULL, '2edc2359-4f65-45f1-9fbf-72500cb753a6', 'measurement', NULL, NULL, '1999-11-30', 900, NULL, '', NULL, 'Shop accounts (illustrative)', NULL, '2026-12-03 10:14:49.007835+00', '2026-12-03 10:14:50.603673+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('4f6bef4d-b641-4337-bb7e-4d5d682235e8', NULL, '2edc2359-4f65-45f1-9fbf-72500cb753a6', 'measurement', NULL, NULL, '2000-11-30', 1400, NULL, '', NULL, 'Shop accounts (illustrative)', NULL, '2026-12-03 10:14:49.017689+00', '2026-12-03 10:14:50.609263+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('e644cae0-11f6-432e-8674-dc516b0e77c0', NULL, '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'baseline', 'cd675289-f40a-4aec-a409-f481bb904477', NULL, '1998-04-15', 6, NULL, 'sex.female=1.0
sex.male=5.0', NULL, 'Network broker''s survey (illustrative)', NULL, '2026-12-03 10:14:49.029423+00', '2026-12-03 10:14:50.613974+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('abfce3c2-7c6c-4f34-b343-e97be2aa41da', NULL, '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'measurement', 'cd675289-f40a-4aec-a409-f481bb904477', NULL, '2000-11-30', 9, NULL, 'sex.female=2.0
sex.male=7.0', NULL, 'Network broker''s survey (illustrative)', NULL, '2026-12-03 10:14:49.042498+00', '2026-12-03 10:14:50.618776+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('6e10806b-26af-4747-abc6-807f53dd5d41', NULL, '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'baseline', 'f63599c3-5f99-4af1-968e-85b25d6a69a1', NULL, '1998-04-15', 4, NULL, 'sex.female=0.0
sex.male=4.0', NULL, 'Network broker''s survey (illustrative)', NULL, '2026-12-03 10:14:49.053951+00', '2026-12-03 10:14:50.624381+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('fd3b2c6f-11da-4f0b-b34c-eb25b04595b8', NULL, '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'measurement', 'f63599c3-5f99-4af1-968e-85b25d6a69a1', NULL, '2000-11-30', 7, NULL, 'sex.female=1.0
sex.male=6.0', NULL, 'Network broker''s survey (illustrative)', NULL, '2026-12-03 10:14:49.066501+00', '2026-12-03 10:14:50.629511+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('c451b0c3-6180-4248-82a2-27d4b5714984', NULL, '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'baseline', 'ea86d60e-1dcf-428e-97ad-f0c34ae84fb6', NULL, '1998-04-15', 8, NULL, 'sex.female=2.0
sex.male=6.0', NULL, 'Network broker''s survey (illustrative)', NULL, '2026-12-03 10:14:49.077222+00', '2026-12-03 10:14:50.634295+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('f63dc117-2893-45cf-86cd-1fbc034ca5e2', NULL, '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'measurement', 'ea86d60e-1dcf-428e-97ad-f0c34ae84fb6', NULL, '2000-11-30', 8, NULL, 'sex.female=2.0
sex.male=6.0', NULL, 'Network broker''s survey (illustrative)', NULL, '2026-12-03 10:14:49.089489+00', '2026-12-03 10:14:50.638834+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('528df1fa-1413-403d-b05d-12b7f7bf96ff', NULL, '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'baseline', 'b01d653b-d71a-4c9a-b5fc-cd9450120c08', NULL, '1998-04-15', 4, NULL, 'sex.female=1.0
sex.male=3.0', NULL, 'Network broker''s survey (illustrative)', NULL, '2026-12-03 10:14:49.099864+00', '2026-12-03 10:14:50.644279+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('288e1311-6aff-41bb-92f6-29155d4eb68e', NULL, '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'measurement', 'b01d653b-d71a-4c9a-b5fc-cd9450120c08', NULL, '2000-11-30', 7, NULL, 'sex.female=2.0
sex.male=5.0', NULL, 'Network broker''s survey (illustrative)', NULL, '2026-12-03 10:14:49.113092+00', '2026-12-03 10:14:50.649475+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('a53e112e-c19c-49cd-b949-5dafe237bcd4', NULL, '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'baseline', '652544f4-7eb2-4c99-8557-d160478ea120', NULL, '1998-04-15', 9, NULL, 'sex.female=1.0
sex.male=8.0', NULL, 'Network broker''s survey (illustrative)', NULL, '2026-12-03 10:14:49.124564+00', '2026-12-03 10:14:50.653618+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('8ad2c80e-ebc0-4633-8598-0e2c2ee5797a', NULL, '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'measurement', '652544f4-7eb2-4c99-8557-d160478ea120', NULL, '2000-11-30', 14, NULL, 'sex.female=3.0
sex.male=11.0', NULL, 'Network broker''s survey (illustrative)', NULL, '2026-12-03 10:14:49.136884+00', '2026-12-03 10:14:50.657919+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('f6af76f6-4f76-49ff-9c5a-bba3d8f828f0', NULL, '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'baseline', '4ef52c47-faf3-4f74-91e7-9caa1bd42740', NULL, '1998-04-15', 4, NULL, 'sex.female=0.0
sex.male=4.0', NULL, 'Network broker''s survey (illustrative)', NULL, '2026-12-03 10:14:49.148359+00', '2026-12-03 10:14:50.662429+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('93e58dde-d152-431c-8f66-a7c94b38d7b8', NULL, '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'measurement', '4ef52c47-faf3-4f74-91e7-9caa1bd42740', NULL, '2000-11-30', 3, NULL, 'sex.female=0.0
sex.male=3.0', NULL, 'Network broker''s survey (illustrative)', NULL, '2026-12-03 10:14:49.163883+00', '2026-12-03 10:14:50.666695+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('5c58f177-d40b-411c-b024-d01a81072566', NULL, '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'baseline', '7fbdbf02-e757-46bc-ba9b-4850c6944df9', NULL, '1998-04-15', 6, NULL, 'sex.female=1.0
sex.male=5.0', NULL, 'Network broker''s survey (illustrative)', NULL, '2026-12-03 10:14:49.177713+00', '2026-12-03 10:14:50.67139+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('889cae81-0e76-4d89-a45a-1d39fa20c112', NULL, '491b38d0-84fa-43a8-a446-e87288c4e1d8', 'measurement', '7fbdbf02-e757-46bc-ba9b-4850c6944df9', NULL, '2000-11-30', 10, NULL, 'sex.female=2.0
sex.male=8.0', NULL, 'Network broker''s survey (illustrative)', NULL, '2026-12-03 10:14:49.194217+00', '2026-12-03 10:14:50.676015+00', 'fce02ab0-8fe9-4c72-9209-d1359baca15d', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('8b52fa32-b5b0-4baf-8389-0c0b432095da', NULL, '244c71ec-59c3-4d0c-b4b6-fcdcc7abd6ab', 'baseline', 'accfa509-39fb-4c18-83a3-eddf21836daa', NULL, '1999-09-30', 55, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:49.884803+00', '2026-12-03 10:14:50.680467+00', '82a6c124-3997-4936-b667-e55510412d91', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('52a705dc-aade-4e70-9c69-8a884af69187', NULL, '244c71ec-59c3-4d0c-b4b6-fcdcc7abd6ab', 'target', 'accfa509-39fb-4c18-83a3-eddf21836daa', NULL, '2000-03-31', 90, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:49.897641+00', '2026-12-03 10:14:50.685025+00', '82a6c124-3997-4936-b667-e55510412d91', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('dbd1d367-a08f-4710-b9f1-4dbbba75b982', NULL, '244c71ec-59c3-4d0c-b4b6-fcdcc7abd6ab', 'measurement', 'accfa509-39fb-4c18-83a3-eddf21836daa', NULL, '1999-12-31', 75, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:49.911042+00', '2026-12-03 10:14:50.689589+00', '82a6c124-3997-4936-b667-e55510412d91', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('0745cc33-68ed-4e63-8ce4-d992a61e537e', NULL, 'fa508efb-7e54-4b9c-84ef-135e7cd75152', 'baseline', 'accfa509-39fb-4c18-83a3-eddf21836daa', NULL, '1999-09-30', 12, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:49.923833+00', '2026-12-03 10:14:50.694845+00', '82a6c124-3997-4936-b667-e55510412d91', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('9e495971-7110-4ebe-b0ce-879206edc4b9', NULL, 'fa508efb-7e54-4b9c-84ef-135e7cd75152', 'target', 'accfa509-39fb-4c18-83a3-eddf21836daa', NULL, '2000-03-31', 5, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:49.936958+00', '2026-12-03 10:14:50.700936+00', '82a6c124-3997-4936-b667-e55510412d91', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);
INSERT INTO public.result_entries VALUES ('7ae88900-df15-4d32-b0db-527714db4367', NULL, 'fa508efb-7e54-4b9c-84ef-135e7cd75152', 'measurement', 'accfa509-39fb-4c18-83a3-eddf21836daa', NULL, '1999-12-31', 9, NULL, '', NULL, NULL, NULL, '2026-12-03 10:14:49.951648+00', '2026-12-03 10:14:50.706477+00', '82a6c124-3997-4936-b667-e55510412d91', 'approved', NULL, NULL, NULL, 'Approved with the demo programme.', NULL, NULL, NULL);


--
-- Data for Name: round_table_actors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.round_table_actors VALUES ('5cce0e17-c262-4a00-82bd-ee7cd95fb197', '2fe2a826-3679-45b7-b52e-82da26af7990', 0, '1d6199fd-9a06-4f57-8a7c-e8f1caa1ad24');
INSERT INTO public.round_table_actors VALUES ('cec13f03-b2d7-4b0b-81b7-df81f42bec52', '2fe2a826-3679-45b7-b52e-82da26af7990', 1, '5381964b-1be3-44b1-99c4-7ec033d9a84a');
INSERT INTO public.round_table_actors VALUES ('ac04e728-f8e4-44e2-b005-029678d1811d', '2fe2a826-3679-45b7-b52e-82da26af7990', 2, '180b0e08-897f-4e53-8b51-8a91c2845f03');
INSERT INTO public.round_table_actors VALUES ('306b1c36-1726-40c0-bec6-8287db639e90', 'b20a7281-cc50-4dcb-bc35-1f4c07801984', 0, 'eb25135f-1d7a-4f84-ba62-6c2f4d0721c2');
INSERT INTO public.round_table_actors VALUES ('4bd7dd2b-3ffc-47b2-a546-1057f95100d4', 'b20a7281-cc50-4dcb-bc35-1f4c07801984', 1, 'accfa509-39fb-4c18-83a3-eddf21836daa');
INSERT INTO public.round_table_actors VALUES ('84b30163-db23-4a7a-aee2-6310e7f46f40', 'b20a7281-cc50-4dcb-bc35-1f4c07801984', 2, '042ad63d-a2fc-464c-a3d0-deb9b3be4b78');
INSERT INTO public.round_table_actors VALUES ('3640e291-cf9e-4a53-95dc-e8c20c91c846', 'ca21871f-5aae-4ca1-bffc-384f65ddc8db', 0, '09cc31c0-5afb-4cf3-b818-cd600fa3a7b7');
INSERT INTO public.round_table_actors VALUES ('334adb9e-d291-4c4a-85ce-648101019441', 'ca21871f-5aae-4ca1-bffc-384f65ddc8db', 1, 'd9660c2b-b4a9-456c-8bbb-789881893c6c');
INSERT INTO public.round_table_actors VALUES ('d9040fe7-34f1-4b0b-a402-dd8becb68fa5', 'ca21871f-5aae-4ca1-bffc-384f65ddc8db', 2, '5accd3c2-2f9b-4c6f-ac99-e73994354204');
INSERT INTO public.round_table_actors VALUES ('08c32f32-a5b5-4cc5-9750-60894d7583ef', 'a7afe21f-23f9-4451-9f73-3f45f56df811', 0, '1f0931cf-f58a-47d6-a51e-0dfad0bffc9b');
INSERT INTO public.round_table_actors VALUES ('7a959566-f2ef-439f-b3a2-07db3dcfd054', 'a7afe21f-23f9-4451-9f73-3f45f56df811', 1, '58d315f5-e35a-4318-9b32-00442507b09d');
INSERT INTO public.round_table_actors VALUES ('1185b214-63dd-4fac-91e6-55ef46b6d636', 'a7afe21f-23f9-4451-9f73-3f45f56df811', 2, '670967a8-e610-44e0-bdbd-d3214d3794e3');
INSERT INTO public.round_table_actors VALUES ('28a2dd72-6645-457d-9bb7-671058fea37f', 'a7afe21f-23f9-4451-9f73-3f45f56df811', 3, '0cebdbae-1ac0-4611-a0dd-9cf521aee39b');


--
-- Data for Name: round_table_persons; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: round_tables; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.round_tables VALUES ('2fe2a826-3679-45b7-b52e-82da26af7990', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', 'Round table with the client', '1999-08-12', NULL, 'CADIN, Managua', NULL, 3, 9, NULL, 'Deliveries on the agreed day
Batches checked before shipping', 'Production planning
Quality control
Stock of materials', '2026-12-03 10:14:49.472933+00', '2026-12-03 10:14:49.472933+00');
INSERT INTO public.round_tables VALUES ('b20a7281-cc50-4dcb-bc35-1f4c07801984', '82a6c124-3997-4936-b667-e55510412d91', 'Round table with the client', '1999-08-12', NULL, 'CADIN, Managua', NULL, 3, 9, NULL, 'Deliveries on the agreed day
Batches checked before shipping', 'Production planning
Quality control
Stock of materials', '2026-12-03 10:14:49.513117+00', '2026-12-03 10:14:49.513117+00');
INSERT INTO public.round_tables VALUES ('ca21871f-5aae-4ca1-bffc-384f65ddc8db', '4abc9082-83a3-4450-9f4e-d9fa1e2c4ccd', 'Round table with the client', '1999-08-12', NULL, 'CADIN, Managua', NULL, 3, 9, NULL, 'Deliveries on the agreed day
Batches checked before shipping', 'Production planning
Quality control
Stock of materials', '2026-12-03 10:14:49.552085+00', '2026-12-03 10:14:49.552085+00');
INSERT INTO public.round_tables VALUES ('a7afe21f-23f9-4451-9f73-3f45f56df811', '10ee2987-b5ff-4265-afc6-47fed1fda69c', 'Round table with the client', '1999-08-12', NULL, 'CADIN, Managua', NULL, 3, 9, NULL, 'Deliveries on the agreed day
Batches checked before shipping', 'Production planning
Quality control
Stock of materials', '2026-12-03 10:14:49.596203+00', '2026-12-03 10:14:49.596203+00');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sign_in_failures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: supplier_evaluations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.supplier_evaluations VALUES ('6318f5e8-16fa-4ae6-9ffa-de30a19403d2', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '5381964b-1be3-44b1-99c4-7ec033d9a84a', '1999-07-10', 'Linkage broker, CADIN (illustrative)', 'FSC', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-03 10:14:49.445115+00', '2026-12-03 10:14:49.445115+00');
INSERT INTO public.supplier_evaluations VALUES ('fffce73d-6de8-433f-8806-3ef935a0e5f1', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '180b0e08-897f-4e53-8b51-8a91c2845f03', '1999-07-11', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 3, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-03 10:14:49.4512+00', '2026-12-03 10:14:49.4512+00');
INSERT INTO public.supplier_evaluations VALUES ('ef157df2-4c66-40d4-83f1-286b2bb0cec5', '82a6c124-3997-4936-b667-e55510412d91', 'accfa509-39fb-4c18-83a3-eddf21836daa', '1999-07-10', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-03 10:14:49.490306+00', '2026-12-03 10:14:49.490306+00');
INSERT INTO public.supplier_evaluations VALUES ('7c4cf5ef-1e58-4eae-97da-bb84981d2785', '82a6c124-3997-4936-b667-e55510412d91', '042ad63d-a2fc-464c-a3d0-deb9b3be4b78', '1999-07-11', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 3, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-03 10:14:49.495233+00', '2026-12-03 10:14:49.495233+00');
INSERT INTO public.supplier_evaluations VALUES ('5d597149-ef36-4e53-8d04-d66e023f7787', '4abc9082-83a3-4450-9f4e-d9fa1e2c4ccd', 'd9660c2b-b4a9-456c-8bbb-789881893c6c', '1999-07-10', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-03 10:14:49.527967+00', '2026-12-03 10:14:49.527967+00');
INSERT INTO public.supplier_evaluations VALUES ('591b645b-7d0e-4268-8642-edd9751e57d1', '4abc9082-83a3-4450-9f4e-d9fa1e2c4ccd', '5accd3c2-2f9b-4c6f-ac99-e73994354204', '1999-07-11', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 3, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-03 10:14:49.53303+00', '2026-12-03 10:14:49.53303+00');
INSERT INTO public.supplier_evaluations VALUES ('72f3f9f4-9ff3-45b3-96da-c006bc16564d', '10ee2987-b5ff-4265-afc6-47fed1fda69c', '58d315f5-e35a-4318-9b32-00442507b09d', '1999-07-10', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-03 10:14:49.56764+00', '2026-12-03 10:14:49.56764+00');
INSERT INTO public.supplier_evaluations VALUES ('0b14adaa-8f8d-44fe-a931-95ac33e783b2', '10ee2987-b5ff-4265-afc6-47fed1fda69c', '670967a8-e610-44e0-bdbd-d3214d3794e3', '1999-07-11', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 3, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-03 10:14:49.572579+00', '2026-12-03 10:14:49.572579+00');
INSERT INTO public.supplier_evaluations VALUES ('a9f663ae-4041-412e-af84-a24f1e399942', '10ee2987-b5ff-4265-afc6-47fed1fda69c', '0cebdbae-1ac0-4611-a0dd-9cf521aee39b', '1999-07-12', 'Linkage broker, CADIN (illustrative)', '', 3, NULL, 2, 'Deliveries checked against the client''s records for three months.', 3, NULL, 3, NULL, 2, NULL, 3, NULL, 3, NULL, 3, NULL, NULL, '2026-12-03 10:14:49.57742+00', '2026-12-03 10:14:49.57742+00');
INSERT INTO public.supplier_evaluations VALUES ('907682f9-ce2a-4e8c-9d2f-930652fcd0d0', 'e6b622e6-318a-4143-92d4-4243e99a0f1e', '5381964b-1be3-44b1-99c4-7ec033d9a84a', '2000-03-15', 'Linkage broker, CADIN (illustrative)', 'FSC', 4, NULL, 4, 'Deliveries checked against the client''s records for three months.', 3, NULL, 4, NULL, 3, NULL, 3, NULL, 3, NULL, 4, NULL, NULL, '2026-12-03 10:14:49.95809+00', '2026-12-03 10:14:49.95809+00');


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('0e6e603f-d12d-4023-a555-6991614fa42d', 'admin@example.org', 'Administrator', 'en', 'admin', true, '$2b$04$nLkBiYlFkYhwfHfievhtG.EpTbIOkYHdueMY.RRsXZ3flWgHgMUeW', '2026-12-03 10:14:47.054133+00', '2026-12-03 10:14:47.054133+00', NULL, 'admin@example.org  administrator');
INSERT INTO public.users VALUES ('2a8f899e-5565-46ca-a5de-04591e9723c6', 'pm@example.org', 'Programme manager (demo)', 'en', 'programme_manager', true, '$2b$04$OBMBn1rTBVW85PMIKfCrBu1T2bGyvtqdEtDXgc2v/X4Et4Lx6Am8y', '2026-12-03 10:14:50.897476+00', '2026-12-03 10:14:50.897476+00', NULL, 'pm@example.org  programme manager (demo)');
INSERT INTO public.users VALUES ('23f2d2c4-f036-4b89-bae8-2a4c037a5247', 'broker@example.org', 'Network broker (demo)', 'en', 'broker', true, '$2b$04$OBMBn1rTBVW85PMIKfCrBu1T2bGyvtqdEtDXgc2v/X4Et4Lx6Am8y', '2026-12-03 10:14:50.900873+00', '2026-12-03 10:14:50.900873+00', NULL, 'broker@example.org  network broker (demo)');
INSERT INTO public.users VALUES ('2c664ae3-3ec2-46d9-a44e-5e7bab413304', 'viewer@example.org', 'Donor viewer (demo)', 'en', 'viewer', true, '$2b$04$OBMBn1rTBVW85PMIKfCrBu1T2bGyvtqdEtDXgc2v/X4Et4Lx6Am8y', '2026-12-03 10:14:50.902595+00', '2026-12-03 10:14:50.902595+00', NULL, 'viewer@example.org  donor viewer (demo)');


--
-- Name: _fluent_migrations _fluent_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT _fluent_migrations_pkey PRIMARY KEY (id);


--
-- Name: action_ideas action_ideas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_ideas
    ADD CONSTRAINT action_ideas_pkey PRIMARY KEY (id);


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
-- Name: breakdown_dimensions breakdown_dimensions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.breakdown_dimensions
    ADD CONSTRAINT breakdown_dimensions_pkey PRIMARY KEY (id);


--
-- Name: broker_assignments broker_assignments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_assignments
    ADD CONSTRAINT broker_assignments_pkey PRIMARY KEY (id);


--
-- Name: broker_cost_steps broker_cost_steps_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_cost_steps
    ADD CONSTRAINT broker_cost_steps_pkey PRIMARY KEY (id);


--
-- Name: broker_employments broker_employments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_employments
    ADD CONSTRAINT broker_employments_pkey PRIMARY KEY (id);


--
-- Name: brokers brokers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.brokers
    ADD CONSTRAINT brokers_pkey PRIMARY KEY (id);


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
-- Name: cohort_participants cohort_participants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cohort_participants
    ADD CONSTRAINT cohort_participants_pkey PRIMARY KEY (id);


--
-- Name: cohorts cohorts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cohorts
    ADD CONSTRAINT cohorts_pkey PRIMARY KEY (id);


--
-- Name: contributions contributions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.contributions
    ADD CONSTRAINT contributions_pkey PRIMARY KEY (id);


--
-- Name: cooperation_activities cooperation_activities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cooperation_activities
    ADD CONSTRAINT cooperation_activities_pkey PRIMARY KEY (id);


--
-- Name: cooperation_agreements cooperation_agreements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cooperation_agreements
    ADD CONSTRAINT cooperation_agreements_pkey PRIMARY KEY (id);


--
-- Name: countries countries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.countries
    ADD CONSTRAINT countries_pkey PRIMARY KEY (id);


--
-- Name: courses courses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.courses
    ADD CONSTRAINT courses_pkey PRIMARY KEY (id);


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
-- Name: indicator_dimensions indicator_dimensions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.indicator_dimensions
    ADD CONSTRAINT indicator_dimensions_pkey PRIMARY KEY (id);


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
-- Name: learning_editions learning_editions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.learning_editions
    ADD CONSTRAINT learning_editions_pkey PRIMARY KEY (id);


--
-- Name: learning_participants learning_participants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.learning_participants
    ADD CONSTRAINT learning_participants_pkey PRIMARY KEY (id);


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
-- Name: reporting_periods reporting_periods_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reporting_periods
    ADD CONSTRAINT reporting_periods_pkey PRIMARY KEY (id);


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
-- Name: breakdown_dimensions uq:breakdown_dimensions.code; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.breakdown_dimensions
    ADD CONSTRAINT "uq:breakdown_dimensions.code" UNIQUE (code);


--
-- Name: breakdown_dimensions uq:breakdown_dimensions.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.breakdown_dimensions
    ADD CONSTRAINT "uq:breakdown_dimensions.name" UNIQUE (name);


--
-- Name: broker_cost_steps uq:broker_cost_steps.cluster_id+broker_cost_steps.from_on; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_cost_steps
    ADD CONSTRAINT "uq:broker_cost_steps.cluster_id+broker_cost_steps.from_on" UNIQUE (cluster_id, from_on);


--
-- Name: brokers uq:brokers.person_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.brokers
    ADD CONSTRAINT "uq:brokers.person_id" UNIQUE (person_id);


--
-- Name: brokers uq:brokers.user_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.brokers
    ADD CONSTRAINT "uq:brokers.user_id" UNIQUE (user_id);


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
-- Name: indicator_dimensions uq:indicator_dimensions.owner_id+indicator_dimensions.item_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.indicator_dimensions
    ADD CONSTRAINT "uq:indicator_dimensions.owner_id+indicator_dimensions.item_id" UNIQUE (owner_id, item_id);


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
-- Name: reporting_periods uq:reporting_periods.project_id+reporting_periods.label; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reporting_periods
    ADD CONSTRAINT "uq:reporting_periods.project_id+reporting_periods.label" UNIQUE (project_id, label);


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
-- Name: action_ideas action_ideas_participant_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action_ideas
    ADD CONSTRAINT action_ideas_participant_id_fkey FOREIGN KEY (participant_id) REFERENCES public.learning_participants(id);


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
-- Name: broker_assignments broker_assignments_broker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_assignments
    ADD CONSTRAINT broker_assignments_broker_id_fkey FOREIGN KEY (broker_id) REFERENCES public.brokers(id);


--
-- Name: broker_assignments broker_assignments_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_assignments
    ADD CONSTRAINT broker_assignments_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id);


--
-- Name: broker_assignments broker_assignments_linkage_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_assignments
    ADD CONSTRAINT broker_assignments_linkage_unit_id_fkey FOREIGN KEY (linkage_unit_id) REFERENCES public.linkage_units(id);


--
-- Name: broker_assignments broker_assignments_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_assignments
    ADD CONSTRAINT broker_assignments_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.networks(id);


--
-- Name: broker_cost_steps broker_cost_steps_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_cost_steps
    ADD CONSTRAINT broker_cost_steps_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id) ON DELETE CASCADE;


--
-- Name: broker_employments broker_employments_broker_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_employments
    ADD CONSTRAINT broker_employments_broker_id_fkey FOREIGN KEY (broker_id) REFERENCES public.brokers(id);


--
-- Name: broker_employments broker_employments_institution_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_employments
    ADD CONSTRAINT broker_employments_institution_id_fkey FOREIGN KEY (institution_id) REFERENCES public.actors(id);


--
-- Name: broker_employments broker_employments_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_employments
    ADD CONSTRAINT broker_employments_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id);


--
-- Name: brokers brokers_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.brokers
    ADD CONSTRAINT brokers_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.persons(id);


--
-- Name: brokers brokers_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.brokers
    ADD CONSTRAINT brokers_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE SET NULL;


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
-- Name: cohort_participants cohort_participants_cohort_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cohort_participants
    ADD CONSTRAINT cohort_participants_cohort_id_fkey FOREIGN KEY (cohort_id) REFERENCES public.cohorts(id);


--
-- Name: cohort_participants cohort_participants_field_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cohort_participants
    ADD CONSTRAINT cohort_participants_field_cluster_id_fkey FOREIGN KEY (field_cluster_id) REFERENCES public.clusters(id);


--
-- Name: cohort_participants cohort_participants_field_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cohort_participants
    ADD CONSTRAINT cohort_participants_field_network_id_fkey FOREIGN KEY (field_network_id) REFERENCES public.networks(id);


--
-- Name: cohort_participants cohort_participants_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cohort_participants
    ADD CONSTRAINT cohort_participants_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.persons(id);


--
-- Name: cohorts cohorts_course_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cohorts
    ADD CONSTRAINT cohorts_course_id_fkey FOREIGN KEY (course_id) REFERENCES public.courses(id);


--
-- Name: cohorts cohorts_host_institution_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cohorts
    ADD CONSTRAINT cohorts_host_institution_id_fkey FOREIGN KEY (host_institution_id) REFERENCES public.actors(id);


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
-- Name: cooperation_activities cooperation_activities_agreement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cooperation_activities
    ADD CONSTRAINT cooperation_activities_agreement_id_fkey FOREIGN KEY (agreement_id) REFERENCES public.cooperation_agreements(id);


--
-- Name: cooperation_agreements cooperation_agreements_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cooperation_agreements
    ADD CONSTRAINT cooperation_agreements_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES public.clusters(id);


--
-- Name: cooperation_agreements cooperation_agreements_contact_institution_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cooperation_agreements
    ADD CONSTRAINT cooperation_agreements_contact_institution_id_fkey FOREIGN KEY (contact_institution_id) REFERENCES public.actors(id);


--
-- Name: cooperation_agreements cooperation_agreements_partner_cluster_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cooperation_agreements
    ADD CONSTRAINT cooperation_agreements_partner_cluster_id_fkey FOREIGN KEY (partner_cluster_id) REFERENCES public.clusters(id);


--
-- Name: cooperation_agreements cooperation_agreements_partner_contact_institution_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cooperation_agreements
    ADD CONSTRAINT cooperation_agreements_partner_contact_institution_id_fkey FOREIGN KEY (partner_contact_institution_id) REFERENCES public.actors(id);


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
-- Name: indicator_dimensions indicator_dimensions_item_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.indicator_dimensions
    ADD CONSTRAINT indicator_dimensions_item_id_fkey FOREIGN KEY (item_id) REFERENCES public.breakdown_dimensions(id) ON DELETE RESTRICT;


--
-- Name: indicator_dimensions indicator_dimensions_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.indicator_dimensions
    ADD CONSTRAINT indicator_dimensions_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES public.indicators(id) ON DELETE CASCADE;


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
-- Name: learning_participants learning_participants_edition_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.learning_participants
    ADD CONSTRAINT learning_participants_edition_id_fkey FOREIGN KEY (edition_id) REFERENCES public.learning_editions(id);


--
-- Name: learning_participants learning_participants_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.learning_participants
    ADD CONSTRAINT learning_participants_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.actors(id);


--
-- Name: learning_participants learning_participants_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.learning_participants
    ADD CONSTRAINT learning_participants_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.persons(id);


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
-- Name: reporting_periods reporting_periods_project_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reporting_periods
    ADD CONSTRAINT reporting_periods_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;


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

\unrestrict rH8XkIJD71VEIdIbCwYwuSZCaPLpe8UKaWLl4DD0sLdsXkyeVw9AJxq6UvufPd1

