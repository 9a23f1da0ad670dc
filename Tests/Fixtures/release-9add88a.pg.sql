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
    updated_at timestamp with time zone
);


--
-- Data for Name: _fluent_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public._fluent_migrations VALUES ('6049af39-0fe2-427f-b048-3f13201a2153', 'ClusterworksPersistence.CreateAccounts', 1, '2026-12-01 11:08:51.291231+00', '2026-12-01 11:08:51.291231+00');
INSERT INTO public._fluent_migrations VALUES ('76799553-b831-457a-9b9c-e01d8a2c4f5b', 'ClusterworksPersistence.CreateRegistries', 1, '2026-12-01 11:08:51.330577+00', '2026-12-01 11:08:51.330577+00');
INSERT INTO public._fluent_migrations VALUES ('d6693a98-b180-46ae-8702-1070011ef38e', 'ClusterworksPersistence.CreateHistory', 1, '2026-12-01 11:08:51.344776+00', '2026-12-01 11:08:51.344776+00');


--
-- Data for Name: actors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.actors VALUES ('46a0ba12-089f-4fe2-935d-4f1eccb021b5', 'institution', 'Chamber of Industry of Nicaragua', 'CADIN', 'chamber', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Hosts the Vertical Linkages Unit.', '2026-12-01 11:08:51.961247+00', '2026-12-01 11:08:51.961247+00');
INSERT INTO public.actors VALUES ('42a7ead6-4128-4699-97c1-bae73e3101d3', 'institution', 'Centro de Recursos y Tecnología', 'CERTEC', 'bds_provider', 'HN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Foundation set up in 1997 by the project''s former network brokers; lives on fees.', '2026-12-01 11:08:51.969399+00', '2026-12-01 11:08:51.969399+00');
INSERT INTO public.actors VALUES ('15014dee-16cb-4958-a7f5-099dfd616c3f', 'institution', 'Calico Printers Co-operative Society', 'CALICO', 'cooperative', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Dormant artisan association revitalised; membership rose from 26 artisans to 120.', '2026-12-01 11:08:51.975906+00', '2026-12-01 11:08:51.975906+00');
INSERT INTO public.actors VALUES ('038f6527-6932-4a56-961a-e76c564aeebd', 'institution', 'Consortium of Textile Exporters', 'COTEX', 'business_association', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Export consortium formed in the Jaipur cluster.', '2026-12-01 11:08:51.982386+00', '2026-12-01 11:08:51.982386+00');
INSERT INTO public.actors VALUES ('bfde12f2-cbc0-459b-8f26-6de99c54de8d', 'institution', 'Apparel Exporters Association of Ludhiana', 'APPEAL', 'business_association', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Formed by a core of export-oriented knitwear producers.', '2026-12-01 11:08:51.988662+00', '2026-12-01 11:08:51.988662+00');
INSERT INTO public.actors VALUES ('d0bebcd6-0132-4140-a433-f908cdde5110', 'institution', 'Indian Institute for Rural Development', 'IIRD', 'ngo', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'NGO increasingly acting as the cluster development agent in Jaipur.', '2026-12-01 11:08:51.995443+00', '2026-12-01 11:08:51.995443+00');
INSERT INTO public.actors VALUES ('cee576c7-1b0a-45c3-b1e2-fbd0ad8f2973', 'institution', 'Small Industries Development Bank of India', 'SIDBI', 'financial_institution', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Supported the Bagru training and a credit scheme.', '2026-12-01 11:08:52.005589+00', '2026-12-01 11:08:52.005589+00');
INSERT INTO public.actors VALUES ('b6d6149a-b58d-47cf-8d7e-e860cfe75a36', 'institution', 'National Institute of Fashion Technology', 'NIFT', 'university', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Introduced new products and designs in Jaipur.', '2026-12-01 11:08:52.012171+00', '2026-12-01 11:08:52.012171+00');
INSERT INTO public.actors VALUES ('13456f5a-7d1e-4d40-9cf5-f9cda2d4c209', 'institution', 'Government Polytechnic for Women, Ludhiana', 'GPW', 'training_institute', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Hosts the training cell for women machine operators.', '2026-12-01 11:08:52.018697+00', '2026-12-01 11:08:52.018697+00');
INSERT INTO public.actors VALUES ('35cb0cdd-ac7e-4a09-a835-a6cc91cfc991', 'institution', 'Department of Technical Education, Government of Punjab', NULL, 'government_agency', 'IN', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Signed the memorandum of understanding with APPEAL.', '2026-12-01 11:08:52.025157+00', '2026-12-01 11:08:52.025157+00');
INSERT INTO public.actors VALUES ('aea8f83e-a660-4c6f-b989-5c9a8f342468', 'institution', 'Alianza Láctea', NULL, 'cooperative', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Alliance of cooperatives representing the Boaco/Chontales milk sector.', '2026-12-01 11:08:52.031583+00', '2026-12-01 11:08:52.031583+00');
INSERT INTO public.actors VALUES ('c19bc0f8-6bae-4f5e-ab46-87346d50d574', 'institution', 'Instituto Nicaragüense de Apoyo a la Pequeña y Mediana Empresa', 'INPYME', 'government_agency', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Partner in training and technical assistance in Boaco/Chontales.', '2026-12-01 11:08:52.038376+00', '2026-12-01 11:08:52.038376+00');
INSERT INTO public.actors VALUES ('cf2ee196-fbc3-4487-ade8-0177e577b0e7', 'institution', 'INCAE Business School', 'INCAE', 'university', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Member of the committee for institutional coordination.', '2026-12-01 11:08:52.044812+00', '2026-12-01 11:08:52.044812+00');
INSERT INTO public.actors VALUES ('c88d5c6e-1689-42e5-9888-14661d544bc0', 'institution', 'Cámara Nicaragüense del Sector Lácteo', 'CANISLAC', 'chamber', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Nicaraguan Chamber of the Milk Sector.', '2026-12-01 11:08:52.051251+00', '2026-12-01 11:08:52.051251+00');
INSERT INTO public.actors VALUES ('faf4ca03-da0f-4332-82f7-ace307360821', 'institution', 'National Metrology Laboratory', NULL, 'laboratory', 'NI', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Provides scale calibration services in the coffee and cereals group.', '2026-12-01 11:08:52.057545+00', '2026-12-01 11:08:52.057545+00');
INSERT INTO public.actors VALUES ('c2132b02-b523-4399-9fd2-2d6549ff42d5', 'institution', 'United Nations Industrial Development Organization', 'UNIDO', 'donor', 'AT', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Executes the programme.', '2026-12-01 11:08:52.064383+00', '2026-12-01 11:08:52.064383+00');
INSERT INTO public.actors VALUES ('f2aed4ff-2451-4fce-8d3e-6e74e80df4a2', 'institution', 'Inter-American Development Bank', 'IDB', 'donor', 'US', NULL, NULL, NULL, NULL, '', NULL, NULL, NULL, NULL, NULL, 'Co-financed product diversification in Boaco/Chontales.', '2026-12-01 11:08:52.071334+00', '2026-12-01 11:08:52.071334+00');
INSERT INTO public.actors VALUES ('88d43585-31d7-4862-a500-003b4c0d2178', 'enterprise', 'Footwear manufacturer and distributor (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1520', '', 320, NULL, NULL, NULL, 'large', 'Client firm working with local shoemakers. Illustrative demo record.', '2026-12-01 11:08:52.078777+00', '2026-12-01 11:08:52.078777+00');
INSERT INTO public.actors VALUES ('576e7189-c3dc-48e4-8db3-a1bf8f283782', 'enterprise', 'Rum producer (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1101', '', 450, NULL, NULL, NULL, 'large', 'Client firm teamed with plastic bottle and label suppliers. Illustrative demo record.', '2026-12-01 11:08:52.086236+00', '2026-12-01 11:08:52.086236+00');
INSERT INTO public.actors VALUES ('cd77ebb5-45af-4307-857b-466385eb0984', 'enterprise', 'Ice cream and yoghurt factory (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1050', '', 280, NULL, NULL, NULL, 'large', 'Client firm paired with box and refrigeration suppliers. Illustrative demo record.', '2026-12-01 11:08:52.093475+00', '2026-12-01 11:08:52.093475+00');
INSERT INTO public.actors VALUES ('d04f44a1-c2b5-48db-8f95-be3ddc1a54fc', 'enterprise', 'Coffee and cereals processor (illustrative name)', NULL, NULL, 'NI', 'Managua', NULL, NULL, '1079', '', 300, NULL, NULL, NULL, 'large', 'Client firm working with peanut and plastic jar suppliers. Illustrative demo record.', '2026-12-01 11:08:52.100679+00', '2026-12-01 11:08:52.100679+00');
INSERT INTO public.actors VALUES ('0185865f-bfcf-4d66-966f-fd388790cbd2', 'enterprise', 'Masaya woodworking workshop 1', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 3, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 11:08:52.107547+00', '2026-12-01 11:08:52.107547+00');
INSERT INTO public.actors VALUES ('e120336a-54eb-4cdb-91cd-cf86dbb804dc', 'enterprise', 'Masaya woodworking workshop 2', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 4, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 11:08:52.114429+00', '2026-12-01 11:08:52.114429+00');
INSERT INTO public.actors VALUES ('ee17b564-213a-4329-a4ff-1149e7b32d1d', 'enterprise', 'Masaya woodworking workshop 3', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 6, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 11:08:52.121791+00', '2026-12-01 11:08:52.121791+00');
INSERT INTO public.actors VALUES ('ff60160f-d49e-40f7-a047-33f4f0638f4f', 'enterprise', 'Masaya woodworking workshop 4', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 8, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 11:08:52.129041+00', '2026-12-01 11:08:52.129041+00');
INSERT INTO public.actors VALUES ('878d370d-6e8d-488b-8b27-06d5dfc6b502', 'enterprise', 'Masaya woodworking workshop 5', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 5, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 11:08:52.13698+00', '2026-12-01 11:08:52.13698+00');
INSERT INTO public.actors VALUES ('7334f99b-0598-41e2-b1e9-fa97c1d2e77f', 'enterprise', 'Masaya woodworking workshop 6', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 12, NULL, NULL, NULL, 'small', 'Illustrative demo record.', '2026-12-01 11:08:52.144352+00', '2026-12-01 11:08:52.144352+00');
INSERT INTO public.actors VALUES ('538b441b-ac1d-4ec3-8395-424295c88bd7', 'enterprise', 'Masaya woodworking workshop 7', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 7, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 11:08:52.151984+00', '2026-12-01 11:08:52.151984+00');
INSERT INTO public.actors VALUES ('c92ecde2-815e-4dde-b14b-5a60096aab31', 'enterprise', 'Masaya woodworking workshop 8', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 9, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 11:08:52.159264+00', '2026-12-01 11:08:52.159264+00');
INSERT INTO public.actors VALUES ('f694889d-af55-4d39-88a6-1a0a52926373', 'enterprise', 'Masaya woodworking workshop 9', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 4, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 11:08:52.166355+00', '2026-12-01 11:08:52.166355+00');
INSERT INTO public.actors VALUES ('dde3c1b2-277e-4ad2-ba51-2fd3243d2314', 'enterprise', 'Masaya woodworking workshop 10', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 15, NULL, NULL, NULL, 'small', 'Illustrative demo record.', '2026-12-01 11:08:52.173452+00', '2026-12-01 11:08:52.173452+00');
INSERT INTO public.actors VALUES ('d990e601-662d-4bed-a3ed-7737638172da', 'enterprise', 'Masaya woodworking workshop 11', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 6, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 11:08:52.179916+00', '2026-12-01 11:08:52.179916+00');
INSERT INTO public.actors VALUES ('7aa2c830-7526-42d8-a127-3c50cb34e9db', 'enterprise', 'Masaya woodworking workshop 12', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 5, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 11:08:52.186649+00', '2026-12-01 11:08:52.186649+00');
INSERT INTO public.actors VALUES ('4fe62c5f-ff1b-4a90-ba24-36b71b6fda0c', 'enterprise', 'Masaya woodworking workshop 13', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 11, NULL, NULL, NULL, 'small', 'Illustrative demo record.', '2026-12-01 11:08:52.192954+00', '2026-12-01 11:08:52.192954+00');
INSERT INTO public.actors VALUES ('90e33020-28e3-4c87-af89-16df5d0c8970', 'enterprise', 'Masaya woodworking workshop 14', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 8, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 11:08:52.199288+00', '2026-12-01 11:08:52.199288+00');
INSERT INTO public.actors VALUES ('935eec5c-3cf7-437a-a771-5d7c934c2d84', 'enterprise', 'Masaya woodworking workshop 15', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 3, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 11:08:52.205596+00', '2026-12-01 11:08:52.205596+00');
INSERT INTO public.actors VALUES ('1ee602b2-81fd-46ef-99ff-9c310313529b', 'enterprise', 'Masaya woodworking workshop 16', NULL, NULL, 'NI', 'Masaya', 11.97, -86.09, '3100', 'rocking chairs
furniture', 7, NULL, NULL, NULL, 'micro', 'Illustrative demo record.', '2026-12-01 11:08:52.211875+00', '2026-12-01 11:08:52.211875+00');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: assignments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.assignments VALUES ('64406019-264f-40f4-a15b-8fe00e8240d2', '180f533e-5a08-40a6-a856-36a84c64a7a5', 'project', '7db3b280-acf4-4a1f-abd3-fbd85cd3d3f3', '2026-12-01 11:08:52.400495+00');
INSERT INTO public.assignments VALUES ('564d7300-0fdf-4f56-9769-1c9ded127f20', '176c8fb5-b284-4dea-8f9c-36898eedbb43', 'network', '5d16684a-7df2-439f-ad96-7551bf667f8f', '2026-12-01 11:08:52.405997+00');


--
-- Data for Name: audit_entries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_entries VALUES ('423d9d17-f9b1-4e5d-beb5-9c4a267b3903', 'project', '7db3b280-acf4-4a1f-abd3-fbd85cd3d3f3', 'create', NULL, 'demo loader', '2026-12-01 11:08:51.884976+00', '[{"field":"code","new":"IND-CLN"},{"field":"title","new":"Cluster and network development in India"},{"field":"summary","new":"Pune food processing, Bagru and Sanganer block printing (Jaipur), Ludhiana knitwear. Dates and budget illustrative."},{"field":"countries","new":"IN"},{"field":"status","new":"ongoing"},{"field":"actualStart","new":"1996-07-01"},{"field":"budget","new":"2400000"},{"field":"currency","new":"USD"},{"field":"funders","new":"Government of Italy (illustrative)"},{"field":"counterparts","new":"SIDBI"},{"field":"linesOfWork","new":"clusters, horizontal_networks"}]');
INSERT INTO public.audit_entries VALUES ('60b0fd8c-7518-462d-b87f-b4ef02255d8d', 'project', '3f7dbbcf-8180-402f-9836-9ab48930d83b', 'create', NULL, 'demo loader', '2026-12-01 11:08:51.901723+00', '[{"new":"NIC-CLN","field":"code"},{"new":"SME networks, clusters and vertical linkages in Nicaragua","field":"title"},{"new":"Boaco\/Chontales milk and cheese cluster, Masaya woodworking network, Vertical Linkages Unit at CADIN (designed 1999). Dates and budget illustrative.","field":"summary"},{"new":"NI","field":"countries"},{"new":"ongoing","field":"status"},{"new":"1997-03-01","field":"actualStart"},{"new":"1800000","field":"budget"},{"new":"USD","field":"currency"},{"new":"CADIN, INPYME","field":"counterparts"},{"new":"clusters, horizontal_networks, vertical_linkages","field":"linesOfWork"}]');
INSERT INTO public.audit_entries VALUES ('cdb4364b-70e3-49be-9e6e-341bd22e80a9', 'project', 'bc43b81d-d44a-4369-b650-f0654c62d094', 'create', NULL, 'demo loader', '2026-12-01 11:08:51.911588+00', '[{"new":"HON-NET","field":"code"},{"new":"Network brokers in Honduras","field":"title"},{"new":"Network brokers trained by the project founded CERTEC in the last year of implementation (1997). Start date illustrative.","field":"summary"},{"new":"HN","field":"countries"},{"new":"completed","field":"status"},{"new":"1993-01-01","field":"actualStart"},{"new":"1997-12-31","field":"actualEnd"},{"new":"CERTEC","field":"counterparts"},{"new":"horizontal_networks","field":"linesOfWork"}]');
INSERT INTO public.audit_entries VALUES ('2909b7e6-9cf6-4195-b6f9-66a35a0def4b', 'project', '9cd6f049-61e4-4756-a1fd-bece2336e854', 'create', NULL, 'demo loader', '2026-12-01 11:08:51.92171+00', '[{"field":"code","new":"SEN-NET"},{"field":"title","new":"From networks to associations to policy in Senegal"},{"field":"summary","new":"Networks organise the private sector from the base and strengthen its representative associations."},{"field":"countries","new":"SN"},{"field":"status","new":"ongoing"},{"field":"actualStart","new":"2001-01-01"},{"field":"linesOfWork","new":"horizontal_networks"}]');
INSERT INTO public.audit_entries VALUES ('8e82a984-3ce3-46d3-bbfe-bf3dac11ee8f', 'project', '59b2a153-04cb-4941-97b0-e911a10fab50', 'create', NULL, 'demo loader', '2026-12-01 11:08:51.930608+00', '[{"new":"ZWE-NET","field":"code"},{"new":"Networks and BDS upgrading in Zimbabwe","field":"title"},{"new":"Networks organise the demand for business development services so that providers upgrade them.","field":"summary"},{"new":"ZW","field":"countries"},{"new":"ongoing","field":"status"},{"new":"2001-01-01","field":"actualStart"},{"new":"horizontal_networks","field":"linesOfWork"}]');
INSERT INTO public.audit_entries VALUES ('89ec7512-14fb-42ce-bff2-3ad942c81f54', 'project', '1a6f7836-0473-42c6-8509-e2815e1c019e', 'create', NULL, 'demo loader', '2026-12-01 11:08:51.940018+00', '[{"field":"code","new":"MAR-CLU"},{"field":"title","new":"Restructuring of the Fez leather cluster"},{"field":"summary","new":"Fez leather cluster, including relocation for environmental reasons, in cooperation with the Santa Croce leather cluster in Italy. Start date illustrative."},{"field":"countries","new":"IT, MA"},{"field":"status","new":"ongoing"},{"field":"actualStart","new":"2000-01-01"},{"field":"linesOfWork","new":"clusters"}]');
INSERT INTO public.audit_entries VALUES ('40c92ece-2513-4df1-a9c7-58e3cf060c78', 'project', 'b214c716-9590-4af2-8df2-15d3fe3d40e2', 'create', NULL, 'demo loader', '2026-12-01 11:08:51.951541+00', '[{"new":"MDG-CLU","field":"code"},{"new":"Cluster development in Madagascar","field":"title"},{"new":"Under design.","field":"summary"},{"new":"MG","field":"countries"},{"new":"under_design","field":"status"},{"new":"clusters","field":"linesOfWork"}]');
INSERT INTO public.audit_entries VALUES ('c3955df7-091b-49fa-8627-0b1efa2bcc39', 'actor', '46a0ba12-089f-4fe2-935d-4f1eccb021b5', 'create', NULL, 'demo loader', '2026-12-01 11:08:51.960674+00', '[{"new":"institution","field":"kind"},{"new":"Chamber of Industry of Nicaragua","field":"name"},{"new":"CADIN","field":"acronym"},{"new":"chamber","field":"institutionType"},{"new":"NI","field":"country"},{"new":"Hosts the Vertical Linkages Unit.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('53201493-cd52-4eb4-8602-49026ce1ada0', 'actor', '42a7ead6-4128-4699-97c1-bae73e3101d3', 'create', NULL, 'demo loader', '2026-12-01 11:08:51.969281+00', '[{"new":"institution","field":"kind"},{"new":"Centro de Recursos y Tecnología","field":"name"},{"new":"CERTEC","field":"acronym"},{"new":"bds_provider","field":"institutionType"},{"new":"HN","field":"country"},{"new":"Foundation set up in 1997 by the project''s former network brokers; lives on fees.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('cdbdf38b-8208-4778-bcb2-4bf9467a0ede', 'actor', '15014dee-16cb-4958-a7f5-099dfd616c3f', 'create', NULL, 'demo loader', '2026-12-01 11:08:51.975768+00', '[{"new":"institution","field":"kind"},{"new":"Calico Printers Co-operative Society","field":"name"},{"new":"CALICO","field":"acronym"},{"new":"cooperative","field":"institutionType"},{"new":"IN","field":"country"},{"new":"Dormant artisan association revitalised; membership rose from 26 artisans to 120.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('7230dedb-9a8a-4d63-afab-653545c16060', 'actor', '038f6527-6932-4a56-961a-e76c564aeebd', 'create', NULL, 'demo loader', '2026-12-01 11:08:51.982218+00', '[{"new":"institution","field":"kind"},{"new":"Consortium of Textile Exporters","field":"name"},{"new":"COTEX","field":"acronym"},{"new":"business_association","field":"institutionType"},{"new":"IN","field":"country"},{"new":"Export consortium formed in the Jaipur cluster.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('75ae7716-81f0-450a-ae91-41aff267fa1e', 'actor', 'bfde12f2-cbc0-459b-8f26-6de99c54de8d', 'create', NULL, 'demo loader', '2026-12-01 11:08:51.988541+00', '[{"new":"institution","field":"kind"},{"new":"Apparel Exporters Association of Ludhiana","field":"name"},{"new":"APPEAL","field":"acronym"},{"new":"business_association","field":"institutionType"},{"new":"IN","field":"country"},{"new":"Formed by a core of export-oriented knitwear producers.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('74ef45b3-0af8-4b3f-83e4-cb3f2612612f', 'actor', 'd0bebcd6-0132-4140-a433-f908cdde5110', 'create', NULL, 'demo loader', '2026-12-01 11:08:51.995321+00', '[{"new":"institution","field":"kind"},{"new":"Indian Institute for Rural Development","field":"name"},{"new":"IIRD","field":"acronym"},{"new":"ngo","field":"institutionType"},{"new":"IN","field":"country"},{"new":"NGO increasingly acting as the cluster development agent in Jaipur.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('18c60d52-d7ca-440d-b61a-afa18fa7edc9', 'actor', 'cee576c7-1b0a-45c3-b1e2-fbd0ad8f2973', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.005461+00', '[{"new":"institution","field":"kind"},{"new":"Small Industries Development Bank of India","field":"name"},{"new":"SIDBI","field":"acronym"},{"new":"financial_institution","field":"institutionType"},{"new":"IN","field":"country"},{"new":"Supported the Bagru training and a credit scheme.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('8fc7c821-d13d-4a19-8639-41d3106e97c0', 'actor', 'b6d6149a-b58d-47cf-8d7e-e860cfe75a36', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.012044+00', '[{"new":"institution","field":"kind"},{"new":"National Institute of Fashion Technology","field":"name"},{"new":"NIFT","field":"acronym"},{"new":"university","field":"institutionType"},{"new":"IN","field":"country"},{"new":"Introduced new products and designs in Jaipur.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('2e2a9548-4d73-454f-854c-aed054c422a1', 'actor', '13456f5a-7d1e-4d40-9cf5-f9cda2d4c209', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.018572+00', '[{"new":"institution","field":"kind"},{"new":"Government Polytechnic for Women, Ludhiana","field":"name"},{"new":"GPW","field":"acronym"},{"new":"training_institute","field":"institutionType"},{"new":"IN","field":"country"},{"new":"Hosts the training cell for women machine operators.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('2453dbde-7b39-456a-82f6-331e03ee2cc9', 'actor', '35cb0cdd-ac7e-4a09-a835-a6cc91cfc991', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.025033+00', '[{"new":"institution","field":"kind"},{"new":"Department of Technical Education, Government of Punjab","field":"name"},{"new":"government_agency","field":"institutionType"},{"new":"IN","field":"country"},{"new":"Signed the memorandum of understanding with APPEAL.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('c20ab8eb-3762-4a8a-85a6-3826b002f1f0', 'actor', 'aea8f83e-a660-4c6f-b989-5c9a8f342468', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.031465+00', '[{"new":"institution","field":"kind"},{"new":"Alianza Láctea","field":"name"},{"new":"cooperative","field":"institutionType"},{"new":"NI","field":"country"},{"new":"Alliance of cooperatives representing the Boaco\/Chontales milk sector.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('dfffe1ae-eff0-40ad-b0af-14432697991d', 'actor', 'c19bc0f8-6bae-4f5e-ab46-87346d50d574', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.03825+00', '[{"new":"institution","field":"kind"},{"new":"Instituto Nicaragüense de Apoyo a la Pequeña y Mediana Empresa","field":"name"},{"new":"INPYME","field":"acronym"},{"new":"government_agency","field":"institutionType"},{"new":"NI","field":"country"},{"new":"Partner in training and technical assistance in Boaco\/Chontales.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('50ca5507-5042-4d77-adac-a3935d95ea47', 'actor', 'cf2ee196-fbc3-4487-ade8-0177e577b0e7', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.044693+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"INCAE Business School"},{"field":"acronym","new":"INCAE"},{"field":"institutionType","new":"university"},{"field":"country","new":"NI"},{"field":"description","new":"Member of the committee for institutional coordination."}]');
INSERT INTO public.audit_entries VALUES ('4c06460f-ee88-4f74-8da3-7a6f0300064d', 'actor', 'c88d5c6e-1689-42e5-9888-14661d544bc0', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.051133+00', '[{"new":"institution","field":"kind"},{"new":"Cámara Nicaragüense del Sector Lácteo","field":"name"},{"new":"CANISLAC","field":"acronym"},{"new":"chamber","field":"institutionType"},{"new":"NI","field":"country"},{"new":"Nicaraguan Chamber of the Milk Sector.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('96618b2c-907d-484a-9a07-ae49e024d7cc', 'actor', 'faf4ca03-da0f-4332-82f7-ace307360821', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.057426+00', '[{"new":"institution","field":"kind"},{"new":"National Metrology Laboratory","field":"name"},{"new":"laboratory","field":"institutionType"},{"new":"NI","field":"country"},{"new":"Provides scale calibration services in the coffee and cereals group.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('0933ed5d-6617-4e7a-af98-fcdb160241c3', 'actor', 'c2132b02-b523-4399-9fd2-2d6549ff42d5', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.064264+00', '[{"new":"institution","field":"kind"},{"new":"United Nations Industrial Development Organization","field":"name"},{"new":"UNIDO","field":"acronym"},{"new":"donor","field":"institutionType"},{"new":"AT","field":"country"},{"new":"Executes the programme.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('2de1ce60-1057-42e8-9323-5437882cda74', 'actor', 'f2aed4ff-2451-4fce-8d3e-6e74e80df4a2', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.071217+00', '[{"field":"kind","new":"institution"},{"field":"name","new":"Inter-American Development Bank"},{"field":"acronym","new":"IDB"},{"field":"institutionType","new":"donor"},{"field":"country","new":"US"},{"field":"description","new":"Co-financed product diversification in Boaco\/Chontales."}]');
INSERT INTO public.audit_entries VALUES ('8133f2f1-5eaf-4c36-a24e-3c614d2479f6', 'actor', '88d43585-31d7-4862-a500-003b4c0d2178', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.078632+00', '[{"new":"enterprise","field":"kind"},{"new":"Footwear manufacturer and distributor (illustrative name)","field":"name"},{"new":"NI","field":"country"},{"new":"Managua","field":"location"},{"new":"1520","field":"sectorCode"},{"new":"320","field":"employees"},{"new":"large","field":"sizeClass"},{"new":"Client firm working with local shoemakers. Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('efdf004f-6f87-4dc0-8003-7ab938271511', 'actor', '576e7189-c3dc-48e4-8db3-a1bf8f283782', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.08608+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Rum producer (illustrative name)"},{"field":"country","new":"NI"},{"field":"location","new":"Managua"},{"field":"sectorCode","new":"1101"},{"field":"employees","new":"450"},{"field":"sizeClass","new":"large"},{"field":"description","new":"Client firm teamed with plastic bottle and label suppliers. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('b378bb3b-4d3a-40ca-b04d-bc0d399cb748', 'actor', 'cd77ebb5-45af-4307-857b-466385eb0984', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.093336+00', '[{"new":"enterprise","field":"kind"},{"new":"Ice cream and yoghurt factory (illustrative name)","field":"name"},{"new":"NI","field":"country"},{"new":"Managua","field":"location"},{"new":"1050","field":"sectorCode"},{"new":"280","field":"employees"},{"new":"large","field":"sizeClass"},{"new":"Client firm paired with box and refrigeration suppliers. Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('5cb7a41c-2862-407d-b0f7-d84b41438f1c', 'actor', 'd04f44a1-c2b5-48db-8f95-be3ddc1a54fc', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.100541+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Coffee and cereals processor (illustrative name)"},{"field":"country","new":"NI"},{"field":"location","new":"Managua"},{"field":"sectorCode","new":"1079"},{"field":"employees","new":"300"},{"field":"sizeClass","new":"large"},{"field":"description","new":"Client firm working with peanut and plastic jar suppliers. Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('1590c540-462f-4156-a204-4475bc55822f', 'actor', '0185865f-bfcf-4d66-966f-fd388790cbd2', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.107381+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 1"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"3"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('75947848-a1d8-4abe-972f-272065de18f5', 'actor', 'e120336a-54eb-4cdb-91cd-cf86dbb804dc', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.114241+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 2"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"4"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('ae8ccd8d-16a9-4aa7-8c7c-eccaf1c58a8f', 'actor', 'ee17b564-213a-4329-a4ff-1149e7b32d1d', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.121646+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 3","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"6","field":"employees"},{"new":"micro","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('195be980-765f-47c9-8d1f-f9ac41b3dec8', 'actor', 'ff60160f-d49e-40f7-a047-33f4f0638f4f', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.128804+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 4","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"8","field":"employees"},{"new":"micro","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('14956540-c97f-4608-bc3f-594f54462f1b', 'actor', '878d370d-6e8d-488b-8b27-06d5dfc6b502', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.136789+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 5","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"5","field":"employees"},{"new":"micro","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('9dfbfb92-8f86-47d7-8199-7f53c92ee319', 'actor', '7334f99b-0598-41e2-b1e9-fa97c1d2e77f', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.1442+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 6"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"12"},{"field":"sizeClass","new":"small"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('d910c799-d3ca-4d41-bbf7-a2b8895a753f', 'actor', '538b441b-ac1d-4ec3-8395-424295c88bd7', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.151832+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 7","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"7","field":"employees"},{"new":"micro","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('3313f410-d8e8-4214-8521-bf05e2ff9b5c', 'actor', 'c92ecde2-815e-4dde-b14b-5a60096aab31', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.159126+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 8"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"9"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('e84126ea-5b67-48ee-93b7-432b666b4c35', 'actor', 'f694889d-af55-4d39-88a6-1a0a52926373', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.166223+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 9","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"4","field":"employees"},{"new":"micro","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('b4f8d921-4fbe-4e17-b376-53cd77e56517', 'actor', 'dde3c1b2-277e-4ad2-ba51-2fd3243d2314', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.173317+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 10"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"15"},{"field":"sizeClass","new":"small"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('9a528a28-c42e-4b94-9b29-77c59ce9d5f6', 'actor', 'd990e601-662d-4bed-a3ed-7737638172da', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.179744+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 11"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"6"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('322bc707-8cc4-495c-af2e-fcd6bea4b150', 'actor', '7aa2c830-7526-42d8-a127-3c50cb34e9db', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.186482+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 12"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"5"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('1a29c530-2266-4f21-bc7b-7c48a50455f8', 'actor', '4fe62c5f-ff1b-4a90-ba24-36b71b6fda0c', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.192791+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 13"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"11"},{"field":"sizeClass","new":"small"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('98a0183c-bf7b-428f-b031-42c284d072bd', 'actor', '90e33020-28e3-4c87-af89-16df5d0c8970', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.199159+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 14","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"8","field":"employees"},{"new":"micro","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('0f99cecc-f475-4e0b-ba2e-b583c67f27b0', 'actor', '935eec5c-3cf7-437a-a771-5d7c934c2d84', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.205479+00', '[{"field":"kind","new":"enterprise"},{"field":"name","new":"Masaya woodworking workshop 15"},{"field":"country","new":"NI"},{"field":"location","new":"Masaya"},{"field":"latitude","new":"11.97"},{"field":"longitude","new":"-86.09"},{"field":"sectorCode","new":"3100"},{"field":"products","new":"rocking chairs, furniture"},{"field":"employees","new":"3"},{"field":"sizeClass","new":"micro"},{"field":"description","new":"Illustrative demo record."}]');
INSERT INTO public.audit_entries VALUES ('0f9b0da2-144c-4a71-a837-4c93d81d1e7a', 'actor', '1ee602b2-81fd-46ef-99ff-9c310313529b', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.211741+00', '[{"new":"enterprise","field":"kind"},{"new":"Masaya woodworking workshop 16","field":"name"},{"new":"NI","field":"country"},{"new":"Masaya","field":"location"},{"new":"11.97","field":"latitude"},{"new":"-86.09","field":"longitude"},{"new":"3100","field":"sectorCode"},{"new":"rocking chairs, furniture","field":"products"},{"new":"7","field":"employees"},{"new":"micro","field":"sizeClass"},{"new":"Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('33fcf00b-0673-4e6d-93ec-8a3b17052dcb', 'cluster', '972ba743-c867-47ad-a23e-bdc76faff1b9', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.217948+00', '[{"field":"name","new":"Pune food processing"},{"field":"country","new":"IN"},{"field":"place","new":"Pune, Maharashtra"},{"field":"latitude","new":"18.52"},{"field":"longitude","new":"73.86"},{"field":"sector","new":"Food processing"},{"field":"products","new":"processed foods"},{"field":"projectId","new":"7db3b280-acf4-4a1f-abd3-fbd85cd3d3f3"},{"field":"stage","new":"action_planning"},{"field":"description","new":"Entrepreneurs saw the Food Adulteration Act as the obstacle; institutions saw low regard for product safety. Dialogue led to an information point, an umbrella organisation and a technical centre."}]');
INSERT INTO public.audit_entries VALUES ('bee4330f-9b23-4df3-9c85-f37718778d5f', 'cluster', 'ce6ac4f1-3137-461b-bf09-7abbe194d46b', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.225825+00', '[{"new":"Bagru and Sanganer block printing","field":"name"},{"new":"IN","field":"country"},{"new":"Bagru and Sanganer, Jaipur, Rajasthan","field":"place"},{"new":"26.81","field":"latitude"},{"new":"75.55","field":"longitude"},{"new":"Textile hand-block printing","field":"sector"},{"new":"hand-block printed textiles","field":"products"},{"new":"350","field":"estimatedFirms"},{"new":"10000","field":"employment"},{"new":"7db3b280-acf4-4a1f-abd3-fbd85cd3d3f3","field":"projectId"},{"new":"implementation","field":"stage"},{"new":"About 350 small firms employ almost 10,000 workers. A cooperation attempt failed twenty years before the 1997 diagnostic; trust was rebuilt through the artisans'' sons.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('5408aa01-fd12-4eff-a8d5-a18e1a374052', 'cluster', '255df75d-9c02-4916-82f1-93b1b189d556', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.231992+00', '[{"field":"name","new":"Ludhiana knitwear"},{"field":"country","new":"IN"},{"field":"place","new":"Ludhiana, Punjab"},{"field":"latitude","new":"30.9"},{"field":"longitude","new":"75.85"},{"field":"sector","new":"Woollen knitwear"},{"field":"products","new":"woollen knitwear"},{"field":"estimatedFirms","new":"10000"},{"field":"projectId","new":"7db3b280-acf4-4a1f-abd3-fbd85cd3d3f3"},{"field":"stage","new":"implementation"},{"field":"description","new":"Over 10,000 small and medium firms, nearly 90% of the national market for woollen knitwear. Costs shared: project 20%, private sector 74%, other institutions 6%."}]');
INSERT INTO public.audit_entries VALUES ('bf9a7dea-4d1e-4bd1-b971-6b856a17965c', 'membership', '5ed6828e-5cfa-42bc-970c-a3ab70c12d5b', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.3605+00', '[{"new":"d04f44a1-c2b5-48db-8f95-be3ddc1a54fc","field":"actorId"},{"new":"client","field":"role"},{"new":"1999-06-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('bbad4ab8-4caa-46ef-9180-d49f210d9abb', 'cluster', '7471b57d-d97f-4916-b920-1110ed74d77f', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.238363+00', '[{"new":"Boaco and Chontales milk and cheese","field":"name"},{"new":"NI","field":"country"},{"new":"Boaco and Chontales","field":"place"},{"new":"12.47","field":"latitude"},{"new":"-85.66","field":"longitude"},{"new":"Dairy","field":"sector"},{"new":"milk, cheese","field":"products"},{"new":"3f7dbbcf-8180-402f-9836-9ab48930d83b","field":"projectId"},{"new":"implementation","field":"stage"},{"new":"Action plan results: technical norms, five new products, yields +25%, waste-water pollution down up to 70%, a cooperative, Alianza Láctea, CANISLAC.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('2d41ba76-8e0d-4579-95fc-c7aae7da171c', 'cluster', '1000dd2d-73f5-4b6c-975e-468a15e12211', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.244414+00', '[{"field":"name","new":"Fez leather"},{"field":"country","new":"MA"},{"field":"place","new":"Fez"},{"field":"latitude","new":"34.03"},{"field":"longitude","new":"-5"},{"field":"sector","new":"Leather"},{"field":"products","new":"finished leather, leather goods"},{"field":"projectId","new":"1a6f7836-0473-42c6-8509-e2815e1c019e"},{"field":"stage","new":"trust_building"},{"field":"description","new":"Restructuring including relocation of units for environmental reasons; cooperation with the Santa Croce leather cluster in Italy."}]');
INSERT INTO public.audit_entries VALUES ('57023e9f-5102-45a3-822c-7725ca16649d', 'cluster', '22e5d9cf-2608-4951-912d-d00a583f2c57', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.250381+00', '[{"new":"Tirupur hosiery","field":"name"},{"new":"IN","field":"country"},{"new":"Tirupur, Tamil Nadu","field":"place"},{"new":"11.11","field":"latitude"},{"new":"77.34","field":"longitude"},{"new":"Cotton hosiery","field":"sector"},{"new":"cotton hosiery","field":"products"},{"new":"7000","field":"estimatedFirms"},{"new":"650000000","field":"exportsUsd"},{"new":"selection","field":"stage"},{"new":"Over 7,000 SMEs exported over 650 million US dollars of cotton hosiery in 1999, over 80% of Indian exports of such goods. A reference cluster, not a project site.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('e515c4b6-6fe1-4f44-b419-246fb5ef2015', 'network', '5d16684a-7df2-439f-ad96-7551bf667f8f', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.256292+00', '[{"new":"Masaya woodworkers'' network","field":"name"},{"new":"horizontal","field":"kind"},{"new":"NI","field":"country"},{"new":"3f7dbbcf-8180-402f-9836-9ab48930d83b","field":"projectId"},{"new":"strategic_projects","field":"phase"},{"new":"1998-03-01","field":"formedOn"},{"new":"Fifteen micro and small woodworkers: a shared input shop, bulk wood purchasing, a common catalogue, three rocking-chair models exported to the UK. Members who behaved opportunistically were expelled; a new member joined later. Dates illustrative.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('90f87731-f789-4ded-a0af-3c55d63d2ad3', 'membership', 'f143ebe6-3e95-45a5-9315-5a94c930854b', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.264317+00', '[{"new":"0185865f-bfcf-4d66-966f-fd388790cbd2","field":"actorId"},{"new":"coordinator","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('28950fa2-af10-44d6-b1b2-d32f17148d5b', 'membership', '4114ecd9-0400-475a-8f09-19d66325d0c4', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.27184+00', '[{"new":"e120336a-54eb-4cdb-91cd-cf86dbb804dc","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('5fb6ecf7-b8a7-42f9-a8cd-624afe659bca', 'membership', '2d9b7179-0660-4aca-9d90-6bdca66cc48d', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.277571+00', '[{"new":"ee17b564-213a-4329-a4ff-1149e7b32d1d","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('5bc4fd4d-8479-4928-bb1c-4f677f5f72da', 'membership', 'b07adb5e-c8a0-4a84-b826-d0c9ad1ccc3c', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.283118+00', '[{"field":"actorId","new":"ff60160f-d49e-40f7-a047-33f4f0638f4f"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"},{"field":"leftOn","new":"1999-11-15"},{"field":"leavingReason","new":"expelled_opportunistic"}]');
INSERT INTO public.audit_entries VALUES ('d317e91c-8ef1-4e70-91b1-fedf0efac332', 'membership', '44130171-6f56-46c9-b343-98ab361aff84', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.28871+00', '[{"new":"878d370d-6e8d-488b-8b27-06d5dfc6b502","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('cc929fbd-a261-4513-bd29-d68964367a64', 'membership', '6007da4b-3711-4b62-8f2b-b9389c3ec181', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.294042+00', '[{"field":"actorId","new":"7334f99b-0598-41e2-b1e9-fa97c1d2e77f"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('ac9e0b8e-7098-468d-bd7a-bae5fa40207b', 'membership', '1da9d6fe-e972-490b-968d-7579155f0d6e', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.299372+00', '[{"new":"538b441b-ac1d-4ec3-8395-424295c88bd7","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('74ca9eae-b214-43ec-97fa-fe3af094475e', 'membership', 'bf94bdaf-55ff-4dbb-bd6a-661fbd45e8ca', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.304784+00', '[{"new":"c92ecde2-815e-4dde-b14b-5a60096aab31","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('8628769a-cc49-4fd2-a93f-a153ff2eb603', 'membership', 'f616aca0-dfd9-4984-8db9-7608dce83439', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.310081+00', '[{"new":"f694889d-af55-4d39-88a6-1a0a52926373","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"},{"new":"1999-11-15","field":"leftOn"},{"new":"expelled_opportunistic","field":"leavingReason"}]');
INSERT INTO public.audit_entries VALUES ('917c13c6-59e6-436c-9ee5-f5eab18c4df6', 'membership', '701b20cd-3b45-470d-a70e-f246337ff9c4', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.315502+00', '[{"new":"dde3c1b2-277e-4ad2-ba51-2fd3243d2314","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('1e264b8a-1a62-4956-b62e-1ff411be3f5a', 'membership', 'b8f0a068-3fff-41ff-b758-1b6b88a82807', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.320058+00', '[{"field":"actorId","new":"d990e601-662d-4bed-a3ed-7737638172da"},{"field":"role","new":"member"},{"field":"joinedOn","new":"1998-03-01"}]');
INSERT INTO public.audit_entries VALUES ('72d71e00-97dc-4407-a077-2807b09aba3c', 'membership', '9cb4fef2-4546-4527-9df6-022fb4770347', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.324934+00', '[{"new":"7aa2c830-7526-42d8-a127-3c50cb34e9db","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('4b1bcd79-3b12-49bb-af47-72b4d2b35646', 'membership', '9307501d-eabe-4521-bf78-8df053c34953', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.329641+00', '[{"new":"4fe62c5f-ff1b-4a90-ba24-36b71b6fda0c","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"},{"new":"1999-11-15","field":"leftOn"},{"new":"expelled_opportunistic","field":"leavingReason"}]');
INSERT INTO public.audit_entries VALUES ('3202d7b6-d5e4-43bd-930b-8ec28a47dd8e', 'membership', 'a3534e6e-cc94-4012-b15d-a3c669a17b2d', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.334637+00', '[{"new":"90e33020-28e3-4c87-af89-16df5d0c8970","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('9447442f-bae8-4c6a-8140-5012a2640fdf', 'membership', 'caae6f88-c0b1-4705-a357-2195004462c0', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.339727+00', '[{"new":"935eec5c-3cf7-437a-a771-5d7c934c2d84","field":"actorId"},{"new":"member","field":"role"},{"new":"1998-03-01","field":"joinedOn"}]');
INSERT INTO public.audit_entries VALUES ('e04e11ea-4100-4f87-8852-95d7ebf4d402', 'membership', '14a37845-f813-49e5-b13a-3f3289a0f92b', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.34494+00', '[{"new":"1ee602b2-81fd-46ef-99ff-9c310313529b","field":"actorId"},{"new":"member","field":"role"},{"new":"2000-09-01","field":"joinedOn"},{"new":"Joined after the group''s rules were established.","field":"notes"}]');
INSERT INTO public.audit_entries VALUES ('e1c8c76f-bbe1-4d43-87be-79feca90f598', 'network', '3f703533-4bac-4d9a-baf2-6db84fa6ecea', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.350011+00', '[{"new":"Jaipur block printers'' common services network","field":"name"},{"new":"horizontal","field":"kind"},{"new":"IN","field":"country"},{"new":"ce6ac4f1-3137-461b-bf09-7abbe194d46b","field":"clusterId"},{"new":"7db3b280-acf4-4a1f-abd3-fbd85cd3d3f3","field":"projectId"},{"new":"pilot_projects","field":"phase"},{"new":"One of several networks promoted in the Jaipur cluster to provide common services to their members. Illustrative demo record.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('5bee1cb2-4591-49a9-baaf-dbfedf87046c', 'network', 'eb64a88f-28b3-48a4-88c9-a178f5bdc104', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.355457+00', '[{"new":"Coffee and cereals supplier network","field":"name"},{"new":"vertical","field":"kind"},{"new":"NI","field":"country"},{"new":"3f7dbbcf-8180-402f-9836-9ab48930d83b","field":"projectId"},{"new":"strategic_planning","field":"phase"},{"new":"1999-06-01","field":"formedOn"},{"new":"A coffee and cereals processor with peanut and plastic jar suppliers and the National Metrology Laboratory, through the Vertical Linkages Unit at CADIN.","field":"description"}]');
INSERT INTO public.audit_entries VALUES ('1ac90f2d-8fc9-486b-993e-3399e5501004', 'membership', '2014807d-fb41-4815-89e0-91414a7795f3', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.365007+00', '[{"field":"actorId","new":"faf4ca03-da0f-4332-82f7-ace307360821"},{"field":"role","new":"service_provider"},{"field":"joinedOn","new":"1999-06-01"}]');
INSERT INTO public.audit_entries VALUES ('88337089-2ea3-46c7-9c34-defb1c5e9140', 'person', 'e3aaf00a-92a8-47f1-ac5b-56aa52c3b9b2', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.369731+00', '[{"new":"Cluster broker, Jaipur (illustrative)","field":"name"},{"new":"d0bebcd6-0132-4140-a433-f908cdde5110","field":"organisationId"},{"new":"Cluster development agent","field":"role"},{"new":"female","field":"sex"}]');
INSERT INTO public.audit_entries VALUES ('b9875837-2265-4af0-864e-845b72bb3d9f', 'person', '1555e5a9-d70b-41a7-b733-cb2f34a3dcb7', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.376306+00', '[{"new":"Executive director, CERTEC (illustrative)","field":"name"},{"new":"42a7ead6-4128-4699-97c1-bae73e3101d3","field":"organisationId"},{"new":"Former network broker","field":"role"},{"new":"male","field":"sex"}]');
INSERT INTO public.audit_entries VALUES ('1500dda6-1d71-4ab3-bc8b-6da439435d31', 'person', '8a381ac3-b72a-4d44-b251-9786e7d1133f', 'create', NULL, 'demo loader', '2026-12-01 11:08:52.380732+00', '[{"new":"Linkage broker, CADIN (illustrative)","field":"name"},{"new":"46a0ba12-089f-4fe2-935d-4f1eccb021b5","field":"organisationId"},{"new":"Vertical Linkages Unit","field":"role"},{"new":"female","field":"sex"}]');


--
-- Data for Name: clusters; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.clusters VALUES ('972ba743-c867-47ad-a23e-bdc76faff1b9', 'Pune food processing', 'IN', 'Pune, Maharashtra', 18.52, 73.86, 'Food processing', 'processed foods', NULL, NULL, NULL, '7db3b280-acf4-4a1f-abd3-fbd85cd3d3f3', 'action_planning', 'Entrepreneurs saw the Food Adulteration Act as the obstacle; institutions saw low regard for product safety. Dialogue led to an information point, an umbrella organisation and a technical centre.', '2026-12-01 11:08:52.218445+00', '2026-12-01 11:08:52.218445+00');
INSERT INTO public.clusters VALUES ('ce6ac4f1-3137-461b-bf09-7abbe194d46b', 'Bagru and Sanganer block printing', 'IN', 'Bagru and Sanganer, Jaipur, Rajasthan', 26.81, 75.55, 'Textile hand-block printing', 'hand-block printed textiles', 350, 10000, NULL, '7db3b280-acf4-4a1f-abd3-fbd85cd3d3f3', 'implementation', 'About 350 small firms employ almost 10,000 workers. A cooperation attempt failed twenty years before the 1997 diagnostic; trust was rebuilt through the artisans'' sons.', '2026-12-01 11:08:52.225968+00', '2026-12-01 11:08:52.225968+00');
INSERT INTO public.clusters VALUES ('255df75d-9c02-4916-82f1-93b1b189d556', 'Ludhiana knitwear', 'IN', 'Ludhiana, Punjab', 30.9, 75.85, 'Woollen knitwear', 'woollen knitwear', 10000, NULL, NULL, '7db3b280-acf4-4a1f-abd3-fbd85cd3d3f3', 'implementation', 'Over 10,000 small and medium firms, nearly 90% of the national market for woollen knitwear. Costs shared: project 20%, private sector 74%, other institutions 6%.', '2026-12-01 11:08:52.232108+00', '2026-12-01 11:08:52.232108+00');
INSERT INTO public.clusters VALUES ('7471b57d-d97f-4916-b920-1110ed74d77f', 'Boaco and Chontales milk and cheese', 'NI', 'Boaco and Chontales', 12.47, -85.66, 'Dairy', 'milk
cheese', NULL, NULL, NULL, '3f7dbbcf-8180-402f-9836-9ab48930d83b', 'implementation', 'Action plan results: technical norms, five new products, yields +25%, waste-water pollution down up to 70%, a cooperative, Alianza Láctea, CANISLAC.', '2026-12-01 11:08:52.238489+00', '2026-12-01 11:08:52.238489+00');
INSERT INTO public.clusters VALUES ('1000dd2d-73f5-4b6c-975e-468a15e12211', 'Fez leather', 'MA', 'Fez', 34.03, -5, 'Leather', 'finished leather
leather goods', NULL, NULL, NULL, '1a6f7836-0473-42c6-8509-e2815e1c019e', 'trust_building', 'Restructuring including relocation of units for environmental reasons; cooperation with the Santa Croce leather cluster in Italy.', '2026-12-01 11:08:52.244527+00', '2026-12-01 11:08:52.244527+00');
INSERT INTO public.clusters VALUES ('22e5d9cf-2608-4951-912d-d00a583f2c57', 'Tirupur hosiery', 'IN', 'Tirupur, Tamil Nadu', 11.11, 77.34, 'Cotton hosiery', 'cotton hosiery', 7000, NULL, 650000000, NULL, 'selection', 'Over 7,000 SMEs exported over 650 million US dollars of cotton hosiery in 1999, over 80% of Indian exports of such goods. A reference cluster, not a project site.', '2026-12-01 11:08:52.250488+00', '2026-12-01 11:08:52.250488+00');


--
-- Data for Name: countries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.countries VALUES ('ffa0aa39-4167-4345-9d69-46749004500d', 'AD', 'AND', 'Andorra', 'Andorra', 'Andorre', '2026-12-01 11:08:51.429565+00', '2026-12-01 11:08:51.429565+00');
INSERT INTO public.countries VALUES ('2d8691fc-e553-4127-8b5a-bed465a68617', 'AE', 'ARE', 'United Arab Emirates', 'Emiratos Árabes Unidos', 'Émirats arabes unis', '2026-12-01 11:08:51.432194+00', '2026-12-01 11:08:51.432194+00');
INSERT INTO public.countries VALUES ('84d36dd5-de3e-4d9c-bf62-0a7c464e61e7', 'AF', 'AFG', 'Afghanistan', 'Afganistán', 'Afghanistan', '2026-12-01 11:08:51.434519+00', '2026-12-01 11:08:51.434519+00');
INSERT INTO public.countries VALUES ('caae99eb-e1a4-4fa2-87a1-32e7051795bb', 'AG', 'ATG', 'Antigua and Barbuda', 'Antigua y Barbuda', 'Antigua-et-Barbuda', '2026-12-01 11:08:51.436025+00', '2026-12-01 11:08:51.436025+00');
INSERT INTO public.countries VALUES ('cefb0aaa-eebf-4879-8bc1-2c1dbd0c6c1f', 'AI', 'AIA', 'Anguilla', 'Anguila', 'Anguilla', '2026-12-01 11:08:51.437449+00', '2026-12-01 11:08:51.437449+00');
INSERT INTO public.countries VALUES ('0c72e12a-3213-42aa-ba5f-bea08d49ff59', 'AL', 'ALB', 'Albania', 'Albania', 'Albanie', '2026-12-01 11:08:51.438928+00', '2026-12-01 11:08:51.438928+00');
INSERT INTO public.countries VALUES ('977d6a9d-ae0d-4c58-9ce2-4597f8338337', 'AM', 'ARM', 'Armenia', 'Armenia', 'Arménie', '2026-12-01 11:08:51.440384+00', '2026-12-01 11:08:51.440384+00');
INSERT INTO public.countries VALUES ('d25018d4-64f1-4f9e-9147-6d6582eb0dbc', 'AO', 'AGO', 'Angola', 'Angola', 'Angola', '2026-12-01 11:08:51.442014+00', '2026-12-01 11:08:51.442014+00');
INSERT INTO public.countries VALUES ('30d161b7-48f6-43c8-a1a4-fdeb29c0f8ac', 'AQ', 'ATA', 'Antarctica', 'Antártida', 'Antarctique', '2026-12-01 11:08:51.443388+00', '2026-12-01 11:08:51.443388+00');
INSERT INTO public.countries VALUES ('e7892390-a42f-442b-81c0-3592d2500929', 'AR', 'ARG', 'Argentina', 'Argentina', 'Argentine', '2026-12-01 11:08:51.444806+00', '2026-12-01 11:08:51.444806+00');
INSERT INTO public.countries VALUES ('6bcb6011-3dca-4ad4-a629-3e1d2c1e5348', 'AS', 'ASM', 'American Samoa', 'Samoa Estadounidense', 'Samoa américaines', '2026-12-01 11:08:51.446246+00', '2026-12-01 11:08:51.446246+00');
INSERT INTO public.countries VALUES ('2e6ad40d-f399-4f88-ac21-0088fb405577', 'AT', 'AUT', 'Austria', 'Austria', 'Autriche', '2026-12-01 11:08:51.447594+00', '2026-12-01 11:08:51.447594+00');
INSERT INTO public.countries VALUES ('b89d6f3d-88cf-487d-a760-664c8e96b681', 'AU', 'AUS', 'Australia', 'Australia', 'Australie', '2026-12-01 11:08:51.448811+00', '2026-12-01 11:08:51.448811+00');
INSERT INTO public.countries VALUES ('54739d28-c6c7-4079-bdb6-3c47f391258d', 'AW', 'ABW', 'Aruba', 'Aruba', 'Aruba', '2026-12-01 11:08:51.450279+00', '2026-12-01 11:08:51.450279+00');
INSERT INTO public.countries VALUES ('e09374c1-fdef-4d00-9680-745960f4968b', 'AX', 'ALA', 'Åland', 'Åland', 'Åland', '2026-12-01 11:08:51.451716+00', '2026-12-01 11:08:51.451716+00');
INSERT INTO public.countries VALUES ('e094d0b4-a6cd-467a-968a-e5b8cec4a6a5', 'AZ', 'AZE', 'Azerbaijan', 'Azerbaiyán', 'Azerbaïdjan', '2026-12-01 11:08:51.452988+00', '2026-12-01 11:08:51.452988+00');
INSERT INTO public.countries VALUES ('03b881b2-12e9-41de-97af-3a9c64303432', 'BA', 'BIH', 'Bosnia and Herzegovina', 'Bosnia y Herzegovina', 'Bosnie-Herzégovine', '2026-12-01 11:08:51.454266+00', '2026-12-01 11:08:51.454266+00');
INSERT INTO public.countries VALUES ('a5081549-002a-438e-88c2-91742882ffa9', 'BB', 'BRB', 'Barbados', 'Barbados', 'Barbade', '2026-12-01 11:08:51.456164+00', '2026-12-01 11:08:51.456164+00');
INSERT INTO public.countries VALUES ('6993c946-b9fe-4236-8645-7c5b8443de8f', 'BD', 'BGD', 'Bangladesh', 'Bangladés', 'Bangladesh', '2026-12-01 11:08:51.457967+00', '2026-12-01 11:08:51.457967+00');
INSERT INTO public.countries VALUES ('bd781f71-20e6-4112-b924-fe904fa4a67b', 'BE', 'BEL', 'Belgium', 'Bélgica', 'Belgique', '2026-12-01 11:08:51.4596+00', '2026-12-01 11:08:51.4596+00');
INSERT INTO public.countries VALUES ('a9b49af1-247f-4706-ac19-cb73e5d437e4', 'BF', 'BFA', 'Burkina Faso', 'Burkina Faso', 'Burkina Faso', '2026-12-01 11:08:51.461124+00', '2026-12-01 11:08:51.461124+00');
INSERT INTO public.countries VALUES ('322e6605-5e90-4128-b52a-62558d836cfd', 'BG', 'BGR', 'Bulgaria', 'Bulgaria', 'Bulgarie', '2026-12-01 11:08:51.462604+00', '2026-12-01 11:08:51.462604+00');
INSERT INTO public.countries VALUES ('a135c7e7-730b-4825-b2cd-6c920bc22385', 'BH', 'BHR', 'Bahrain', 'Baréin', 'Bahreïn', '2026-12-01 11:08:51.464091+00', '2026-12-01 11:08:51.464091+00');
INSERT INTO public.countries VALUES ('0dc91920-7121-4aef-aba0-5dbf320d909a', 'BI', 'BDI', 'Burundi', 'Burundi', 'Burundi', '2026-12-01 11:08:51.465671+00', '2026-12-01 11:08:51.465671+00');
INSERT INTO public.countries VALUES ('a102a734-c785-47a0-a65c-5d779b5a2761', 'BJ', 'BEN', 'Benin', 'Benín', 'Bénin', '2026-12-01 11:08:51.467317+00', '2026-12-01 11:08:51.467317+00');
INSERT INTO public.countries VALUES ('40c6ed80-984f-4af3-8c66-82f8abdcd4f7', 'BL', 'BLM', 'Saint Barthélemy', 'San Bartolomé', 'Saint-Barthélemy', '2026-12-01 11:08:51.46905+00', '2026-12-01 11:08:51.46905+00');
INSERT INTO public.countries VALUES ('a90f7d6b-2ab3-4458-a47c-dc118d8e2f06', 'BM', 'BMU', 'Bermuda', 'Bermudas', 'Bermudes', '2026-12-01 11:08:51.470703+00', '2026-12-01 11:08:51.470703+00');
INSERT INTO public.countries VALUES ('fd56cafb-d69f-457b-939f-8dfc4acb589f', 'BN', 'BRN', 'Brunei', 'Brunéi', 'Brunei', '2026-12-01 11:08:51.472503+00', '2026-12-01 11:08:51.472503+00');
INSERT INTO public.countries VALUES ('cc41d5eb-eb03-462f-8d4e-05f8ff0bc3f2', 'BO', 'BOL', 'Bolivia', 'Bolivia', 'Bolivie', '2026-12-01 11:08:51.474348+00', '2026-12-01 11:08:51.474348+00');
INSERT INTO public.countries VALUES ('13ec8139-f788-470b-b78a-583eec586225', 'BR', 'BRA', 'Brazil', 'Brasil', 'Brésil', '2026-12-01 11:08:51.475945+00', '2026-12-01 11:08:51.475945+00');
INSERT INTO public.countries VALUES ('2592115e-702b-43c4-9e1d-e87b9354ed2b', 'BS', 'BHS', 'The Bahamas', 'Bahamas', 'Bahamas', '2026-12-01 11:08:51.47739+00', '2026-12-01 11:08:51.47739+00');
INSERT INTO public.countries VALUES ('dbd3b8c9-213b-4944-9236-9e11409c6705', 'BT', 'BTN', 'Bhutan', 'Bután', 'Bhoutan', '2026-12-01 11:08:51.479153+00', '2026-12-01 11:08:51.479153+00');
INSERT INTO public.countries VALUES ('df9861e9-7c7e-4c96-8380-3944765aba75', 'BW', 'BWA', 'Botswana', 'Botsuana', 'Botswana', '2026-12-01 11:08:51.480845+00', '2026-12-01 11:08:51.480845+00');
INSERT INTO public.countries VALUES ('f787eb85-4406-4ffc-b86f-c7e59f983261', 'BY', 'BLR', 'Belarus', 'Bielorrusia', 'Biélorussie', '2026-12-01 11:08:51.482807+00', '2026-12-01 11:08:51.482807+00');
INSERT INTO public.countries VALUES ('39e88d17-2fdf-4143-a7b2-df5d10dd7f0d', 'BZ', 'BLZ', 'Belize', 'Belice', 'Belize', '2026-12-01 11:08:51.48451+00', '2026-12-01 11:08:51.48451+00');
INSERT INTO public.countries VALUES ('5a46be6d-3e3e-4433-959a-bafc10ec7d48', 'CA', 'CAN', 'Canada', 'Canadá', 'Canada', '2026-12-01 11:08:51.486181+00', '2026-12-01 11:08:51.486181+00');
INSERT INTO public.countries VALUES ('e3c017a3-aef4-4de1-a316-028aa63ca0fc', 'CD', 'COD', 'Democratic Republic of the Congo', 'República Democrática del Congo', 'République démocratique du Congo', '2026-12-01 11:08:51.487845+00', '2026-12-01 11:08:51.487845+00');
INSERT INTO public.countries VALUES ('7cd1685e-179b-49ed-b664-0f9838009adb', 'CF', 'CAF', 'Central African Republic', 'República Centroafricana', 'République centrafricaine', '2026-12-01 11:08:51.489781+00', '2026-12-01 11:08:51.489781+00');
INSERT INTO public.countries VALUES ('9278dce6-e94f-4f2d-9290-e21d75b57833', 'CG', 'COG', 'Republic of the Congo', 'República del Congo', 'République du Congo', '2026-12-01 11:08:51.491423+00', '2026-12-01 11:08:51.491423+00');
INSERT INTO public.countries VALUES ('44f1c447-8378-425c-90a3-a86e64253390', 'CH', 'CHE', 'Switzerland', 'Suiza', 'Suisse', '2026-12-01 11:08:51.492973+00', '2026-12-01 11:08:51.492973+00');
INSERT INTO public.countries VALUES ('3669a7e7-52bb-4cf1-9a4b-957ca23c03a8', 'CI', 'CIV', 'Ivory Coast', 'Costa de Marfil', 'Côte d''Ivoire', '2026-12-01 11:08:51.494459+00', '2026-12-01 11:08:51.494459+00');
INSERT INTO public.countries VALUES ('4f5cd9bc-6a5b-43a0-acfc-55d99ace3c23', 'CK', 'COK', 'Cook Islands', 'Islas Cook', 'Îles Cook', '2026-12-01 11:08:51.496009+00', '2026-12-01 11:08:51.496009+00');
INSERT INTO public.countries VALUES ('2bdbc38c-7254-4d86-b01d-93786870bcc6', 'CL', 'CHL', 'Chile', 'Chile', 'Chili', '2026-12-01 11:08:51.497585+00', '2026-12-01 11:08:51.497585+00');
INSERT INTO public.countries VALUES ('b55431be-5477-44f4-a5d8-1173b5ca7d86', 'CM', 'CMR', 'Cameroon', 'Camerún', 'Cameroun', '2026-12-01 11:08:51.499173+00', '2026-12-01 11:08:51.499173+00');
INSERT INTO public.countries VALUES ('65d7444d-3763-4980-b6a3-ebc4e365c933', 'CN', 'CHN', 'People''s Republic of China', 'China', 'République populaire de Chine', '2026-12-01 11:08:51.500751+00', '2026-12-01 11:08:51.500751+00');
INSERT INTO public.countries VALUES ('bbf3422b-fc98-4169-a3f7-0ce8ffec5bc0', 'CO', 'COL', 'Colombia', 'Colombia', 'Colombie', '2026-12-01 11:08:51.502548+00', '2026-12-01 11:08:51.502548+00');
INSERT INTO public.countries VALUES ('6ffa61cd-085b-4899-9cc0-4aff5cfa3848', 'CR', 'CRI', 'Costa Rica', 'Costa Rica', 'Costa Rica', '2026-12-01 11:08:51.504168+00', '2026-12-01 11:08:51.504168+00');
INSERT INTO public.countries VALUES ('af511448-e44a-43c9-9bd6-ffe8306bee57', 'CU', 'CUB', 'Cuba', 'Cuba', 'Cuba', '2026-12-01 11:08:51.505705+00', '2026-12-01 11:08:51.505705+00');
INSERT INTO public.countries VALUES ('fccad922-d5f3-4b39-861b-66a2c253a0dc', 'CV', 'CPV', 'Cape Verde', 'Cabo Verde', 'Cap-Vert', '2026-12-01 11:08:51.507252+00', '2026-12-01 11:08:51.507252+00');
INSERT INTO public.countries VALUES ('5c7728cf-ad95-4f2c-8735-61b515db0e88', 'CW', 'CUW', 'Curaçao', 'Curazao', 'Curaçao', '2026-12-01 11:08:51.508815+00', '2026-12-01 11:08:51.508815+00');
INSERT INTO public.countries VALUES ('29fd312a-8c40-45b5-80b4-471930a1da59', 'CY', 'CYP', 'Cyprus', 'Chipre', 'Chypre', '2026-12-01 11:08:51.510392+00', '2026-12-01 11:08:51.510392+00');
INSERT INTO public.countries VALUES ('8b92ba66-4071-45d9-b9ee-47eb85da8e0f', 'CZ', 'CZE', 'Czech Republic', 'República Checa', 'Tchéquie', '2026-12-01 11:08:51.51229+00', '2026-12-01 11:08:51.51229+00');
INSERT INTO public.countries VALUES ('d1e44dab-2793-44c5-91cd-5fed34d1f4c2', 'DE', 'DEU', 'Germany', 'Alemania', 'Allemagne', '2026-12-01 11:08:51.514059+00', '2026-12-01 11:08:51.514059+00');
INSERT INTO public.countries VALUES ('ac1a7db8-c2a8-4f43-aecf-916801f61417', 'DJ', 'DJI', 'Djibouti', 'Yibuti', 'Djibouti', '2026-12-01 11:08:51.515659+00', '2026-12-01 11:08:51.515659+00');
INSERT INTO public.countries VALUES ('607eb9cc-5fdf-4b0b-b5b6-6233774ac446', 'DK', 'DNK', 'Denmark', 'Dinamarca', 'Danemark', '2026-12-01 11:08:51.517205+00', '2026-12-01 11:08:51.517205+00');
INSERT INTO public.countries VALUES ('1a4cda6f-f0b3-49d5-8466-5bcaee2217fd', 'DM', 'DMA', 'Dominica', 'Dominica', 'Dominique', '2026-12-01 11:08:51.518734+00', '2026-12-01 11:08:51.518734+00');
INSERT INTO public.countries VALUES ('6d09f2d1-47ff-4c97-a80a-417ed5166c7e', 'DO', 'DOM', 'Dominican Republic', 'República Dominicana', 'République dominicaine', '2026-12-01 11:08:51.520287+00', '2026-12-01 11:08:51.520287+00');
INSERT INTO public.countries VALUES ('0d7e9cde-98f2-40d3-98dd-b4afa314b4c5', 'DZ', 'DZA', 'Algeria', 'Argelia', 'Algérie', '2026-12-01 11:08:51.521802+00', '2026-12-01 11:08:51.521802+00');
INSERT INTO public.countries VALUES ('acafe5ff-c8d1-48f8-b44d-d0b9335f4148', 'EC', 'ECU', 'Ecuador', 'Ecuador', 'Équateur', '2026-12-01 11:08:51.523344+00', '2026-12-01 11:08:51.523344+00');
INSERT INTO public.countries VALUES ('acc71990-26a4-4c71-8443-98832bf8bc73', 'EE', 'EST', 'Estonia', 'Estonia', 'Estonie', '2026-12-01 11:08:51.524894+00', '2026-12-01 11:08:51.524894+00');
INSERT INTO public.countries VALUES ('bd70aaea-9abe-425c-bd49-8f9c5802d063', 'EG', 'EGY', 'Egypt', 'Egipto', 'Égypte', '2026-12-01 11:08:51.526432+00', '2026-12-01 11:08:51.526432+00');
INSERT INTO public.countries VALUES ('59f5dd36-434f-44fd-a22f-0a6cd90b8727', 'EH', 'ESH', 'Western Sahara', 'Sahara Occidental', 'Sahara occidental', '2026-12-01 11:08:51.52792+00', '2026-12-01 11:08:51.52792+00');
INSERT INTO public.countries VALUES ('9c86a554-bb74-4b92-b59d-b3708248bed3', 'ER', 'ERI', 'Eritrea', 'Eritrea', 'Érythrée', '2026-12-01 11:08:51.529657+00', '2026-12-01 11:08:51.529657+00');
INSERT INTO public.countries VALUES ('b999aea8-e433-4425-9ffa-3680d85dc874', 'ES', 'ESP', 'Spain', 'España', 'Espagne', '2026-12-01 11:08:51.531239+00', '2026-12-01 11:08:51.531239+00');
INSERT INTO public.countries VALUES ('49495f1d-ee3c-4f85-a644-eb367330b60b', 'ET', 'ETH', 'Ethiopia', 'Etiopía', 'Éthiopie', '2026-12-01 11:08:51.532963+00', '2026-12-01 11:08:51.532963+00');
INSERT INTO public.countries VALUES ('fae53f46-3bfa-4647-a3ed-fbc5a0d0cf0e', 'FI', 'FIN', 'Finland', 'Finlandia', 'Finlande', '2026-12-01 11:08:51.534715+00', '2026-12-01 11:08:51.534715+00');
INSERT INTO public.countries VALUES ('4e7ea337-0b60-4132-aac9-be49c603421d', 'FJ', 'FJI', 'Fiji', 'Fiyi', 'Fidji', '2026-12-01 11:08:51.536394+00', '2026-12-01 11:08:51.536394+00');
INSERT INTO public.countries VALUES ('5c06ecd2-98f3-41fb-ad92-ab2082d72294', 'FK', 'FLK', 'Falkland Islands', 'Islas Malvinas', 'îles Malouines', '2026-12-01 11:08:51.53843+00', '2026-12-01 11:08:51.53843+00');
INSERT INTO public.countries VALUES ('00c57e9a-5ec3-45bc-84ad-b35ffdb545a0', 'FM', 'FSM', 'Federated States of Micronesia', 'Estados Federados de Micronesia', 'États fédérés de Micronésie', '2026-12-01 11:08:51.54042+00', '2026-12-01 11:08:51.54042+00');
INSERT INTO public.countries VALUES ('cd19b4d7-50ba-4ab2-8c82-b082d10fd17a', 'FO', 'FRO', 'Faroe Islands', 'Islas Feroe', 'îles Féroé', '2026-12-01 11:08:51.542238+00', '2026-12-01 11:08:51.542238+00');
INSERT INTO public.countries VALUES ('0462ebef-5813-4c57-b10c-e3f6c4560548', 'FR', 'FRA', 'France', 'Francia', 'France', '2026-12-01 11:08:51.543965+00', '2026-12-01 11:08:51.543965+00');
INSERT INTO public.countries VALUES ('b4105e10-315b-4e61-8e0e-d3adc54a84e1', 'GA', 'GAB', 'Gabon', 'Gabón', 'Gabon', '2026-12-01 11:08:51.545943+00', '2026-12-01 11:08:51.545943+00');
INSERT INTO public.countries VALUES ('18e4e4d6-76a8-4662-b91c-1c8889479f8e', 'GB', 'GBR', 'United Kingdom', 'Reino Unido', 'Royaume-Uni', '2026-12-01 11:08:51.547936+00', '2026-12-01 11:08:51.547936+00');
INSERT INTO public.countries VALUES ('cbe0c6a9-9c96-48fe-802d-3f4accb699a5', 'GD', 'GRD', 'Grenada', 'Granada', 'Grenade', '2026-12-01 11:08:51.55002+00', '2026-12-01 11:08:51.55002+00');
INSERT INTO public.countries VALUES ('4aac3e30-0aef-45e8-81a5-c5c48c41d2b8', 'GE', 'GEO', 'Georgia', 'Georgia', 'Géorgie', '2026-12-01 11:08:51.552126+00', '2026-12-01 11:08:51.552126+00');
INSERT INTO public.countries VALUES ('98b415d1-4a40-45e4-a6f5-43e23c50be10', 'GG', 'GGY', 'Guernsey', 'Guernsey', 'Guernesey', '2026-12-01 11:08:51.553809+00', '2026-12-01 11:08:51.553809+00');
INSERT INTO public.countries VALUES ('ce94e51c-795c-4038-92a4-5acffab0048a', 'GH', 'GHA', 'Ghana', 'Ghana', 'Ghana', '2026-12-01 11:08:51.55547+00', '2026-12-01 11:08:51.55547+00');
INSERT INTO public.countries VALUES ('790dd0ea-a792-42c1-ba3b-48145b8b4d64', 'GI', 'GIB', 'Gibraltar', 'Gibraltar', 'Gibraltar', '2026-12-01 11:08:51.557072+00', '2026-12-01 11:08:51.557072+00');
INSERT INTO public.countries VALUES ('a77d1e99-e5c9-4bcf-8e72-362efec7a818', 'GL', 'GRL', 'Greenland', 'Groenlandia', 'Groenland', '2026-12-01 11:08:51.558717+00', '2026-12-01 11:08:51.558717+00');
INSERT INTO public.countries VALUES ('400981a3-63c6-4be4-a742-fe3d5b2f82a3', 'GM', 'GMB', 'The Gambia', 'Gambia', 'Gambie', '2026-12-01 11:08:51.5605+00', '2026-12-01 11:08:51.5605+00');
INSERT INTO public.countries VALUES ('f974d3f0-95c6-4633-9623-b92cb5618ffd', 'GN', 'GIN', 'Guinea', 'Guinea', 'Guinée', '2026-12-01 11:08:51.562211+00', '2026-12-01 11:08:51.562211+00');
INSERT INTO public.countries VALUES ('36df2641-dd18-4d0c-8484-121ba7a9ff08', 'GQ', 'GNQ', 'Equatorial Guinea', 'Guinea Ecuatorial', 'Guinée équatoriale', '2026-12-01 11:08:51.56419+00', '2026-12-01 11:08:51.56419+00');
INSERT INTO public.countries VALUES ('a783f04d-b14e-4bf8-8bc1-86ed047ecc56', 'GR', 'GRC', 'Greece', 'Grecia', 'Grèce', '2026-12-01 11:08:51.565776+00', '2026-12-01 11:08:51.565776+00');
INSERT INTO public.countries VALUES ('10a8b77f-dc24-420b-aabc-d34d6ba8553f', 'GS', 'SGS', 'South Georgia and the South Sandwich Islands', 'Islas Georgias del Sur y Sandwich del Sur', 'Géorgie du Sud-et-les Îles Sandwich du Sud', '2026-12-01 11:08:51.567314+00', '2026-12-01 11:08:51.567314+00');
INSERT INTO public.countries VALUES ('3e6b58a8-c3cd-4751-a99e-47cbdd33e603', 'GT', 'GTM', 'Guatemala', 'Guatemala', 'Guatemala', '2026-12-01 11:08:51.568797+00', '2026-12-01 11:08:51.568797+00');
INSERT INTO public.countries VALUES ('f03a744b-9f9b-4f59-8485-2d17aedd7e84', 'GU', 'GUM', 'Guam', 'Guam', 'Guam', '2026-12-01 11:08:51.57045+00', '2026-12-01 11:08:51.57045+00');
INSERT INTO public.countries VALUES ('c9c5aaac-c804-4225-b992-42b0cb434233', 'GW', 'GNB', 'Guinea-Bissau', 'Guinea-Bisáu', 'Guinée-Bissau', '2026-12-01 11:08:51.57207+00', '2026-12-01 11:08:51.57207+00');
INSERT INTO public.countries VALUES ('2ec2bf1d-63f0-4893-8af9-9f0d76068638', 'GY', 'GUY', 'Guyana', 'Guyana', 'Guyana', '2026-12-01 11:08:51.573786+00', '2026-12-01 11:08:51.573786+00');
INSERT INTO public.countries VALUES ('d34ae167-94ca-4ea8-b96a-ef6fdfb81e7d', 'HK', 'HKG', 'Hong Kong', 'Hong Kong', 'Hong Kong', '2026-12-01 11:08:51.575668+00', '2026-12-01 11:08:51.575668+00');
INSERT INTO public.countries VALUES ('6c82794b-6bd7-4fca-8a95-fed53e4915c9', 'HM', 'HMD', 'Heard Island and McDonald Islands', 'Islas Heard y McDonald', 'îles Heard-et-MacDonald', '2026-12-01 11:08:51.577639+00', '2026-12-01 11:08:51.577639+00');
INSERT INTO public.countries VALUES ('2e80a7f1-8cc6-4cf0-87c0-368fcc07a7ac', 'HN', 'HND', 'Honduras', 'Honduras', 'Honduras', '2026-12-01 11:08:51.579363+00', '2026-12-01 11:08:51.579363+00');
INSERT INTO public.countries VALUES ('e564603f-c449-4b59-9788-decc8b1dadbf', 'HR', 'HRV', 'Croatia', 'Croacia', 'Croatie', '2026-12-01 11:08:51.581087+00', '2026-12-01 11:08:51.581087+00');
INSERT INTO public.countries VALUES ('0131c8f8-c05e-4a4d-9767-900d655c90aa', 'HT', 'HTI', 'Haiti', 'Haití', 'Haïti', '2026-12-01 11:08:51.582773+00', '2026-12-01 11:08:51.582773+00');
INSERT INTO public.countries VALUES ('d19792d1-619d-4874-bc4b-dc36144a94e6', 'HU', 'HUN', 'Hungary', 'Hungría', 'Hongrie', '2026-12-01 11:08:51.584096+00', '2026-12-01 11:08:51.584096+00');
INSERT INTO public.countries VALUES ('1fb9df7d-cedf-4a9e-ac90-1692fe8a64c5', 'ID', 'IDN', 'Indonesia', 'Indonesia', 'Indonésie', '2026-12-01 11:08:51.585513+00', '2026-12-01 11:08:51.585513+00');
INSERT INTO public.countries VALUES ('2a33c18c-4668-445f-b693-6ee602197fda', 'IE', 'IRL', 'Ireland', 'Irlanda', 'Irlande', '2026-12-01 11:08:51.587413+00', '2026-12-01 11:08:51.587413+00');
INSERT INTO public.countries VALUES ('ab398a8c-08fb-4d0e-9a30-4fd197524859', 'IL', 'ISR', 'Israel', 'Israel', 'Israël', '2026-12-01 11:08:51.58969+00', '2026-12-01 11:08:51.58969+00');
INSERT INTO public.countries VALUES ('016c7f98-77cc-46d4-8231-64727c5f34ab', 'IM', 'IMN', 'Isle of Man', 'Isla de Man', 'île de Man', '2026-12-01 11:08:51.592377+00', '2026-12-01 11:08:51.592377+00');
INSERT INTO public.countries VALUES ('bd2c1c0f-3a53-422c-80d4-225194ea8899', 'IN', 'IND', 'India', 'India', 'Inde', '2026-12-01 11:08:51.594713+00', '2026-12-01 11:08:51.594713+00');
INSERT INTO public.countries VALUES ('f43e6116-8bd2-4207-8edb-dffde36a66fc', 'IO', 'IOT', 'British Indian Ocean Territory', 'Territorio Británico del Océano Índico', 'Territoire britannique de l’océan Indien', '2026-12-01 11:08:51.596811+00', '2026-12-01 11:08:51.596811+00');
INSERT INTO public.countries VALUES ('d304c7cf-ff7f-473d-80a2-97a44513febb', 'IQ', 'IRQ', 'Iraq', 'Irak', 'Irak', '2026-12-01 11:08:51.598755+00', '2026-12-01 11:08:51.598755+00');
INSERT INTO public.countries VALUES ('0716a66a-b206-48a4-9b96-a05da90c088c', 'IR', 'IRN', 'Iran', 'Irán', 'Iran', '2026-12-01 11:08:51.600576+00', '2026-12-01 11:08:51.600576+00');
INSERT INTO public.countries VALUES ('695a71f5-d89f-4df1-8def-9616f6197fbb', 'IS', 'ISL', 'Iceland', 'Islandia', 'Islande', '2026-12-01 11:08:51.602215+00', '2026-12-01 11:08:51.602215+00');
INSERT INTO public.countries VALUES ('8af6d5ff-b6c4-4f31-8047-c2d985480df7', 'IT', 'ITA', 'Italy', 'Italia', 'Italie', '2026-12-01 11:08:51.603804+00', '2026-12-01 11:08:51.603804+00');
INSERT INTO public.countries VALUES ('777064f8-e1f3-44aa-8710-f3a4c6099b1d', 'JE', 'JEY', 'Jersey', 'Jersey', 'Jersey', '2026-12-01 11:08:51.605636+00', '2026-12-01 11:08:51.605636+00');
INSERT INTO public.countries VALUES ('2f3e6470-66b1-45d8-b237-7e7a6b869871', 'JM', 'JAM', 'Jamaica', 'Jamaica', 'Jamaïque', '2026-12-01 11:08:51.607696+00', '2026-12-01 11:08:51.607696+00');
INSERT INTO public.countries VALUES ('4fa6972b-924a-43fd-8123-5aab6e44ea5c', 'JO', 'JOR', 'Jordan', 'Jordania', 'Jordanie', '2026-12-01 11:08:51.609623+00', '2026-12-01 11:08:51.609623+00');
INSERT INTO public.countries VALUES ('cbb1bf25-aac1-42f5-ad87-2ba36211020b', 'JP', 'JPN', 'Japan', 'Japón', 'Japon', '2026-12-01 11:08:51.611533+00', '2026-12-01 11:08:51.611533+00');
INSERT INTO public.countries VALUES ('37b354a3-bcf4-4dc9-84c2-43406eec9774', 'KE', 'KEN', 'Kenya', 'Kenia', 'Kenya', '2026-12-01 11:08:51.613357+00', '2026-12-01 11:08:51.613357+00');
INSERT INTO public.countries VALUES ('e3456bb5-9cab-494e-9d58-655827979d31', 'KG', 'KGZ', 'Kyrgyzstan', 'Kirguistán', 'Kirghizistan', '2026-12-01 11:08:51.615189+00', '2026-12-01 11:08:51.615189+00');
INSERT INTO public.countries VALUES ('fc9f03c2-7642-4e62-ba95-103b9a7c64e6', 'KH', 'KHM', 'Cambodia', 'Camboya', 'Cambodge', '2026-12-01 11:08:51.616972+00', '2026-12-01 11:08:51.616972+00');
INSERT INTO public.countries VALUES ('f98f5b44-4216-4def-888a-d2d099a57dce', 'KI', 'KIR', 'Kiribati', 'Kiribati', 'Kiribati', '2026-12-01 11:08:51.618849+00', '2026-12-01 11:08:51.618849+00');
INSERT INTO public.countries VALUES ('12eeae32-06d4-4ee1-b9f7-43f867d81198', 'KM', 'COM', 'Comoros', 'Comoras', 'Comores', '2026-12-01 11:08:51.620636+00', '2026-12-01 11:08:51.620636+00');
INSERT INTO public.countries VALUES ('153e8d90-29d8-48ad-99f2-66ce55fa2b69', 'KN', 'KNA', 'Saint Kitts and Nevis', 'San Cristóbal y Nieves', 'Saint-Christophe-et-Niévès', '2026-12-01 11:08:51.622388+00', '2026-12-01 11:08:51.622388+00');
INSERT INTO public.countries VALUES ('06d73a6c-b7e9-4549-81c3-19359549da2e', 'KP', 'PRK', 'North Korea', 'Corea del Norte', 'Corée du Nord', '2026-12-01 11:08:51.623871+00', '2026-12-01 11:08:51.623871+00');
INSERT INTO public.countries VALUES ('c0453395-d8d9-4db0-aa2a-47e3727b1f7b', 'KR', 'KOR', 'South Korea', 'Corea del Sur', 'Corée du Sud', '2026-12-01 11:08:51.626009+00', '2026-12-01 11:08:51.626009+00');
INSERT INTO public.countries VALUES ('a3aa2e28-f78e-4b48-8c65-f272c79c1bbb', 'KW', 'KWT', 'Kuwait', 'Kuwait', 'Koweït', '2026-12-01 11:08:51.628427+00', '2026-12-01 11:08:51.628427+00');
INSERT INTO public.countries VALUES ('f499a200-2394-4c6e-ba59-471fd49385a6', 'KY', 'CYM', 'Cayman Islands', 'Islas Caimán', 'îles Caïmans', '2026-12-01 11:08:51.630656+00', '2026-12-01 11:08:51.630656+00');
INSERT INTO public.countries VALUES ('21975796-0e5e-412c-8a68-fb91c6a6e320', 'KZ', 'KAZ', 'Kazakhstan', 'Kazajistán', 'Kazakhstan', '2026-12-01 11:08:51.632916+00', '2026-12-01 11:08:51.632916+00');
INSERT INTO public.countries VALUES ('39ffe29c-4b51-4cea-b9e9-7c9cf263ac3d', 'LA', 'LAO', 'Laos', 'Laos', 'Laos', '2026-12-01 11:08:51.634825+00', '2026-12-01 11:08:51.634825+00');
INSERT INTO public.countries VALUES ('6ffc33ae-c9bb-4fc3-ac88-54b9efcecaf6', 'LB', 'LBN', 'Lebanon', 'Líbano', 'Liban', '2026-12-01 11:08:51.636859+00', '2026-12-01 11:08:51.636859+00');
INSERT INTO public.countries VALUES ('e6f3ec9d-c19f-4a47-bede-d4082a9afdaa', 'LC', 'LCA', 'Saint Lucia', 'Santa Lucía', 'Sainte-Lucie', '2026-12-01 11:08:51.63914+00', '2026-12-01 11:08:51.63914+00');
INSERT INTO public.countries VALUES ('a1a7db81-79b1-47e3-8254-9c8e9ebe39c1', 'LI', 'LIE', 'Liechtenstein', 'Liechtenstein', 'Liechtenstein', '2026-12-01 11:08:51.641506+00', '2026-12-01 11:08:51.641506+00');
INSERT INTO public.countries VALUES ('1183487c-776f-46e0-b04a-6a7fa5933cf5', 'LK', 'LKA', 'Sri Lanka', 'Sri Lanka', 'Sri Lanka', '2026-12-01 11:08:51.643715+00', '2026-12-01 11:08:51.643715+00');
INSERT INTO public.countries VALUES ('9ac981dc-4961-4227-81ab-ed3efea7b1b8', 'LR', 'LBR', 'Liberia', 'Liberia', 'Liberia', '2026-12-01 11:08:51.645981+00', '2026-12-01 11:08:51.645981+00');
INSERT INTO public.countries VALUES ('9949f63a-1452-4ba2-84f7-674ee8c3f2de', 'LS', 'LSO', 'Lesotho', 'Lesoto', 'Lesotho', '2026-12-01 11:08:51.648088+00', '2026-12-01 11:08:51.648088+00');
INSERT INTO public.countries VALUES ('e27c89ae-86f4-4b16-a873-15cc855762a5', 'LT', 'LTU', 'Lithuania', 'Lituania', 'Lituanie', '2026-12-01 11:08:51.650251+00', '2026-12-01 11:08:51.650251+00');
INSERT INTO public.countries VALUES ('33a3ae00-e8d2-48cb-9017-e9c04236ac17', 'LU', 'LUX', 'Luxembourg', 'Luxemburgo', 'Luxembourg', '2026-12-01 11:08:51.652689+00', '2026-12-01 11:08:51.652689+00');
INSERT INTO public.countries VALUES ('195e4397-70fe-4897-afd2-d7158bcdcc0f', 'LV', 'LVA', 'Latvia', 'Letonia', 'Lettonie', '2026-12-01 11:08:51.6549+00', '2026-12-01 11:08:51.6549+00');
INSERT INTO public.countries VALUES ('d1488f4e-e581-4a9c-9338-a5cd84fb9a9b', 'LY', 'LBY', 'Libya', 'Libia', 'Libye', '2026-12-01 11:08:51.657168+00', '2026-12-01 11:08:51.657168+00');
INSERT INTO public.countries VALUES ('a65dd344-6462-489c-9f64-1d19c1b3b772', 'MA', 'MAR', 'Morocco', 'Marruecos', 'Maroc', '2026-12-01 11:08:51.659478+00', '2026-12-01 11:08:51.659478+00');
INSERT INTO public.countries VALUES ('07192b32-f4e6-4ccd-abc3-170fefa93dc1', 'MC', 'MCO', 'Monaco', 'Mónaco', 'Monaco', '2026-12-01 11:08:51.661784+00', '2026-12-01 11:08:51.661784+00');
INSERT INTO public.countries VALUES ('46134856-d85a-4928-8fca-e9284f0a2408', 'MD', 'MDA', 'Moldova', 'Moldavia', 'Moldavie', '2026-12-01 11:08:51.664091+00', '2026-12-01 11:08:51.664091+00');
INSERT INTO public.countries VALUES ('f34dfc28-8b9d-4529-b1a8-864beb32ad74', 'ME', 'MNE', 'Montenegro', 'Montenegro', 'Monténégro', '2026-12-01 11:08:51.666448+00', '2026-12-01 11:08:51.666448+00');
INSERT INTO public.countries VALUES ('b38e3f4b-47b2-4188-bf2a-528e3b41bc4b', 'MF', 'MAF', 'Saint Martin', 'San Martín', 'Saint-Martin', '2026-12-01 11:08:51.668811+00', '2026-12-01 11:08:51.668811+00');
INSERT INTO public.countries VALUES ('6e8f01db-0e4c-48b5-99f0-e2f9ffd4f405', 'MG', 'MDG', 'Madagascar', 'Madagascar', 'Madagascar', '2026-12-01 11:08:51.671189+00', '2026-12-01 11:08:51.671189+00');
INSERT INTO public.countries VALUES ('aa0944ce-c129-4cf3-aeaa-954ebc338093', 'MH', 'MHL', 'Marshall Islands', 'Islas Marshall', 'Îles Marshall', '2026-12-01 11:08:51.673487+00', '2026-12-01 11:08:51.673487+00');
INSERT INTO public.countries VALUES ('1f8e846f-34a7-4041-9471-437a1582dc84', 'MK', 'MKD', 'North Macedonia', 'Macedonia del Norte', 'Macédoine du Nord', '2026-12-01 11:08:51.675522+00', '2026-12-01 11:08:51.675522+00');
INSERT INTO public.countries VALUES ('d3df21fa-89e7-4af2-967f-6af8583cd554', 'ML', 'MLI', 'Mali', 'Malí', 'Mali', '2026-12-01 11:08:51.677494+00', '2026-12-01 11:08:51.677494+00');
INSERT INTO public.countries VALUES ('1d30d342-22a6-4c50-a410-c673635b47d8', 'MM', 'MMR', 'Myanmar', 'Birmania', 'Birmanie', '2026-12-01 11:08:51.679748+00', '2026-12-01 11:08:51.679748+00');
INSERT INTO public.countries VALUES ('bd9d8470-d080-4aae-944e-0750d6468516', 'MN', 'MNG', 'Mongolia', 'Mongolia', 'Mongolie', '2026-12-01 11:08:51.681983+00', '2026-12-01 11:08:51.681983+00');
INSERT INTO public.countries VALUES ('8ff9dfe9-af4f-4c2f-be0b-be5b5633a640', 'MO', 'MAC', 'Macau', 'Macao', 'Macao', '2026-12-01 11:08:51.684334+00', '2026-12-01 11:08:51.684334+00');
INSERT INTO public.countries VALUES ('383e681d-aaf7-4128-8e69-da9164c3b72e', 'MP', 'MNP', 'Northern Mariana Islands', 'Islas Marianas del Norte', 'îles Mariannes du Nord', '2026-12-01 11:08:51.68689+00', '2026-12-01 11:08:51.68689+00');
INSERT INTO public.countries VALUES ('5fc3ceb2-9649-4e52-a2b5-6f88c9cb27d6', 'MR', 'MRT', 'Mauritania', 'Mauritania', 'Mauritanie', '2026-12-01 11:08:51.689065+00', '2026-12-01 11:08:51.689065+00');
INSERT INTO public.countries VALUES ('04a7736f-26fd-4df0-8f49-85c16bab5494', 'MS', 'MSR', 'Montserrat', 'Montserrat', 'Montserrat', '2026-12-01 11:08:51.691141+00', '2026-12-01 11:08:51.691141+00');
INSERT INTO public.countries VALUES ('cf615b97-6c3a-4ce3-90c5-0e3dab004e1a', 'MT', 'MLT', 'Malta', 'Malta', 'Malte', '2026-12-01 11:08:51.693168+00', '2026-12-01 11:08:51.693168+00');
INSERT INTO public.countries VALUES ('dcd4d56b-e0a3-421d-8dbc-d63e6cd1e385', 'MU', 'MUS', 'Mauritius', 'Mauricio', 'Maurice', '2026-12-01 11:08:51.695344+00', '2026-12-01 11:08:51.695344+00');
INSERT INTO public.countries VALUES ('581609e9-8a93-492e-8314-d3bc3afb94ba', 'MV', 'MDV', 'Maldives', 'Maldivas', 'Maldives', '2026-12-01 11:08:51.697791+00', '2026-12-01 11:08:51.697791+00');
INSERT INTO public.countries VALUES ('711ceca7-3662-43da-981a-ff0416b37ed7', 'MW', 'MWI', 'Malawi', 'Malaui', 'Malawi', '2026-12-01 11:08:51.70002+00', '2026-12-01 11:08:51.70002+00');
INSERT INTO public.countries VALUES ('5244464f-2ad2-468c-a551-d84806709550', 'MX', 'MEX', 'Mexico', 'México', 'Mexique', '2026-12-01 11:08:51.702354+00', '2026-12-01 11:08:51.702354+00');
INSERT INTO public.countries VALUES ('1cc89fe4-2afc-4aa3-854e-e12fc8263674', 'MY', 'MYS', 'Malaysia', 'Malasia', 'Malaisie', '2026-12-01 11:08:51.704551+00', '2026-12-01 11:08:51.704551+00');
INSERT INTO public.countries VALUES ('c05f8f69-ca05-4a16-a637-509064413516', 'MZ', 'MOZ', 'Mozambique', 'Mozambique', 'Mozambique', '2026-12-01 11:08:51.706805+00', '2026-12-01 11:08:51.706805+00');
INSERT INTO public.countries VALUES ('3038e744-da0c-4d98-a35c-0eddd238ef5d', 'NA', 'NAM', 'Namibia', 'Namibia', 'Namibie', '2026-12-01 11:08:51.708943+00', '2026-12-01 11:08:51.708943+00');
INSERT INTO public.countries VALUES ('26e4e64b-50c0-4a62-ab83-e76b4d4eab97', 'NC', 'NCL', 'New Caledonia', 'Nueva Caledonia', 'Nouvelle-Calédonie', '2026-12-01 11:08:51.710853+00', '2026-12-01 11:08:51.710853+00');
INSERT INTO public.countries VALUES ('112e75f0-6113-4d1c-bcb0-1ed45f07ce4b', 'NE', 'NER', 'Niger', 'Níger', 'Niger', '2026-12-01 11:08:51.712919+00', '2026-12-01 11:08:51.712919+00');
INSERT INTO public.countries VALUES ('f8a1eeae-6595-443f-a56c-b3e1945926df', 'NF', 'NFK', 'Norfolk Island', 'Isla Norfolk', 'Île Norfolk', '2026-12-01 11:08:51.715102+00', '2026-12-01 11:08:51.715102+00');
INSERT INTO public.countries VALUES ('1cd9d828-d4f9-4638-83ab-e4b127609280', 'NG', 'NGA', 'Nigeria', 'Nigeria', 'Nigeria', '2026-12-01 11:08:51.717299+00', '2026-12-01 11:08:51.717299+00');
INSERT INTO public.countries VALUES ('828f0724-67aa-430a-ba6e-6f24a8635b9d', 'NI', 'NIC', 'Nicaragua', 'Nicaragua', 'Nicaragua', '2026-12-01 11:08:51.719546+00', '2026-12-01 11:08:51.719546+00');
INSERT INTO public.countries VALUES ('d88225e6-c8b7-43c2-824e-3738df94badf', 'NL', 'NLD', 'Netherlands', 'Países Bajos', 'Pays-Bas', '2026-12-01 11:08:51.721749+00', '2026-12-01 11:08:51.721749+00');
INSERT INTO public.countries VALUES ('4c67f422-bffa-45b9-ba1d-e9a35f12dd15', 'NO', 'NOR', 'Norway', 'Noruega', 'Norvège', '2026-12-01 11:08:51.724189+00', '2026-12-01 11:08:51.724189+00');
INSERT INTO public.countries VALUES ('7d1f8b2d-cae2-41dd-83ba-1edda5da32a8', 'NP', 'NPL', 'Nepal', 'Nepal', 'Népal', '2026-12-01 11:08:51.725987+00', '2026-12-01 11:08:51.725987+00');
INSERT INTO public.countries VALUES ('48ceac35-e9e3-45f2-9669-896c2d9ac07f', 'NR', 'NRU', 'Nauru', 'Nauru', 'Nauru', '2026-12-01 11:08:51.727567+00', '2026-12-01 11:08:51.727567+00');
INSERT INTO public.countries VALUES ('9be7a559-ce10-450d-babb-3f02996a43cd', 'NU', 'NIU', 'Niue', 'Niue', 'Niue', '2026-12-01 11:08:51.729196+00', '2026-12-01 11:08:51.729196+00');
INSERT INTO public.countries VALUES ('4103b446-55b8-4e62-9b65-d97e70f7cc3e', 'NZ', 'NZL', 'New Zealand', 'Nueva Zelanda', 'Nouvelle-Zélande', '2026-12-01 11:08:51.731145+00', '2026-12-01 11:08:51.731145+00');
INSERT INTO public.countries VALUES ('c0381677-cb2d-47d4-8ac5-2cb2f4e55069', 'OM', 'OMN', 'Oman', 'Omán', 'Oman', '2026-12-01 11:08:51.733104+00', '2026-12-01 11:08:51.733104+00');
INSERT INTO public.countries VALUES ('c8c7f8fa-a0a0-44f3-af1f-ef6be4506c87', 'PA', 'PAN', 'Panama', 'Panamá', 'Panama', '2026-12-01 11:08:51.735015+00', '2026-12-01 11:08:51.735015+00');
INSERT INTO public.countries VALUES ('3655837a-8915-4ab8-b1de-af9de9fb4169', 'PE', 'PER', 'Peru', 'Perú', 'Pérou', '2026-12-01 11:08:51.73688+00', '2026-12-01 11:08:51.73688+00');
INSERT INTO public.countries VALUES ('f10375cd-8e97-4d6a-87cb-95ba17768e98', 'PF', 'PYF', 'French Polynesia', 'Polinesia Francesa', 'Polynésie française', '2026-12-01 11:08:51.738667+00', '2026-12-01 11:08:51.738667+00');
INSERT INTO public.countries VALUES ('a0baeefd-2104-4dc2-bc7b-75cef05a3fbb', 'PG', 'PNG', 'Papua New Guinea', 'Papúa Nueva Guinea', 'Papouasie-Nouvelle-Guinée', '2026-12-01 11:08:51.740071+00', '2026-12-01 11:08:51.740071+00');
INSERT INTO public.countries VALUES ('67afc7f0-3c45-4419-be19-19ea2901343c', 'PH', 'PHL', 'Philippines', 'Filipinas', 'Philippines', '2026-12-01 11:08:51.74152+00', '2026-12-01 11:08:51.74152+00');
INSERT INTO public.countries VALUES ('4b245bd8-3ad6-487b-954c-e6fdad79da75', 'PK', 'PAK', 'Pakistan', 'Pakistán', 'Pakistan', '2026-12-01 11:08:51.743524+00', '2026-12-01 11:08:51.743524+00');
INSERT INTO public.countries VALUES ('4c227a73-255e-44e2-9235-ff5abce47395', 'PL', 'POL', 'Poland', 'Polonia', 'Pologne', '2026-12-01 11:08:51.745368+00', '2026-12-01 11:08:51.745368+00');
INSERT INTO public.countries VALUES ('26cf3615-46b7-40b0-b789-19b392a133dc', 'PM', 'SPM', 'Saint Pierre and Miquelon', 'San Pedro y Miquelón', 'Saint-Pierre-et-Miquelon', '2026-12-01 11:08:51.747035+00', '2026-12-01 11:08:51.747035+00');
INSERT INTO public.countries VALUES ('10709b98-3d88-406b-9aa2-6871db6137d8', 'PN', 'PCN', 'Pitcairn Islands', 'Islas Pitcairn', 'Iles Pitcairn', '2026-12-01 11:08:51.748601+00', '2026-12-01 11:08:51.748601+00');
INSERT INTO public.countries VALUES ('654b6bd7-0bfe-4552-afc4-2914cce550fd', 'PR', 'PRI', 'Puerto Rico', 'Puerto Rico', 'Porto Rico', '2026-12-01 11:08:51.750294+00', '2026-12-01 11:08:51.750294+00');
INSERT INTO public.countries VALUES ('7fafadba-20cc-4ff9-8433-94d8eec5103f', 'PS', 'PSE', 'Palestine', 'Palestina', 'Palestine', '2026-12-01 11:08:51.752151+00', '2026-12-01 11:08:51.752151+00');
INSERT INTO public.countries VALUES ('053dc77a-d450-440a-a4bd-0817042ff326', 'PT', 'PRT', 'Portugal', 'Portugal', 'Portugal', '2026-12-01 11:08:51.753686+00', '2026-12-01 11:08:51.753686+00');
INSERT INTO public.countries VALUES ('91a3a85e-53ee-473c-a798-89032c0ba973', 'PW', 'PLW', 'Palau', 'Palaos', 'Palaos', '2026-12-01 11:08:51.755228+00', '2026-12-01 11:08:51.755228+00');
INSERT INTO public.countries VALUES ('d682c98f-f136-4e00-bf41-ec76c095e52f', 'PY', 'PRY', 'Paraguay', 'Paraguay', 'Paraguay', '2026-12-01 11:08:51.757127+00', '2026-12-01 11:08:51.757127+00');
INSERT INTO public.countries VALUES ('6777dd59-ac3d-4234-88cc-b69f6268f0e8', 'QA', 'QAT', 'Qatar', 'Catar', 'Qatar', '2026-12-01 11:08:51.758765+00', '2026-12-01 11:08:51.758765+00');
INSERT INTO public.countries VALUES ('1a4bec6c-f62a-40ea-9427-b87e1d9cd5d8', 'RO', 'ROU', 'Romania', 'Rumania', 'Roumanie', '2026-12-01 11:08:51.760403+00', '2026-12-01 11:08:51.760403+00');
INSERT INTO public.countries VALUES ('8f548495-f420-4579-9a87-216b93c259c7', 'RS', 'SRB', 'Serbia', 'Serbia', 'Serbie', '2026-12-01 11:08:51.761968+00', '2026-12-01 11:08:51.761968+00');
INSERT INTO public.countries VALUES ('0a1ab7e3-c74a-43e8-8254-367781bec880', 'RU', 'RUS', 'Russia', 'Rusia', 'Russie', '2026-12-01 11:08:51.763555+00', '2026-12-01 11:08:51.763555+00');
INSERT INTO public.countries VALUES ('724f6d26-8a8e-4fc3-bd20-1d52a9c8feee', 'RW', 'RWA', 'Rwanda', 'Ruanda', 'Rwanda', '2026-12-01 11:08:51.765082+00', '2026-12-01 11:08:51.765082+00');
INSERT INTO public.countries VALUES ('68089f49-d20b-4f5f-8f16-944eb0a695a4', 'SA', 'SAU', 'Saudi Arabia', 'Arabia Saudita', 'Arabie saoudite', '2026-12-01 11:08:51.766749+00', '2026-12-01 11:08:51.766749+00');
INSERT INTO public.countries VALUES ('9edd3270-0ca9-41e1-8723-6bc5dffc8aaf', 'SB', 'SLB', 'Solomon Islands', 'Islas Salomón', 'Îles Salomon', '2026-12-01 11:08:51.768858+00', '2026-12-01 11:08:51.768858+00');
INSERT INTO public.countries VALUES ('415b0c0b-94a8-4589-ae64-eaf8fe079ed4', 'SC', 'SYC', 'Seychelles', 'Seychelles', 'Seychelles', '2026-12-01 11:08:51.770954+00', '2026-12-01 11:08:51.770954+00');
INSERT INTO public.countries VALUES ('c3568c83-0950-4840-adef-1b30fc2b6a44', 'SD', 'SDN', 'Sudan', 'Sudán', 'Soudan', '2026-12-01 11:08:51.772892+00', '2026-12-01 11:08:51.772892+00');
INSERT INTO public.countries VALUES ('9c12772e-487e-46b5-bcfa-ea7a7f88b61b', 'SE', 'SWE', 'Sweden', 'Suecia', 'Suède', '2026-12-01 11:08:51.774539+00', '2026-12-01 11:08:51.774539+00');
INSERT INTO public.countries VALUES ('8fb66698-fa33-40bb-b4ab-c4c033ac548a', 'SG', 'SGP', 'Singapore', 'Singapur', 'Singapour', '2026-12-01 11:08:51.776478+00', '2026-12-01 11:08:51.776478+00');
INSERT INTO public.countries VALUES ('9081d891-4bfb-42f9-b932-e514ee1b57e2', 'SH', 'SHN', 'Saint Helena', 'Isla Santa Elena', 'Sainte-Hélène', '2026-12-01 11:08:51.778727+00', '2026-12-01 11:08:51.778727+00');
INSERT INTO public.countries VALUES ('a53fb0d7-d2fc-4e39-a96e-2ee0ff237fb0', 'SI', 'SVN', 'Slovenia', 'Eslovenia', 'Slovénie', '2026-12-01 11:08:51.780831+00', '2026-12-01 11:08:51.780831+00');
INSERT INTO public.countries VALUES ('03eaae45-2629-4c03-8a14-48116a7e5c11', 'SK', 'SVK', 'Slovakia', 'Eslovaquia', 'Slovaquie', '2026-12-01 11:08:51.782786+00', '2026-12-01 11:08:51.782786+00');
INSERT INTO public.countries VALUES ('1fdce798-77ae-4380-9ba1-15cb3fbac6ea', 'SL', 'SLE', 'Sierra Leone', 'Sierra Leona', 'Sierra Leone', '2026-12-01 11:08:51.784229+00', '2026-12-01 11:08:51.784229+00');
INSERT INTO public.countries VALUES ('4ffd205f-8add-4105-b5b0-698dd31f8296', 'SM', 'SMR', 'San Marino', 'San Marino', 'Saint-Marin', '2026-12-01 11:08:51.785848+00', '2026-12-01 11:08:51.785848+00');
INSERT INTO public.countries VALUES ('088e48cd-fed4-4a9e-9c31-30757eb851b1', 'SN', 'SEN', 'Senegal', 'Senegal', 'Sénégal', '2026-12-01 11:08:51.787466+00', '2026-12-01 11:08:51.787466+00');
INSERT INTO public.countries VALUES ('9620bc47-ad52-4fa1-8f60-f74dccd3a8c2', 'SO', 'SOM', 'Somalia', 'Somalia', 'Somalie', '2026-12-01 11:08:51.789077+00', '2026-12-01 11:08:51.789077+00');
INSERT INTO public.countries VALUES ('66ad5adf-f4f1-4d70-ac02-fd6afafaad9c', 'SR', 'SUR', 'Suriname', 'Surinam', 'Suriname', '2026-12-01 11:08:51.79099+00', '2026-12-01 11:08:51.79099+00');
INSERT INTO public.countries VALUES ('b3deb53b-c724-4796-80a1-a08b3f8ab070', 'SS', 'SSD', 'South Sudan', 'Sudán del Sur', 'Soudan du Sud', '2026-12-01 11:08:51.793127+00', '2026-12-01 11:08:51.793127+00');
INSERT INTO public.countries VALUES ('c6dfb22f-54f0-49ac-86c1-012671340fc7', 'ST', 'STP', 'São Tomé and Príncipe', 'Santo Tomé y Príncipe', 'Sao Tomé-et-Principe', '2026-12-01 11:08:51.795238+00', '2026-12-01 11:08:51.795238+00');
INSERT INTO public.countries VALUES ('9620e439-042e-4db3-bb5b-964742d3e529', 'SV', 'SLV', 'El Salvador', 'El Salvador', 'Salvador', '2026-12-01 11:08:51.797264+00', '2026-12-01 11:08:51.797264+00');
INSERT INTO public.countries VALUES ('ac6ea46d-02e1-48b7-a717-ce1f20bac11f', 'SX', 'SXM', 'Sint Maarten', 'San Martín', 'Saint-Martin', '2026-12-01 11:08:51.799378+00', '2026-12-01 11:08:51.799378+00');
INSERT INTO public.countries VALUES ('3934098e-1185-44c5-a175-e89192aafcd2', 'SY', 'SYR', 'Syria', 'Siria', 'Syrie', '2026-12-01 11:08:51.801586+00', '2026-12-01 11:08:51.801586+00');
INSERT INTO public.countries VALUES ('267aee38-1072-45f1-b483-ff5c2b71397d', 'SZ', 'SWZ', 'Eswatini', 'Suazilandia', 'Eswatini', '2026-12-01 11:08:51.8037+00', '2026-12-01 11:08:51.8037+00');
INSERT INTO public.countries VALUES ('a8720fea-6179-458c-b754-904320f154f4', 'TC', 'TCA', 'Turks and Caicos Islands', 'Islas Turcas y Caicos', 'îles Turques-et-Caïques', '2026-12-01 11:08:51.805566+00', '2026-12-01 11:08:51.805566+00');
INSERT INTO public.countries VALUES ('ea3daee4-0524-4f1c-8716-8542162d1eec', 'TD', 'TCD', 'Chad', 'Chad', 'Tchad', '2026-12-01 11:08:51.80753+00', '2026-12-01 11:08:51.80753+00');
INSERT INTO public.countries VALUES ('4e8097e4-08ae-4607-ab7a-e1e23ac5acb1', 'TF', 'ATF', 'French Southern and Antarctic Lands', 'Tierras Australes y Antárticas Francesas', 'Terres australes et antarctiques françaises', '2026-12-01 11:08:51.809471+00', '2026-12-01 11:08:51.809471+00');
INSERT INTO public.countries VALUES ('f98cce50-8a2a-4bc4-bea7-83efe05a5efb', 'TG', 'TGO', 'Togo', 'Togo', 'Togo', '2026-12-01 11:08:51.811339+00', '2026-12-01 11:08:51.811339+00');
INSERT INTO public.countries VALUES ('1aee0746-1341-46b5-a64f-ecda14b01ca8', 'TH', 'THA', 'Thailand', 'Tailandia', 'Thaïlande', '2026-12-01 11:08:51.81309+00', '2026-12-01 11:08:51.81309+00');
INSERT INTO public.countries VALUES ('235abaec-f7ad-46c4-9c86-5a4c01ceaf6f', 'TJ', 'TJK', 'Tajikistan', 'Tayikistán', 'Tadjikistan', '2026-12-01 11:08:51.815148+00', '2026-12-01 11:08:51.815148+00');
INSERT INTO public.countries VALUES ('dbbda4c0-5d3d-4636-b1f5-bbdeebf5d9a3', 'TL', 'TLS', 'East Timor', 'Timor Oriental', 'Timor oriental', '2026-12-01 11:08:51.816685+00', '2026-12-01 11:08:51.816685+00');
INSERT INTO public.countries VALUES ('d1814961-d903-40e6-82f2-3d5ad6823b48', 'TM', 'TKM', 'Turkmenistan', 'Turkmenistán', 'Turkménistan', '2026-12-01 11:08:51.818129+00', '2026-12-01 11:08:51.818129+00');
INSERT INTO public.countries VALUES ('8fd45ea9-67d5-443f-a5aa-3bf68c7275dd', 'TN', 'TUN', 'Tunisia', 'Túnez', 'Tunisie', '2026-12-01 11:08:51.819653+00', '2026-12-01 11:08:51.819653+00');
INSERT INTO public.countries VALUES ('48184814-c1d8-4976-9438-90795b2e048b', 'TO', 'TON', 'Tonga', 'Tonga', 'Tonga', '2026-12-01 11:08:51.82119+00', '2026-12-01 11:08:51.82119+00');
INSERT INTO public.countries VALUES ('92ff45cd-39a5-437b-b4df-44340838f375', 'TR', 'TUR', 'Turkey', 'Turquía', 'Turquie', '2026-12-01 11:08:51.822791+00', '2026-12-01 11:08:51.822791+00');
INSERT INTO public.countries VALUES ('e8c944d4-e1ec-4f8c-8565-59337831cf4a', 'TT', 'TTO', 'Trinidad and Tobago', 'Trinidad y Tobago', 'Trinité-et-Tobago', '2026-12-01 11:08:51.824323+00', '2026-12-01 11:08:51.824323+00');
INSERT INTO public.countries VALUES ('82fe617e-45d4-4979-8cac-c116f66af98c', 'TV', 'TUV', 'Tuvalu', 'Tuvalu', 'Tuvalu', '2026-12-01 11:08:51.825805+00', '2026-12-01 11:08:51.825805+00');
INSERT INTO public.countries VALUES ('ad16e9a0-7f2e-4376-997d-a60f1d9ceaa8', 'TW', 'TWN', 'Taiwan', 'República de China', 'Taïwan', '2026-12-01 11:08:51.827353+00', '2026-12-01 11:08:51.827353+00');
INSERT INTO public.countries VALUES ('5d7400f2-ca2e-4ace-935c-f44124b61c38', 'TZ', 'TZA', 'Tanzania', 'Tanzania', 'Tanzanie', '2026-12-01 11:08:51.828748+00', '2026-12-01 11:08:51.828748+00');
INSERT INTO public.countries VALUES ('583df9b1-033e-4671-9e00-595b52064646', 'UA', 'UKR', 'Ukraine', 'Ucrania', 'Ukraine', '2026-12-01 11:08:51.830717+00', '2026-12-01 11:08:51.830717+00');
INSERT INTO public.countries VALUES ('9331129c-fd7a-4551-ace6-8bdd1c99a801', 'UG', 'UGA', 'Uganda', 'Uganda', 'Ouganda', '2026-12-01 11:08:51.832699+00', '2026-12-01 11:08:51.832699+00');
INSERT INTO public.countries VALUES ('2cad18e1-08eb-4a8d-89bb-735195b816c5', 'UM', 'UMI', 'United States Minor Outlying Islands', 'Islas ultramarinas de Estados Unidos', 'Îles mineures éloignées des États-Unis', '2026-12-01 11:08:51.834636+00', '2026-12-01 11:08:51.834636+00');
INSERT INTO public.countries VALUES ('c06af316-6bcb-4fd0-8392-540e815cedf7', 'US', 'USA', 'United States of America', 'Estados Unidos', 'États-Unis', '2026-12-01 11:08:51.836409+00', '2026-12-01 11:08:51.836409+00');
INSERT INTO public.countries VALUES ('fb0c9d88-a893-4869-8f3e-39136ffa5410', 'UY', 'URY', 'Uruguay', 'Uruguay', 'Uruguay', '2026-12-01 11:08:51.838232+00', '2026-12-01 11:08:51.838232+00');
INSERT INTO public.countries VALUES ('046bc854-da13-47e0-8a53-889e59596e7c', 'UZ', 'UZB', 'Uzbekistan', 'Uzbekistán', 'Ouzbékistan', '2026-12-01 11:08:51.839979+00', '2026-12-01 11:08:51.839979+00');
INSERT INTO public.countries VALUES ('cdbf3bf1-e1a3-4e14-a0b1-b113cefb228f', 'VA', 'VAT', 'Vatican City', 'Ciudad del Vaticano', 'Cité du Vatican', '2026-12-01 11:08:51.841918+00', '2026-12-01 11:08:51.841918+00');
INSERT INTO public.countries VALUES ('8f782e66-7b26-4b27-add3-2d275c32ce4b', 'VC', 'VCT', 'Saint Vincent and the Grenadines', 'San Vicente y las Granadinas', 'Saint-Vincent-et-les-Grenadines', '2026-12-01 11:08:51.843673+00', '2026-12-01 11:08:51.843673+00');
INSERT INTO public.countries VALUES ('921193b5-79e3-4049-a6dc-8606593a8906', 'VE', 'VEN', 'Venezuela', 'Venezuela', 'Venezuela', '2026-12-01 11:08:51.845397+00', '2026-12-01 11:08:51.845397+00');
INSERT INTO public.countries VALUES ('9867a7e9-123b-45b8-a0cc-6100c7af9a6f', 'VG', 'VGB', 'British Virgin Islands', 'Islas Vírgenes Británicas', 'îles Vierges britanniques', '2026-12-01 11:08:51.847216+00', '2026-12-01 11:08:51.847216+00');
INSERT INTO public.countries VALUES ('4cf05f3b-93b1-42ab-b150-17a72680fd3f', 'VI', 'VIR', 'United States Virgin Islands', 'Islas Vírgenes de los Estados Unidos', 'îles Vierges des États-Unis', '2026-12-01 11:08:51.849029+00', '2026-12-01 11:08:51.849029+00');
INSERT INTO public.countries VALUES ('47c7f5e8-6f5a-4dd6-b01b-e342a9a3ec04', 'VN', 'VNM', 'Vietnam', 'Vietnam', 'Viêt Nam', '2026-12-01 11:08:51.851008+00', '2026-12-01 11:08:51.851008+00');
INSERT INTO public.countries VALUES ('946a01f9-dbff-4c35-a06f-1ee2c6e39133', 'VU', 'VUT', 'Vanuatu', 'Vanuatu', 'Vanuatu', '2026-12-01 11:08:51.852586+00', '2026-12-01 11:08:51.852586+00');
INSERT INTO public.countries VALUES ('322de2c4-cc1d-4223-a8eb-52d2294b54b2', 'WF', 'WLF', 'Wallis and Futuna', 'Wallis y Futuna', 'Wallis-et-Futuna', '2026-12-01 11:08:51.854115+00', '2026-12-01 11:08:51.854115+00');
INSERT INTO public.countries VALUES ('dea0d8d7-f3e2-4dfd-9295-80ff1624932f', 'WS', 'WSM', 'Samoa', 'Samoa', 'Samoa', '2026-12-01 11:08:51.856066+00', '2026-12-01 11:08:51.856066+00');
INSERT INTO public.countries VALUES ('cda7efab-a094-4ffd-a693-57b4bc1cd2f9', 'XK', NULL, 'Kosovo', 'Kosovo', 'Kosovo', '2026-12-01 11:08:51.858103+00', '2026-12-01 11:08:51.858103+00');
INSERT INTO public.countries VALUES ('af7bb551-9c38-4143-ac10-ed8d91842e52', 'YE', 'YEM', 'Yemen', 'Yemen', 'Yémen', '2026-12-01 11:08:51.859931+00', '2026-12-01 11:08:51.859931+00');
INSERT INTO public.countries VALUES ('5d157f5c-470d-48bc-b9f4-e1bdce6e3e1d', 'ZA', 'ZAF', 'South Africa', 'Sudáfrica', 'Afrique du Sud', '2026-12-01 11:08:51.861625+00', '2026-12-01 11:08:51.861625+00');
INSERT INTO public.countries VALUES ('b8b244bc-bd50-4f7a-83a0-9c0eada8ffd8', 'ZM', 'ZMB', 'Zambia', 'Zambia', 'Zambie', '2026-12-01 11:08:51.863416+00', '2026-12-01 11:08:51.863416+00');
INSERT INTO public.countries VALUES ('bd0a185a-6bd4-49e7-a54d-13bda297d70f', 'ZW', 'ZWE', 'Zimbabwe', 'Zimbabue', 'Zimbabwe', '2026-12-01 11:08:51.865314+00', '2026-12-01 11:08:51.865314+00');


--
-- Data for Name: memberships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.memberships VALUES ('f143ebe6-3e95-45a5-9315-5a94c930854b', '5d16684a-7df2-439f-ad96-7551bf667f8f', '0185865f-bfcf-4d66-966f-fd388790cbd2', 'coordinator', '1998-03-01', NULL, NULL, NULL, '2026-12-01 11:08:52.264879+00', '2026-12-01 11:08:52.264879+00');
INSERT INTO public.memberships VALUES ('4114ecd9-0400-475a-8f09-19d66325d0c4', '5d16684a-7df2-439f-ad96-7551bf667f8f', 'e120336a-54eb-4cdb-91cd-cf86dbb804dc', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 11:08:52.27204+00', '2026-12-01 11:08:52.27204+00');
INSERT INTO public.memberships VALUES ('2d9b7179-0660-4aca-9d90-6bdca66cc48d', '5d16684a-7df2-439f-ad96-7551bf667f8f', 'ee17b564-213a-4329-a4ff-1149e7b32d1d', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 11:08:52.277749+00', '2026-12-01 11:08:52.277749+00');
INSERT INTO public.memberships VALUES ('b07adb5e-c8a0-4a84-b826-d0c9ad1ccc3c', '5d16684a-7df2-439f-ad96-7551bf667f8f', 'ff60160f-d49e-40f7-a047-33f4f0638f4f', 'member', '1998-03-01', '1999-11-15', 'expelled_opportunistic', NULL, '2026-12-01 11:08:52.283259+00', '2026-12-01 11:08:52.283259+00');
INSERT INTO public.memberships VALUES ('44130171-6f56-46c9-b343-98ab361aff84', '5d16684a-7df2-439f-ad96-7551bf667f8f', '878d370d-6e8d-488b-8b27-06d5dfc6b502', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 11:08:52.288832+00', '2026-12-01 11:08:52.288832+00');
INSERT INTO public.memberships VALUES ('6007da4b-3711-4b62-8f2b-b9389c3ec181', '5d16684a-7df2-439f-ad96-7551bf667f8f', '7334f99b-0598-41e2-b1e9-fa97c1d2e77f', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 11:08:52.294165+00', '2026-12-01 11:08:52.294165+00');
INSERT INTO public.memberships VALUES ('1da9d6fe-e972-490b-968d-7579155f0d6e', '5d16684a-7df2-439f-ad96-7551bf667f8f', '538b441b-ac1d-4ec3-8395-424295c88bd7', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 11:08:52.299494+00', '2026-12-01 11:08:52.299494+00');
INSERT INTO public.memberships VALUES ('bf94bdaf-55ff-4dbb-bd6a-661fbd45e8ca', '5d16684a-7df2-439f-ad96-7551bf667f8f', 'c92ecde2-815e-4dde-b14b-5a60096aab31', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 11:08:52.304919+00', '2026-12-01 11:08:52.304919+00');
INSERT INTO public.memberships VALUES ('f616aca0-dfd9-4984-8db9-7608dce83439', '5d16684a-7df2-439f-ad96-7551bf667f8f', 'f694889d-af55-4d39-88a6-1a0a52926373', 'member', '1998-03-01', '1999-11-15', 'expelled_opportunistic', NULL, '2026-12-01 11:08:52.31023+00', '2026-12-01 11:08:52.31023+00');
INSERT INTO public.memberships VALUES ('701b20cd-3b45-470d-a70e-f246337ff9c4', '5d16684a-7df2-439f-ad96-7551bf667f8f', 'dde3c1b2-277e-4ad2-ba51-2fd3243d2314', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 11:08:52.315655+00', '2026-12-01 11:08:52.315655+00');
INSERT INTO public.memberships VALUES ('b8f0a068-3fff-41ff-b758-1b6b88a82807', '5d16684a-7df2-439f-ad96-7551bf667f8f', 'd990e601-662d-4bed-a3ed-7737638172da', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 11:08:52.320189+00', '2026-12-01 11:08:52.320189+00');
INSERT INTO public.memberships VALUES ('9cb4fef2-4546-4527-9df6-022fb4770347', '5d16684a-7df2-439f-ad96-7551bf667f8f', '7aa2c830-7526-42d8-a127-3c50cb34e9db', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 11:08:52.325059+00', '2026-12-01 11:08:52.325059+00');
INSERT INTO public.memberships VALUES ('9307501d-eabe-4521-bf78-8df053c34953', '5d16684a-7df2-439f-ad96-7551bf667f8f', '4fe62c5f-ff1b-4a90-ba24-36b71b6fda0c', 'member', '1998-03-01', '1999-11-15', 'expelled_opportunistic', NULL, '2026-12-01 11:08:52.329809+00', '2026-12-01 11:08:52.329809+00');
INSERT INTO public.memberships VALUES ('a3534e6e-cc94-4012-b15d-a3c669a17b2d', '5d16684a-7df2-439f-ad96-7551bf667f8f', '90e33020-28e3-4c87-af89-16df5d0c8970', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 11:08:52.334827+00', '2026-12-01 11:08:52.334827+00');
INSERT INTO public.memberships VALUES ('caae6f88-c0b1-4705-a357-2195004462c0', '5d16684a-7df2-439f-ad96-7551bf667f8f', '935eec5c-3cf7-437a-a771-5d7c934c2d84', 'member', '1998-03-01', NULL, NULL, NULL, '2026-12-01 11:08:52.339911+00', '2026-12-01 11:08:52.339911+00');
INSERT INTO public.memberships VALUES ('14a37845-f813-49e5-b13a-3f3289a0f92b', '5d16684a-7df2-439f-ad96-7551bf667f8f', '1ee602b2-81fd-46ef-99ff-9c310313529b', 'member', '2000-09-01', NULL, NULL, 'Joined after the group''s rules were established.', '2026-12-01 11:08:52.345098+00', '2026-12-01 11:08:52.345098+00');
INSERT INTO public.memberships VALUES ('5ed6828e-5cfa-42bc-970c-a3ab70c12d5b', 'eb64a88f-28b3-48a4-88c9-a178f5bdc104', 'd04f44a1-c2b5-48db-8f95-be3ddc1a54fc', 'client', '1999-06-01', NULL, NULL, NULL, '2026-12-01 11:08:52.360677+00', '2026-12-01 11:08:52.360677+00');
INSERT INTO public.memberships VALUES ('2014807d-fb41-4815-89e0-91414a7795f3', 'eb64a88f-28b3-48a4-88c9-a178f5bdc104', 'faf4ca03-da0f-4332-82f7-ace307360821', 'service_provider', '1999-06-01', NULL, NULL, NULL, '2026-12-01 11:08:52.365149+00', '2026-12-01 11:08:52.365149+00');


--
-- Data for Name: networks; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.networks VALUES ('5d16684a-7df2-439f-ad96-7551bf667f8f', 'Masaya woodworkers'' network', 'horizontal', 'NI', NULL, '3f7dbbcf-8180-402f-9836-9ab48930d83b', 'strategic_projects', '1998-03-01', 'Fifteen micro and small woodworkers: a shared input shop, bulk wood purchasing, a common catalogue, three rocking-chair models exported to the UK. Members who behaved opportunistically were expelled; a new member joined later. Dates illustrative.', '2026-12-01 11:08:52.25694+00', '2026-12-01 11:08:52.25694+00');
INSERT INTO public.networks VALUES ('3f703533-4bac-4d9a-baf2-6db84fa6ecea', 'Jaipur block printers'' common services network', 'horizontal', 'IN', 'ce6ac4f1-3137-461b-bf09-7abbe194d46b', '7db3b280-acf4-4a1f-abd3-fbd85cd3d3f3', 'pilot_projects', NULL, 'One of several networks promoted in the Jaipur cluster to provide common services to their members. Illustrative demo record.', '2026-12-01 11:08:52.350138+00', '2026-12-01 11:08:52.350138+00');
INSERT INTO public.networks VALUES ('eb64a88f-28b3-48a4-88c9-a178f5bdc104', 'Coffee and cereals supplier network', 'vertical', 'NI', NULL, '3f7dbbcf-8180-402f-9836-9ab48930d83b', 'strategic_planning', '1999-06-01', 'A coffee and cereals processor with peanut and plastic jar suppliers and the National Metrology Laboratory, through the Vertical Linkages Unit at CADIN.', '2026-12-01 11:08:52.35563+00', '2026-12-01 11:08:52.35563+00');


--
-- Data for Name: persons; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.persons VALUES ('e3aaf00a-92a8-47f1-ac5b-56aa52c3b9b2', 'Cluster broker, Jaipur (illustrative)', 'd0bebcd6-0132-4140-a433-f908cdde5110', 'Cluster development agent', 'female', NULL, NULL, NULL, '2026-12-01 11:08:52.370231+00', '2026-12-01 11:08:52.370231+00');
INSERT INTO public.persons VALUES ('1555e5a9-d70b-41a7-b733-cb2f34a3dcb7', 'Executive director, CERTEC (illustrative)', '42a7ead6-4128-4699-97c1-bae73e3101d3', 'Former network broker', 'male', NULL, NULL, NULL, '2026-12-01 11:08:52.3764+00', '2026-12-01 11:08:52.3764+00');
INSERT INTO public.persons VALUES ('8a381ac3-b72a-4d44-b251-9786e7d1133f', 'Linkage broker, CADIN (illustrative)', '46a0ba12-089f-4fe2-935d-4f1eccb021b5', 'Vertical Linkages Unit', 'female', NULL, NULL, NULL, '2026-12-01 11:08:52.380878+00', '2026-12-01 11:08:52.380878+00');


--
-- Data for Name: project_countries; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.project_countries VALUES ('a70ccfe1-72cd-4884-ba39-91958273873c', '7db3b280-acf4-4a1f-abd3-fbd85cd3d3f3', 'IN');
INSERT INTO public.project_countries VALUES ('e459621f-9897-4374-8b7e-5765c35a0a61', '3f7dbbcf-8180-402f-9836-9ab48930d83b', 'NI');
INSERT INTO public.project_countries VALUES ('eef08f47-b86d-40f6-8cf8-0bd80051884c', 'bc43b81d-d44a-4369-b650-f0654c62d094', 'HN');
INSERT INTO public.project_countries VALUES ('4e41d5bd-57e8-4dcf-a20b-268f9bbf6496', '9cd6f049-61e4-4756-a1fd-bece2336e854', 'SN');
INSERT INTO public.project_countries VALUES ('8ade53a6-13d3-4ca9-9b4b-ef6973e14748', '59b2a153-04cb-4941-97b0-e911a10fab50', 'ZW');
INSERT INTO public.project_countries VALUES ('52fb8709-e717-4dc4-b7b0-8e7829caecec', '1a6f7836-0473-42c6-8509-e2815e1c019e', 'IT');
INSERT INTO public.project_countries VALUES ('e369f2eb-45ca-42d5-845b-fbb52751905d', '1a6f7836-0473-42c6-8509-e2815e1c019e', 'MA');
INSERT INTO public.project_countries VALUES ('052e81d6-d85f-4eb1-9225-5bef579d57c7', 'b214c716-9590-4af2-8df2-15d3fe3d40e2', 'MG');


--
-- Data for Name: projects; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.projects VALUES ('7db3b280-acf4-4a1f-abd3-fbd85cd3d3f3', 'IND-CLN', 'Cluster and network development in India', 'Pune food processing, Bagru and Sanganer block printing (Jaipur), Ludhiana knitwear. Dates and budget illustrative.', 'ongoing', NULL, NULL, '1996-07-01', NULL, 2400000, 'USD', 'Government of Italy (illustrative)', 'SIDBI', 'clusters
horizontal_networks', '2026-12-01 11:08:51.885503+00', '2026-12-01 11:08:51.885503+00');
INSERT INTO public.projects VALUES ('3f7dbbcf-8180-402f-9836-9ab48930d83b', 'NIC-CLN', 'SME networks, clusters and vertical linkages in Nicaragua', 'Boaco/Chontales milk and cheese cluster, Masaya woodworking network, Vertical Linkages Unit at CADIN (designed 1999). Dates and budget illustrative.', 'ongoing', NULL, NULL, '1997-03-01', NULL, 1800000, 'USD', '', 'CADIN
INPYME', 'clusters
horizontal_networks
vertical_linkages', '2026-12-01 11:08:51.901961+00', '2026-12-01 11:08:51.901961+00');
INSERT INTO public.projects VALUES ('bc43b81d-d44a-4369-b650-f0654c62d094', 'HON-NET', 'Network brokers in Honduras', 'Network brokers trained by the project founded CERTEC in the last year of implementation (1997). Start date illustrative.', 'completed', NULL, NULL, '1993-01-01', '1997-12-31', NULL, NULL, '', 'CERTEC', 'horizontal_networks', '2026-12-01 11:08:51.911792+00', '2026-12-01 11:08:51.911792+00');
INSERT INTO public.projects VALUES ('9cd6f049-61e4-4756-a1fd-bece2336e854', 'SEN-NET', 'From networks to associations to policy in Senegal', 'Networks organise the private sector from the base and strengthen its representative associations.', 'ongoing', NULL, NULL, '2001-01-01', NULL, NULL, NULL, '', '', 'horizontal_networks', '2026-12-01 11:08:51.921822+00', '2026-12-01 11:08:51.921822+00');
INSERT INTO public.projects VALUES ('59b2a153-04cb-4941-97b0-e911a10fab50', 'ZWE-NET', 'Networks and BDS upgrading in Zimbabwe', 'Networks organise the demand for business development services so that providers upgrade them.', 'ongoing', NULL, NULL, '2001-01-01', NULL, NULL, NULL, '', '', 'horizontal_networks', '2026-12-01 11:08:51.930726+00', '2026-12-01 11:08:51.930726+00');
INSERT INTO public.projects VALUES ('1a6f7836-0473-42c6-8509-e2815e1c019e', 'MAR-CLU', 'Restructuring of the Fez leather cluster', 'Fez leather cluster, including relocation for environmental reasons, in cooperation with the Santa Croce leather cluster in Italy. Start date illustrative.', 'ongoing', NULL, NULL, '2000-01-01', NULL, NULL, NULL, '', '', 'clusters', '2026-12-01 11:08:51.940214+00', '2026-12-01 11:08:51.940214+00');
INSERT INTO public.projects VALUES ('b214c716-9590-4af2-8df2-15d3fe3d40e2', 'MDG-CLU', 'Cluster development in Madagascar', 'Under design.', 'under_design', NULL, NULL, NULL, NULL, NULL, NULL, '', '', 'clusters', '2026-12-01 11:08:51.951674+00', '2026-12-01 11:08:51.951674+00');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sign_in_failures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('f7cc559c-8609-406c-8077-c0806857c7c2', 'admin@example.org', 'Administrator', 'en', 'admin', true, '$2b$04$rgnDUJhpRvtfLRiFAVD3QORCzHe4LGByLDobxxiW5NkPb1FyZTNTS', '2026-12-01 11:08:51.874963+00', '2026-12-01 11:08:51.874963+00');
INSERT INTO public.users VALUES ('180f533e-5a08-40a6-a856-36a84c64a7a5', 'pm@example.org', 'Programme manager (demo)', 'en', 'programme_manager', true, '$2b$04$al9Ou56Qu.IVqaQ58aWlGOH3T1DURzMOjIvKH.IEvo7BpxA.eyCUO', '2026-12-01 11:08:52.397818+00', '2026-12-01 11:08:52.397818+00');
INSERT INTO public.users VALUES ('176c8fb5-b284-4dea-8f9c-36898eedbb43', 'broker@example.org', 'Network broker (demo)', 'en', 'broker', true, '$2b$04$al9Ou56Qu.IVqaQ58aWlGOH3T1DURzMOjIvKH.IEvo7BpxA.eyCUO', '2026-12-01 11:08:52.403747+00', '2026-12-01 11:08:52.403747+00');
INSERT INTO public.users VALUES ('61d3ea2d-453b-4dfd-a6fe-cd65b2652d24', 'viewer@example.org', 'Donor viewer (demo)', 'en', 'viewer', true, '$2b$04$al9Ou56Qu.IVqaQ58aWlGOH3T1DURzMOjIvKH.IEvo7BpxA.eyCUO', '2026-12-01 11:08:52.408175+00', '2026-12-01 11:08:52.408175+00');


--
-- Name: _fluent_migrations _fluent_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT _fluent_migrations_pkey PRIMARY KEY (id);


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
-- Name: clusters clusters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.clusters
    ADD CONSTRAINT clusters_pkey PRIMARY KEY (id);


--
-- Name: countries countries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.countries
    ADD CONSTRAINT countries_pkey PRIMARY KEY (id);


--
-- Name: memberships memberships_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_pkey PRIMARY KEY (id);


--
-- Name: networks networks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.networks
    ADD CONSTRAINT networks_pkey PRIMARY KEY (id);


--
-- Name: persons persons_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.persons
    ADD CONSTRAINT persons_pkey PRIMARY KEY (id);


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
-- Name: _fluent_migrations uq:_fluent_migrations.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT "uq:_fluent_migrations.name" UNIQUE (name);


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
-- Name: countries uq:countries.code; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.countries
    ADD CONSTRAINT "uq:countries.code" UNIQUE (code);


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
-- Name: memberships_network; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX memberships_network ON public.memberships USING btree (network_id);


--
-- Name: project_countries_code; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX project_countries_code ON public.project_countries USING btree (country_code);


--
-- Name: sign_in_failures_address; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sign_in_failures_address ON public.sign_in_failures USING btree (address);


--
-- Name: sign_in_failures_email; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sign_in_failures_email ON public.sign_in_failures USING btree (email);


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
-- Name: persons persons_organisation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.persons
    ADD CONSTRAINT persons_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES public.actors(id) ON DELETE RESTRICT;


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
-- Name: sessions sessions_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


