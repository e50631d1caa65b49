// The formulas of the hidden network's page as MathML, each read aloud as its plain-text form.
extension HiddenWalkthroughContext {
    /// "W⁽²⁾": a quantity of layer l, its layer raised in parentheses.
    func layered(_ name: String, _ l: Int, transposed: Bool = false) -> String {
        let base = MathML.sup(
            MathML.identifier(name), MathML.row(MathML.op("("), MathML.integer(l), MathML.op(")")))
        return transposed ? MathML.sup(MathML.row(base), MathML.identifier("T")) : base
    }

    /// Z⁽ˡ⁾ = W⁽ˡ⁾ᵀ·A⁽ˡ⁻¹⁾ + b⁽ˡ⁾,  A⁽ˡ⁾ = σ(Z⁽ˡ⁾) (z and s for the output layer).
    func forwardMath(_ l: Int, label: String) -> String {
        let output = l == layerCount
        let z = output ? MathML.identifier("z") : layered("Z", l)
        let a = output ? MathML.identifier("s") : layered("A", l)
        return MathML.block(
            z, MathML.op("="), layered("W", l, transposed: true), MathML.op("·"), layered("A", l - 1), MathML.op("+"),
            layered("b", l), MathML.op(","), MathML.text("  "), a, MathML.op("="), MathML.identifier("σ"),
            MathML.op("("), z, MathML.op(")"), label: label)
    }

    /// δ⁽ᴸ⁾ = s − y, or ŷ − y under the thresholded rule.
    func outputDeltaMath(label: String) -> String {
        let prediction = settings.rule == .logistic ? MathML.identifier("s") : MathML.identifier("ŷ")
        return MathML.inline(
            layered("δ", layerCount), MathML.op("="), prediction, MathML.op("−"), MathML.identifier("y"), label: label)
    }

    /// δ⁽ˡ⁾ = (W⁽ˡ⁺¹⁾·δ⁽ˡ⁺¹⁾) ⊙ σ′(Z⁽ˡ⁾).
    func hiddenDeltaMath(_ l: Int, label: String) -> String {
        MathML.inline(
            layered("δ", l), MathML.op("="), MathML.op("("), layered("W", l + 1), MathML.op("·"), layered("δ", l + 1),
            MathML.op(")"), MathML.op("⊙"), MathML.identifier("σ′"), MathML.op("("), layered("Z", l), MathML.op(")"),
            label: label)
    }

    /// dW⁽ˡ⁾ = A⁽ˡ⁻¹⁾·δ⁽ˡ⁾ᵀ/m,  db⁽ˡ⁾ = Σᵢ δ⁽ˡ⁾/m.
    func gradientMath(_ l: Int, label: String) -> String {
        let m = MathML.identifier("m")
        let dW = MathML.sup(
            MathML.name("dW"), MathML.row(MathML.op("("), MathML.integer(l), MathML.op(")")))
        let db = MathML.sup(
            MathML.name("db"), MathML.row(MathML.op("("), MathML.integer(l), MathML.op(")")))
        return MathML.inline(
            dW, MathML.op("="),
            MathML.fraction(MathML.row(layered("A", l - 1), MathML.op("·"), layered("δ", l, transposed: true)), m),
            MathML.op(","), MathML.text("  "), db, MathML.op("="),
            MathML.fraction(MathML.row(MathML.sub(MathML.op("Σ"), MathML.identifier("i")), layered("δ", l)), m),
            label: label)
    }
}
