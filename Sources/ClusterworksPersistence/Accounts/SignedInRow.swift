import FluentKit
import SQLKit

/// A session or an API token found by the hash of its secret, with its user, in one query whose
/// text is written once: every signed-in request asks it, and building the same joined statement
/// through Fluent on each (quoting some thirty column names) was a sixth of a portfolio view.
public enum SignedInRow {
    public static func session(hash: String, on db: any Database) async throws -> SessionModel? {
        guard let sql = db as? any SQLDatabase else {
            let found = try await SessionModel.query(on: db).join(UserModel.self, on: \SessionModel.$user.$id == \UserModel.$id)
                .filter(\.$tokenHash == hash).first()
            found?.$user.value = try found?.joined(UserModel.self)
            return found
        }
        guard let row = try await sql.raw("\(unsafeRaw: sessionSelect) WHERE s.token_hash = \(bind: hash) LIMIT 1").first() else { return nil }
        let session = try model(SessionModel.self, row, prefix: "s_")
        session.$user.value = try model(UserModel.self, row, prefix: "u_")
        return session
    }

    /// An API token that is not revoked.
    public static func token(hash: String, on db: any Database) async throws -> APITokenModel? {
        guard let sql = db as? any SQLDatabase else {
            let found = try await APITokenModel.query(on: db).join(UserModel.self, on: \APITokenModel.$user.$id == \UserModel.$id)
                .filter(\.$tokenHash == hash).filter(\.$revokedAt == nil).first()
            found?.$user.value = try found?.joined(UserModel.self)
            return found
        }
        guard let row = try await sql.raw("\(unsafeRaw: tokenSelect) WHERE s.token_hash = \(bind: hash) AND s.revoked_at IS NULL LIMIT 1").first() else { return nil }
        let token = try model(APITokenModel.self, row, prefix: "s_")
        token.$user.value = try model(UserModel.self, row, prefix: "u_")
        return token
    }

    private static let sessionSelect = select(SessionModel.self)
    private static let tokenSelect = select(APITokenModel.self)

    /// `SELECT` every column of the secret's table (as s_…) and of its user (as u_…), joined.
    private static func select<M: Model>(_ type: M.Type) -> String {
        func columns(_ keys: [FieldKey], _ table: String) -> [String] { keys.map { "\(table).\"\($0.description)\" AS \"\(table)_\($0.description)\"" } }
        let list = (columns(M.keys, "s") + columns(UserModel.keys, "u")).joined(separator: ", ")
        return "SELECT \(list) FROM \"\(M.schema)\" s JOIN \"\(UserModel.schema)\" u ON u.\"id\" = s.\"user_id\""
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
