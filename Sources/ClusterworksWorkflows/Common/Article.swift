extension String {
    /// "an event", "a tie".
    package var withArticle: String { ("aeiou".contains(prefix(1).lowercased()) ? "an " : "a ") + self }
}
