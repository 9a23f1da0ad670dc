import FluentKit
import SQLKit

/// What a user signs in with: a browser session or an API token, stored by the hash of its secret.
public protocol UserSecret: Model {
    var owner: ParentProperty<Self, UserModel> { get }
}

extension SessionModel: UserSecret {
    public var owner: ParentProperty<SessionModel, UserModel> { $user }
}

extension APITokenModel: UserSecret {
    public var owner: ParentProperty<APITokenModel, UserModel> { $user }
}

/// A session or an API token found by the hash of its secret, with its user, in one query whose
/// text is written once: every signed-in request asks it, and building the same joined statement
/// through Fluent on each (quoting some thirty column names) was a sixth of a portfolio view.
public enum SignedInRow {
    public static func session(hash: String, on db: any Database) async throws -> SessionModel? {
        try await read(sessionText, hash: hash, on: db) { $0.filter(\.$tokenHash == hash) }
    }

    /// An API token that is not revoked.
    public static func token(hash: String, on db: any Database) async throws -> APITokenModel? {
        try await read(tokenText, hash: hash, on: db) { $0.filter(\.$tokenHash == hash).filter(\.$revokedAt == nil) }
    }

    /// The statement around the hash: what comes before its bind and what after.
    private struct Text<M: UserSecret>: Sendable {
        let head: String
        let tail: String
    }

    private static let sessionText = text(SessionModel.self, condition: "")
    private static let tokenText = text(APITokenModel.self, condition: " AND s.revoked_at IS NULL")

    /// `SELECT` every column of the secret's table (as s_…) and of its user (as u_…), joined, by hash.
    private static func text<M: UserSecret>(_ type: M.Type, condition: String) -> Text<M> {
        func columns(_ keys: [FieldKey], _ table: String) -> [String] { keys.map { "\(table).\"\($0.description)\" AS \"\(table)_\($0.description)\"" } }
        let list = (columns(M.keys, "s") + columns(UserModel.keys, "u")).joined(separator: ", ")
        return Text(head: "SELECT \(list) FROM \"\(M.schema)\" s JOIN \"\(UserModel.schema)\" u ON u.\"id\" = s.\"user_id\" WHERE s.token_hash = ",
                    tail: "\(condition) LIMIT 1")
    }

    /// The secret with its user; a database without SQL asks Fluent, in two queries.
    private static func read<M: UserSecret>(_ text: Text<M>, hash: String, on db: any Database,
                                            fluent: (QueryBuilder<M>) -> QueryBuilder<M>) async throws -> M? {
        guard let sql = db as? any SQLDatabase else {
            guard let found = try await fluent(M.query(on: db)).first() else { return nil }
            try await found.owner.load(on: db)
            return found
        }
        guard let row = try await sql.raw("\(unsafeRaw: text.head)\(bind: hash)\(unsafeRaw: text.tail)").first() else { return nil }
        let secret = try model(M.self, row, prefix: "s_")
        secret.owner.value = try model(UserModel.self, row, prefix: "u_")
        return secret
    }

    private static func model<M: Model>(_ type: M.Type, _ row: any SQLRow, prefix: String) throws -> M {
        let model = M()
        try model.output(from: PrefixedOutput(row: row, prefix: prefix))
        return model
    }

    /// One table's columns of a joined row, read by their unprefixed keys.
    private struct PrefixedOutput: DatabaseOutput {
        let row: any SQLRow
        let prefix: String
        var description: String { "\(prefix)… of \(row)" }
        func schema(_ schema: String) -> any DatabaseOutput { self }
        func contains(_ key: FieldKey) -> Bool { row.contains(column: prefix + key.description) }
        func decodeNil(_ key: FieldKey) throws -> Bool { try row.decodeNil(column: prefix + key.description) }
        func decode<T: Decodable>(_ key: FieldKey, as type: T.Type) throws -> T { try row.decode(column: prefix + key.description, as: T.self) }
    }
}
