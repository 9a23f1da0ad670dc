import FluentKit
import Foundation

/// One failed sign-in, kept for the throttle's window only.
public final class SignInFailureModel: Model, @unchecked Sendable {
    public static let schema = "sign_in_failures"

    @ID(key: .id) public var id: UUID?
    @Field(key: "email") public var email: String
    @Field(key: "address") public var address: String
    @Field(key: "at") public var at: Date

    public init() {}

    /// Listed by hand so Fluent does not find them by reflection on every query (see `ModelPropertiesTests`).
    public var properties: [any AnyProperty] { [$id, $email, $address, $at] }

    public init(email: String, address: String, at: Date) {
        self.email = email
        self.address = address
        self.at = at
    }
}
