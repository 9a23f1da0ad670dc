import FluentKit

/// Countries, projects, actors, persons, clusters, networks and memberships. Deleting a record that
/// others point to is refused by the database (a 409 for the user), except where the pointer is a
/// part of the record deleted (a project's countries, a network's memberships).
struct CreateRegistries: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(CountryModel.schema)
            .id()
            .field("code", .string, .required).unique(on: "code")
            .field("iso3", .string)
            .field("name_en", .string, .required).field("name_es", .string, .required).field("name_fr", .string, .required)
            .field("created_at", .datetime).field("updated_at", .datetime)
            .create()
        try await db.schema(ProjectModel.schema)
            .id()
            .field("code", .string, .required).unique(on: "code")
            .field("title", .string, .required)
            .field("summary", .string)
            .field("status", .string, .required)
            .field("planned_start", .string).field("planned_end", .string)
            .field("actual_start", .string).field("actual_end", .string)
            .field("budget", .double).field("currency", .string)
            .field("funders", .string, .required).field("counterparts", .string, .required)
            .field("lines_of_work", .string, .required)
            .field("created_at", .datetime).field("updated_at", .datetime)
            .create()
        try await db.schema(ProjectCountryModel.schema)
            .id()
            .field("project_id", .uuid, .required, .references(ProjectModel.schema, .id, onDelete: .cascade))
            .field("country_code", .string, .required, .references(CountryModel.schema, "code", onDelete: .restrict))
            .unique(on: "project_id", "country_code")
            .create()
        try await createActors(db)
        try await createClustersAndNetworks(db)
    }

    private func createActors(_ db: any Database) async throws {
        try await db.schema(ActorModel.schema)
            .id()
            .field("kind", .string, .required).field("name", .string, .required).field("acronym", .string)
            .field("institution_type", .string)
            .field("country_code", .string, .required, .references(CountryModel.schema, "code", onDelete: .restrict))
            .field("location", .string).field("latitude", .double).field("longitude", .double)
            .field("sector_code", .string).field("products", .string, .required)
            .field("employees", .int).field("employees_female", .int).field("employees_male", .int)
            .field("year_founded", .int).field("size_class", .string).field("description", .string)
            .field("created_at", .datetime).field("updated_at", .datetime)
            .create()
        try await db.schema(PersonModel.schema)
            .id()
            .field("name", .string, .required)
            .field("organisation_id", .uuid, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("role", .string).field("sex", .string).field("year_of_birth", .int)
            .field("email", .string).field("phone", .string)
            .field("created_at", .datetime).field("updated_at", .datetime)
            .create()
    }

    private func createClustersAndNetworks(_ db: any Database) async throws {
        try await db.schema(ClusterModel.schema)
            .id()
            .field("name", .string, .required)
            .field("country_code", .string, .required, .references(CountryModel.schema, "code", onDelete: .restrict))
            .field("place", .string, .required).field("latitude", .double).field("longitude", .double)
            .field("sector", .string, .required).field("products", .string, .required)
            .field("estimated_firms", .int).field("employment", .int).field("exports_usd", .double)
            .field("project_id", .uuid, .references(ProjectModel.schema, .id, onDelete: .restrict))
            .field("stage", .string, .required).field("description", .string)
            .field("created_at", .datetime).field("updated_at", .datetime)
            .create()
        try await db.schema(NetworkModel.schema)
            .id()
            .field("name", .string, .required).field("kind", .string, .required)
            .field("country_code", .string, .required, .references(CountryModel.schema, "code", onDelete: .restrict))
            .field("cluster_id", .uuid, .references(ClusterModel.schema, .id, onDelete: .restrict))
            .field("project_id", .uuid, .references(ProjectModel.schema, .id, onDelete: .restrict))
            .field("phase", .string, .required).field("formed_on", .string).field("description", .string)
            .field("created_at", .datetime).field("updated_at", .datetime)
            .create()
        try await db.schema(MembershipModel.schema)
            .id()
            .field("network_id", .uuid, .required, .references(NetworkModel.schema, .id, onDelete: .cascade))
            .field("actor_id", .uuid, .required, .references(ActorModel.schema, .id, onDelete: .restrict))
            .field("role", .string, .required).field("joined_on", .string, .required)
            .field("left_on", .string).field("leaving_reason", .string).field("notes", .string)
            .field("created_at", .datetime).field("updated_at", .datetime)
            .create()
    }

    func revert(on db: any Database) async throws {
        for table in [MembershipModel.schema, NetworkModel.schema, ClusterModel.schema, PersonModel.schema,
                      ActorModel.schema, ProjectCountryModel.schema, ProjectModel.schema, CountryModel.schema] {
            try await db.schema(table).delete()
        }
    }
}
