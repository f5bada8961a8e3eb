import Foundation

/// The Analytic Hierarchy Process (Saaty): weights from a pairwise-comparison matrix as its principal
/// eigenvector (LAPACK `dgeev`), with the consistency index `CI = (λmax − n) / (n − 1)` and ratio
/// `CR = CI / RI(n)` against Saaty's random index.
public struct AHPResult: Sendable {
    public let order: [String]
    /// The principal eigenvector, scaled to sum to 1.
    public let weights: [Double]
    public let lambdaMax: Double
    public let consistencyIndex: Double
    public let consistencyRatio: Double
    /// The pair whose judgement departs most from the weights: the largest |ln(a_ij · w_j / w_i)|.
    public let mostInconsistentPair: (String, String, judged: Double, implied: Double)?
}

public enum AHP {
    /// The record outputs carry of one analysed block.
    static func consistency(_ r: AHPResult, block: String) -> AHPConsistency {
        let n = r.order.count
        let ri = n >= 1 && n <= randomIndex.count ? randomIndex[n - 1] : randomIndex.last ?? 0
        return AHPConsistency(block: block, size: n, lambdaMax: r.lambdaMax, consistencyIndex: r.consistencyIndex, randomIndex: ri,
                              consistencyRatio: r.consistencyRatio, acceptedInconsistent: r.consistencyRatio > maximumConsistencyRatio)
    }

    /// Saaty's random consistency index for n = 1…10.
    public static let randomIndex: [Double] = [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]
    /// The usual ceiling on the consistency ratio.
    public static let maximumConsistencyRatio = 0.1

    public static func analyse(_ matrix: Matrix, order: [String]) throws -> AHPResult {
        let n = matrix.rows
        let principal = try matrix.principalEigen()
        let sum = principal.vector.reduce(0, +)
        let weights = principal.vector.map { $0 / sum }
        let ci = n > 1 ? (principal.value - Double(n)) / Double(n - 1) : 0
        let ri = n <= randomIndex.count ? randomIndex[n - 1] : randomIndex.last!
        let cr = ri > 0 ? ci / ri : 0
        var worst: (String, String, judged: Double, implied: Double)?
        var worstDeparture = 0.0
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                let departure = abs(log(matrix[i, j] * weights[j] / weights[i]))
                if departure > worstDeparture {
                    worstDeparture = departure
                    worst = (order[i], order[j], matrix[i, j], weights[i] / weights[j])
                }
            }
        }
        return AHPResult(order: order, weights: weights, lambdaMax: principal.value, consistencyIndex: ci,
                         consistencyRatio: cr, mostInconsistentPair: worst)
    }
}

/// Reads an AHP file: pairwise matrices for the dimensions and/or for the elements of a dimension.
///
/// ```yaml
/// dimensions:
///   order: [governance, branding, economy, living, society, environment]
///   matrix:
///     - [1, 3, 2, 1, 1, 2]
///     - [1/3, 1, 1/2, 1/3, 1/3, 1/2]
///     …
/// elements:
///   governance:
///     order: [public_services, bureaucratic_management, public_policy]
///     matrix: [[1, 2, 3], [1/2, 1, 2], [1/3, 1/2, 1]]
/// ```
public enum AHPFile {
    public static func load(path: String, framework: Framework, allowInconsistent: Bool) throws -> (WeightSet, [AHPResult]) {
        let root = try YAMLNode.load(path: path)
        try root.rejectUnknownKeys(["dimensions", "elements"], in: "an AHP file")
        var set = WeightSet(kind: .ahp, name: "ahp:\(path)")
        var results: [AHPResult] = []
        if let block = try root.optional("dimensions") {
            let result = try analyse(block, allowed: Framework.dimensionIDs, what: "the dimensions", allowInconsistent: allowInconsistent)
            for (id, w) in zip(result.order, result.weights) { set.dimensions[id] = w }
            results.append(result)
            set.consistency.append(AHP.consistency(result, block: "dimensions"))
        }
        if let elements = try root.optional("elements") {
            for (key, block) in try elements.pairs() {
                let dimensionID = try key.string()
                guard let dimension = framework.dimension(dimensionID) else {
                    throw key.error(.loaderUnknownDimension, ["dimension": dimensionID], hint: .loaderUseOneOfHint,
                                    hintArguments: ["values": Framework.dimensionIDs.joined(separator: ", ")])
                }
                let result = try analyse(block, allowed: dimension.elements.map(\.id), what: "the elements of \(dimensionID)",
                                         allowInconsistent: allowInconsistent)
                for (id, w) in zip(result.order, result.weights) { set.elements["\(dimensionID)/\(id)"] = w }
                results.append(result)
                set.consistency.append(AHP.consistency(result, block: "elements/\(dimensionID)"))
            }
        }
        guard !results.isEmpty else {
            throw root.error(.ahpNoMatrix)
        }
        return (set, results)
    }

