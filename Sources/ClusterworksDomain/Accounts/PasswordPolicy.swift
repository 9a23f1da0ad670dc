/// Passwords are long rather than complicated. Bcrypt reads only the first 72 bytes, so longer
/// ones are refused instead of silently cut.
public enum PasswordPolicy {
    public static let minimumLength = 12
    public static let maximumBytes = 72

    public static func problems(_ password: String, email: String? = nil) -> [Phrase] {
        var found: [Phrase] = []
        if password.count < minimumLength { found.append(L("must be at least \(minimumLength) characters")) }
        if password.utf8.count > maximumBytes { found.append(L("must be at most \(maximumBytes) bytes")) }
        if let email, !email.isEmpty, password.lowercased() == email.lowercased() {
            found.append(L("must not be the e-mail address"))
        }
        if !password.isEmpty, Set(password).count == 1 { found.append(L("must not repeat one character")) }
        // Bcrypt reads a password up to its first NUL; control characters are never typed on purpose.
        if password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            found.append(L("must not contain control characters"))
        }
        return found
    }
}
