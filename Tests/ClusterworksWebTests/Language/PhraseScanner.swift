import Foundation

/// Finds every `L("…")` in the Swift sources and turns it into its catalogue key, the way
/// `PhraseText` builds the key at run time: each interpolation becomes `{1}`, `{2}`…
enum PhraseScanner {
    static var sourcesRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
    }

    /// Every key with the files it appears in.
    static func keys(under root: URL = sourcesRoot) throws -> [String: [String]] {
        var found: [String: [String]] = [:]
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        for file in files {
            let text = Array(try String(contentsOf: file, encoding: .utf8).unicodeScalars)
            for key in keys(in: text) { found[key, default: []].append(file.lastPathComponent) }
        }
        return found
    }

    static func keys(in s: [Unicode.Scalar]) -> [String] {
        var out: [String] = []
        var i = 0
        while i + 2 < s.count {
            if s[i] == "L", s[i + 1] == "(", s[i + 2] == "\"", i == 0 || !isIdentifier(s[i - 1]),
               let (key, _) = literal(s, from: i + 2) {
                out.append(key)
                // A phrase may hold another in its interpolations: read on inside it.
                i += 3
            } else {
                i += 1
            }
        }
        return out
    }

    private static func isIdentifier(_ c: Unicode.Scalar) -> Bool {
        CharacterSet.alphanumerics.contains(c) || c == "_" || c == "."
    }

    /// The literal starting at the quote `s[start]`, its interpolations numbered; nil when it spans lines.
    static func literal(_ s: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var i = start + 1
        var out = ""
        var marks = 0
        while i < s.count {
            let c = s[i]
            if c == "\"" { return (out, i + 1) }
            if c == "\n" { return nil }
            if c == "\\", i + 1 < s.count {
                let d = s[i + 1]
                if d == "(" {
                    guard let end = closingParenthesis(s, from: i + 2) else { return nil }
                    marks += 1
                    out += "{\(marks)}"
                    i = end
                    continue
                }
                switch d {
                case "n": out += "\n"
                case "t": out += "\t"
                default: out.unicodeScalars.append(d)
                }
                i += 2
                continue
            }
            out.unicodeScalars.append(c)
            i += 1
        }
        return nil
    }

    /// The index after the `)` that closes an interpolation, stepping over nested string literals.
    private static func closingParenthesis(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var depth = 1
        var i = start
        while i < s.count {
            switch s[i] {
            case "\"":
                guard let (_, end) = literal(s, from: i) else { return nil }
                i = end
                continue
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return i + 1 }
            default: break
            }
            i += 1
        }
        return nil
    }
}