    static func analyse(_ block: YAMLNode, allowed: [String], what: String, allowInconsistent: Bool) throws -> AHPResult {
        try block.rejectUnknownKeys(["order", "matrix"], in: "the AHP block of \(what)")
        let orderNode = try block.required("order", in: "the AHP block of \(what)")
        let order = try orderNode.sequence().map { try $0.string() }
        guard Set(order) == Set(allowed), order.count == allowed.count else {
            throw orderNode.error(.ahpOrder, ["what": what, "allowed": allowed.joined(separator: ", ")])
        }
        let rows = try block.required("matrix", in: "the AHP block of \(what)").sequence()
        let n = order.count
        guard rows.count == n else { throw block.error(.ahpRowCount, ["what": what, "rows": String(rows.count), "needed": String(n)]) }
        var matrix = Matrix(rows: n, columns: n)
        for (i, rowNode) in rows.enumerated() {
            let cells = try rowNode.sequence()
            guard cells.count == n else { throw rowNode.error(.ahpEntryCount, ["row": String(i + 1), "count": String(cells.count), "needed": String(n)]) }
            for (j, cell) in cells.enumerated() {
                let value = try judgement(cell)
                // Saaty's scale: 1/9 … 9 (a little slack so that a typed 0.111 counts as 1/9).
                guard value.isFinite, value >= 1.0 / 9 - 1e-3, value <= 9 + 1e-9 else {
                    throw cell.error(.ahpJudgementRange, ["value": JSONValue.format(value)])
                }
                matrix[i, j] = value
            }
        }
        for i in 0..<n {
            guard abs(matrix[i, i] - 1) < 1e-9 else {
                throw rows[i].error(.ahpDiagonal, ["item": order[i]])
            }
            for j in 0..<n where abs(matrix[i, j] * matrix[j, i] - 1) > 0.02 {
                throw try rows[i].sequence()[j].error(
                    .ahpNotReciprocal,
                    ["a": order[i], "b": order[j], "ab": JSONValue.format(matrix[i, j]), "ba": JSONValue.format(matrix[j, i])],
                    hint: .ahpNotReciprocalHint)
            }
        }
        let result = try AHP.analyse(matrix, order: order)
        if result.consistencyRatio > AHP.maximumConsistencyRatio && !allowInconsistent {
            var hint = TextKey.ahpInconsistentHint, hintArguments: [String: String] = [:]
            if let p = result.mostInconsistentPair {
                hint = .ahpInconsistentPairHint
                hintArguments = ["a": p.0, "b": p.1, "judged": String(format: "%.3g", p.judged), "implied": String(format: "%.3g", p.implied)]
            }
            throw block.error(.ahpInconsistent, ["what": what, "ratio": String(format: "%.3f", result.consistencyRatio)],
                              hint: hint, hintArguments: hintArguments)
        }
        return result
    }

    /// A judgement: a number, or a fraction such as `1/3`.
    static func judgement(_ node: YAMLNode) throws -> Double {
        if let text = node.node.scalar?.string, text.contains("/") {
            let parts = text.split(separator: "/").map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, let a = parts[0], let b = parts[1], b != 0 else {
                throw node.error(.ahpNotAFraction, ["text": text])
            }
            return a / b
        }
        return try node.double()
    }
}
