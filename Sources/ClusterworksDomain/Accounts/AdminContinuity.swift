/// An admin may not disable their own account or give up their own admin role: a programme must
/// never be left with nobody able to manage users. Another admin can make the change.
public enum AdminContinuity {
    public static func problems(changingSelf: Bool, newRole: Role?, active: Bool?) -> ValidationErrors {
        var errors = ValidationErrors()
        guard changingSelf else { return errors }
        if let newRole, newRole != .admin { errors.add("role", L("cannot be changed on your own account; ask another administrator")) }
        if active == false { errors.add("active", L("cannot be switched off on your own account")) }
        return errors
    }
}
