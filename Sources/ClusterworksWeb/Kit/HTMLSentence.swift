import ClusterworksDomain

extension HTML {
    /// A whole sentence with markup around some of its values (a link, a code sample): translators
    /// get the sentence in one piece, and each value at index `i` of `wrap` is said, escaped, then wrapped.
    static func sentence(_ phrase: Phrase, wrap: [Int: (HTML) -> HTML]) -> HTML {
        let marked = Phrase(template: phrase.template, arguments: phrase.arguments.enumerated().map { i, a in
            wrap[i] == nil ? a : .text(marker(i))
        }, translatable: phrase.translatable)
        var out = HTML.escape(Wording.current.say(marked))
        for (i, wrapped) in wrap where i < phrase.arguments.count {
            let value = Wording.current.say(Phrase(template: "{1}", arguments: [phrase.arguments[i]], translatable: false))
            out = out.replacingOccurrences(of: marker(i), with: wrapped(HTML(raw: HTML.escape(value))).raw)
        }
        return HTML(raw: out)
    }

    /// Characters of the private-use area: no text of the interface or of the data holds them, and escaping leaves them.
    private static func marker(_ i: Int) -> String { "\u{E000}\(i)\u{E001}" }

    /// A sentence with one value linked.
    static func sentence(_ phrase: Phrase, link: @escaping (HTML) -> HTML) -> HTML { sentence(phrase, wrap: [0: link]) }

    /// Marks a value as data that translators (people's and browsers') leave as it is.
    static func data(_ value: HTML) -> HTML { "<span translate=\"no\">\(value)</span>" }

    /// Wraps a value in `<code>`.
    static func code(_ value: HTML) -> HTML { "<code>\(value)</code>" }
}
