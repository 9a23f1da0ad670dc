import ClusterworksDomain

/// A submission refused with every problem named by its field.
package struct FieldErrors: Error, Sendable {
    package enum Kind: Sendable {
        /// The values break the rules (422 on the web).
        case invalid
        /// A value another record already holds, and nothing else wrong (409).
        case conflict
        /// The submission cannot be read at all: a bad query parameter, an oversized field (400).
        case malformed
    }

    package let errors: ValidationErrors
    package var kind: Kind

    package init(errors: ValidationErrors, kind: Kind = .invalid) {
        self.errors = errors
        self.kind = kind
    }

    /// A duplicate is a conflict when it is the only problem; with others the submission is simply
    /// not valid yet, every problem named.
    package init(errors: ValidationErrors, duplicate: String?) {
        self.init(errors: errors, kind: duplicate != nil && errors.fields.count == 1 ? .conflict : .invalid)
    }
}
