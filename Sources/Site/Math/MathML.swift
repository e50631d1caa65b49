import Formats
import Foundation

/// Small MathML Core fragments for the formulas, so the pages need no script to show them.
///
/// Every function returns markup the program built itself; the only text from outside passes
/// through `escapeHTML`.
enum MathML {
    /// A displayed formula; `label` is read by screen readers in place of the markup.
    static func block(_ parts: String..., label: String) -> String {
        "<math display=\"block\" aria-label=\"\(escapeHTML(label))\">" + parts.joined() + "</math>"
    }

    /// A formula inside a sentence.
    static func inline(_ parts: String..., label: String) -> String {
        "<math aria-label=\"\(escapeHTML(label))\">" + parts.joined() + "</math>"
    }

    /// An identifier such as W, b, σ.
    static func identifier(_ name: String) -> String { "<mi>\(escapeHTML(name))</mi>" }

    /// An identifier in upright type (multi-letter names such as "dW").
    static func name(_ name: String) -> String { "<mi mathvariant=\"normal\">\(escapeHTML(name))</mi>" }

    /// A number as the prose shows it (`Display.short`), the minus as an operator.
    static func number(_ value: Double) -> String {
        let text = Display.short(value)
        if text.hasPrefix("−") { return "<mo>−</mo><mn>\(escapeHTML(String(text.dropFirst())))</mn>" }
        return "<mn>\(escapeHTML(text))</mn>"
    }

    /// A whole number.
    static func integer(_ value: Int) -> String { "<mn>\(value)</mn>" }

    /// An operator or fence: =, +, −, ·, ←, (, ).
    static func op(_ symbol: String) -> String { "<mo>\(escapeHTML(symbol))</mo>" }

    /// Plain words inside a formula.
    static func text(_ words: String) -> String {
        // MathML collapses the spaces at the ends of <mtext>; no-break spaces keep them.
        let kept = words.replacingOccurrences(of: " ", with: "\u{A0}")
        return "<mtext>\(escapeHTML(kept))</mtext>"
    }

    /// A group that lays out as one unit.
    static func row(_ parts: String...) -> String { "<mrow>" + parts.joined() + "</mrow>" }

    /// A group built from a list.
    static func row(_ parts: [String]) -> String { "<mrow>" + parts.joined() + "</mrow>" }

    /// base with a subscript.
    static func sub(_ base: String, _ index: String) -> String { "<msub>\(base)\(index)</msub>" }

    /// base with a superscript.
    static func sup(_ base: String, _ exponent: String) -> String { "<msup>\(base)\(exponent)</msup>" }

    /// A fraction.
    static func fraction(_ numerator: String, _ denominator: String) -> String {
        "<mfrac>\(numerator)\(denominator)</mfrac>"
    }

    /// A per-sample quantity with the sample in a raised index: e⁽ⁱ⁾.
    static func ofSample(_ name: String) -> String {
        sup(identifier(name), row(op("("), identifier("i"), op(")")))
    }

    /// A big operator with limits below and above, such as Σ from i = 1 to m.
    static func underOver(_ base: String, _ under: String, _ over: String) -> String {
        "<munderover>\(base)\(under)\(over)</munderover>"
    }

    /// A matrix in square brackets; each inner list is a row of cells.
    static func matrix(_ rows: [[String]]) -> String {
        let body = rows.map { row in "<mtr>" + row.map { "<mtd>\($0)</mtd>" }.joined() + "</mtr>" }.joined()
        return "<mrow><mo>[</mo><mtable>\(body)</mtable><mo>]</mo></mrow>"
    }

    /// Several formulas stacked, each on its own line, aligned at the left.
    static func lines(_ rows: [String]) -> String {
        "<mtable columnalign=\"left\">" + rows.map { "<mtr><mtd>\($0)</mtd></mtr>" }.joined() + "</mtable>"
    }
}
