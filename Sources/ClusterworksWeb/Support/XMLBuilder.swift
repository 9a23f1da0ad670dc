/// Writes XML element by element, escaping text and attribute values; attributes keep the order given.
struct XMLBuilder {
    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var depth = 0

    mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
        text += indent + "<" + name + Self.attributes(attributes) + ">\n"
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        text += indent + "</" + name + ">\n"
    }

    /// An element without children, or with text only.
    mutating func leaf(_ name: String, _ attributes: [(String, String?)] = [], text content: String? = nil) {
        if let content { text += indent + "<" + name + Self.attributes(attributes) + ">" + HTML.escape(content) + "</" + name + ">\n" }
        else { text += indent + "<" + name + Self.attributes(attributes) + "/>\n" }
    }

    /// An element holding one narrative (titles, descriptions, organisation names).
    mutating func narrative(_ name: String, _ attributes: [(String, String?)] = [], _ content: String) {
        open(name, attributes)
        leaf("narrative", text: content)
        close(name)
    }

    private var indent: String { String(repeating: " ", count: depth) }

    private static func attributes(_ list: [(String, String?)]) -> String {
        list.compactMap { key, value in value.map { " \(key)=\"\(HTML.escape($0))\"" } }.joined()
    }
}
