/// The texts a field accepts, as JSON Schema patterns that say what the domain's parser checks:
/// no control characters (a single line allows a tab; paragraphs also line breaks), something other
/// than spaces when the field is required, list items without the `;` and line breaks a form uses to
/// separate them, dates in the years a programme record may carry.
enum TextPattern {
    /// Control characters but the tab.
    private static let lineControls = #"\u0000-\u0008\u000A-\u001F\u007F-\u009F"#
    /// Control characters but tab and line breaks.
    private static let paragraphControls = #"\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F"#
    /// Every control character, `;` and the separators a form's list is split at.
    private static let itemExcluded = #";\u0000-\u001F\u007F-\u009F\u2028\u2029"#

    static func line(required: Bool) -> String { pattern(excluding: lineControls, required: required) }
    static func paragraphs(required: Bool) -> String { pattern(excluding: paragraphControls, required: required) }
    static func item(required: Bool) -> String { pattern(excluding: itemExcluded, required: required) }

    /// Any number of allowed characters, with one that is not a space among them when required.
    private static func pattern(excluding excluded: String, required: Bool) -> String {
        required ? "^[^\(excluded)]*[^\\s\(excluded)][^\(excluded)]*$" : "^[^\(excluded)]*$"
    }

    /// As `EmailAddress` reads one: a local part of at most 64 characters, a domain of two or more
    /// dot-separated labels that neither start nor end with a hyphen; no spaces, quotes or brackets.
    static let email = #"^[^\s\u0000-\u001F\u007F-\u009F<>"@]{1,64}@([^\s\u0000-\u001F\u007F-\u009F<>"@.-]([^\s\u0000-\u001F\u007F-\u009F<>"@.]*[^\s\u0000-\u001F\u007F-\u009F<>"@.-])?\.)+[^\s\u0000-\u001F\u007F-\u009F<>"@.-]([^\s\u0000-\u001F\u007F-\u009F<>"@.]*[^\s\u0000-\u001F\u007F-\u009F<>"@.-])?$"#

    /// YYYY-MM-DD from 1900 to 2100 (`format: date` checks the day exists).
    static let date = "^(19[0-9]{2}|20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
}
