import Foundation

/// Numbers written as C's `%.6g` writes them (six significant digits, trailing zeros dropped,
/// exponent form below 1e-4 and from 1e6), straight into a byte buffer. `String(format:)` took
/// 97 % of the time of writing a cluster map; this takes a fraction of it. Values whose sixth digit
/// sits too close to a rounding tie to decide in binary are handed to the C library, so the text is
/// always the C library's.
public enum SignificantDigits {
    static let digits = 6
    /// 10^0 … 10^22, each exact in a `Double`.
    static let powers: [Double] = (0...22).reduce(into: [1.0]) { p, _ in p.append(p.last! * 10) }

    public static func string(_ d: Double) -> String {
        var out: [UInt8] = []
        append(d, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public static func append(_ d: Double, to out: inout [UInt8]) {
        guard d.isFinite, d != 0, let (mantissa, exponent) = rounded(abs(d)) else { return appendFromC(d, to: &out) }
        if d < 0 { out.append(UInt8(ascii: "-")) }
        // The six figures, least significant first; no buffer is allocated per number.
        var figures = mantissa
        func figure(_ i: Int) -> UInt8 {
            var m = figures
            for _ in 0..<(digits - 1 - i) { m /= 10 }
            return UInt8(ascii: "0") + UInt8(m % 10)
        }
        var last = digits - 1
        while last > 0, figures % 10 == 0 { figures /= 10; last -= 1 }
        figures = mantissa
        func append(_ range: ClosedRange<Int>) { for i in range { out.append(figure(i)) } }
        if exponent < -4 || exponent >= digits {
            out.append(figure(0))
            if last > 0 { out.append(UInt8(ascii: ".")); append(1...last) }
            out.append(UInt8(ascii: "e"))
            out.append(UInt8(ascii: exponent < 0 ? "-" : "+"))
            let e = abs(exponent)
            if e < 10 { out.append(UInt8(ascii: "0")) }
            appendInteger(e, to: &out)
        } else if exponent >= 0 {
            append(0...exponent)
            if last > exponent { out.append(UInt8(ascii: ".")); append((exponent + 1)...last) }
        } else {
            out.append(UInt8(ascii: "0")); out.append(UInt8(ascii: "."))
            for _ in 0..<(-exponent - 1) { out.append(UInt8(ascii: "0")) }
            append(0...last)
        }
    }

    /// The six significant digits as an integer in 100000…999999 and the decimal exponent of the
    /// first, or nil when the binary value lies too near a tie (or out of the table's range).
    static func rounded(_ a: Double) -> (Int, Int)? {
        var exponent = Int(log10(a).rounded(.down))
        func scaled(_ e: Int) -> Double? {
            let k = digits - 1 - e
            guard abs(k) < powers.count else { return nil }
            return k >= 0 ? a * powers[k] : a / powers[-k]
        }
        guard var s = scaled(exponent) else { return nil }
        if s >= 1_000_000 { exponent += 1; guard let t = scaled(exponent) else { return nil }; s = t }
        if s < 100_000 { exponent -= 1; guard let t = scaled(exponent) else { return nil }; s = t }
        // One rounded operation is off by at most half an ulp (~1e-10 here): far from a tie, the
        // nearest integer is the same as for the exact decimal value.
        let fraction = s - s.rounded(.down)
        guard abs(fraction - 0.5) > 1e-6 else { return nil }
        var mantissa = Int(s.rounded())
        if mantissa == 1_000_000 { mantissa = 100_000; exponent += 1 }
        return (mantissa, exponent)
    }

    /// An integer in decimal, as `String(n)` writes it, without making the string.
    public static func appendInteger(_ n: Int, to out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var m = n.magnitude, divisor: UInt = 1
        while m / divisor >= 10 { divisor *= 10 }
        while divisor > 0 { out.append(UInt8(ascii: "0") + UInt8(m / divisor)); m %= divisor; divisor /= 10 }
    }

    static func appendFromC(_ d: Double, to out: inout [UInt8]) {
        var buffer = [CChar](repeating: 0, count: 40)
        let n = withVaList([d]) { vsnprintf(&buffer, buffer.count, "%.6g", $0) }
        out.append(contentsOf: buffer[0..<Int(n)].map { UInt8(bitPattern: $0) })
    }
}
