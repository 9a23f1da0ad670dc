/// Where a browser goes after signing in. Only a path on this site: one leading `/`, printable
/// ASCII without spaces or backslashes, so a crafted link can neither send someone to another site
/// (browsers drop tabs and read `\` as `/`, making `/\t/x` and `/\x` into `//x`) nor smuggle a header
/// into the redirect through a line break.
public enum ReturnPath {
    public static let home = "/"
    static let maximumLength = 500

    public static func safe(_ candidate: String?) -> String {
        guard let path = candidate, path.utf8.count <= maximumLength, path.hasPrefix("/"), !path.hasPrefix("//") else { return home }
        let printable = path.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && $0 != "\\" }
        return printable ? path : home
    }
}
