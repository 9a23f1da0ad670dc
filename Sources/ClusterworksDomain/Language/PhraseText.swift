/// The literal inside `L("…")`: each interpolation becomes a numbered mark of the template and a
/// value apart, so `L("\(n) of \(total) indicators")` has the key `"{1} of {2} indicators"`.
public struct PhraseText: ExpressibleByStringInterpolation, Sendable {
    let template: String
    let arguments: [Phrase.Argument]

    public init(stringLiteral value: String) {
        template = value
        arguments = []
    }

    public init(stringInterpolation: Interpolation) {
        template = stringInterpolation.template
        arguments = stringInterpolation.arguments
    }

    public struct Interpolation: StringInterpolationProtocol, Sendable {
        var template = ""
        var arguments: [Phrase.Argument] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) { template += literal }

        private mutating func mark(_ a: Phrase.Argument) {
            arguments.append(a)
            template += "{\(arguments.count)}"
        }

        public mutating func appendInterpolation(_ text: String) { mark(.text(text)) }
        public mutating func appendInterpolation(_ text: String?) { mark(.text(text ?? "")) }
        public mutating func appendInterpolation(_ n: Int) { mark(.count(n)) }
        public mutating func appendInterpolation(_ phrase: Phrase) { mark(.phrase(phrase)) }
        public mutating func appendInterpolation(_ phrase: Phrase?) { mark(phrase.map { .phrase($0) } ?? .text("")) }
        public mutating func appendInterpolation(_ choice: some Choice) { mark(.phrase(choice.label)) }
        public mutating func appendInterpolation(number: Double) { mark(.number(number)) }
        public mutating func appendInterpolation(date: String) { mark(.date(date)) }
        public mutating func appendInterpolation(_ date: CalendarDate) { mark(.date(date.description)) }
        public mutating func appendInterpolation(_ number: Double) { mark(.number(number)) }
    }
}
