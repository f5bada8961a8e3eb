import Foundation
import Testing
@testable import SmartScore

/// PCA weights as the OECD/JRC Handbook derives them (HandbookPCA), each case worked out a second way in
/// the test: the correlation matrix by loops, its eigenpairs by cyclic Jacobi rotations, the retention rule
/// written out, and the two-factor varimax rotation by a direct search of the criterion instead of the
/// engine's pairwise sweeps (Kaiser's closed-form angle).
@Suite("PCA weights: the Handbook's retention, varimax rotation and factor weights against second computations")
struct HandbookPCATests {
    /// Eigenpairs of a symmetric matrix by cyclic Jacobi rotations, largest first.
    static func jacobi(_ matrix: [[Double]]) -> [(value: Double, vector: [Double])] {
        var a = matrix
        let p = a.count
        var v = (0..<p).map { j in (0..<p).map { $0 == j ? 1.0 : 0.0 } }
        for _ in 0..<100 {
            for i in 0..<p {
                for j in (i + 1)..<p where abs(a[i][j]) > 1e-15 {
                    let theta = (a[j][j] - a[i][i]) / (2 * a[i][j])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    for k in 0..<p {
                        let aki = a[k][i], akj = a[k][j]
                        a[k][i] = c * aki - s * akj; a[k][j] = s * aki + c * akj
                    }
                    for k in 0..<p {
                        let aik = a[i][k], ajk = a[j][k]
                        a[i][k] = c * aik - s * ajk; a[j][k] = s * aik + c * ajk
                    }
                    for k in 0..<p {
                        let vki = v[k][i], vkj = v[k][j]
                        v[k][i] = c * vki - s * vkj; v[k][j] = s * vki + c * vkj
                    }
                }
            }
        }
        return (0..<p).map { j in (value: a[j][j], vector: (0..<p).map { k in v[k][j] }) }.sorted { $0.value > $1.value }
    }

    /// The correlation matrix of the columns of `rows` (no missing values), by loops.
    static func correlation(_ rows: [[Double]]) -> [[Double]] {
        let n = rows.count, p = rows[0].count
        var z = rows
        for j in 0..<p {
            let column = rows.map { $0[j] }
            let mean = column.reduce(0, +) / Double(n)
            let sd = (column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)).squareRoot()
            for i in 0..<n { z[i][j] = (rows[i][j] - mean) / sd }
        }
        return (0..<p).map { j in (0..<p).map { k in (0..<n).reduce(0.0) { $0 + z[$1][j] * z[$1][k] } / Double(n - 1) } }
    }

    /// The Handbook's retention rule, written out: eigenvalue > 1 and ≥ 10 % each; below 60 % together,
    /// further components of ≥ 10 % until 60 %.
    static func retained(_ values: [Double]) -> Int {
        let total = Double(values.count)
        var k = 0
        while k < values.count, values[k] > 1, values[k] / total >= 0.1 { k += 1 }
        k = max(k, 1)
        while values.prefix(k).reduce(0, +) / total < 0.6, k < values.count, values[k] / total >= 0.1 { k += 1 }
        return k
    }

    /// The Handbook's weights from rotated loadings (variables × factors): factor variance shares times the
    /// squared loadings scaled to unity sum, each variable on the factor where that is largest.
    static func weights(_ loadings: [[Double]]) -> [Double] {
        let m = loadings[0].count
        let variance = (0..<m).map { k in loadings.reduce(0) { $0 + $1[k] * $1[k] } }
        let explained = variance.reduce(0, +)
        let raw = loadings.map { row -> Double in
            let scaled = (0..<m).map { row[$0] * row[$0] / variance[$0] }
            let k = scaled.indices.max { scaled[$0] < scaled[$1] }!
            return variance[k] / explained * scaled[k]
        }
        return raw.map { $0 / raw.reduce(0, +) }
    }

    /// The varimax criterion of two rotated columns, Σ_k [mean(l⁴) − mean(l²)²], and its derivative in φ.
    static func criterion(_ x: [Double], _ y: [Double], _ phi: Double) -> (value: Double, slope: Double) {
        let n = Double(x.count)
        let a = zip(x, y).map { $0 * cos(phi) + $1 * sin(phi) }, b = zip(x, y).map { -$0 * sin(phi) + $1 * cos(phi) }
        func mean(_ v: [Double]) -> Double { v.reduce(0, +) / n }
        let a2 = mean(a.map { $0 * $0 }), b2 = mean(b.map { $0 * $0 }), ab = mean(zip(a, b).map { $0 * $1 })
        let value = mean(a.map { pow($0, 4) }) - a2 * a2 + mean(b.map { pow($0, 4) }) - b2 * b2
        // da/dφ = b, db/dφ = −a.
        let slope = 4 * mean(zip(a, b).map { pow($0, 3) * $1 }) - 4 * mean(zip(a, b).map { pow($1, 3) * $0 }) - 4 * a2 * ab + 4 * b2 * ab
        return (value, slope)
    }

    /// The angle that maximises the criterion: the best of a grid, then bisection on the slope.
    static func varimaxAngle(_ x: [Double], _ y: [Double]) -> Double {
        let step = Double.pi / 2 / 3600
        let best = (0..<3600).map { Double($0) * step - Double.pi / 4 }.max { criterion(x, y, $0).value < criterion(x, y, $1).value }!
        var low = best - step, high = best + step
        for _ in 0..<200 {
            let mid = (low + high) / 2
            if criterion(x, y, mid).slope > 0 { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }

    @Test("two factors: retention, the varimax rotation found by direct search and the factor weights agree with the engine to 1e-9")
    func twoFactors() throws {
        var g = SeededGenerator(seed: 11)
        let n = 60
        var rows: [[Double]] = []
        for _ in 0..<n {
            let f = g.nextNormal(), h = g.nextNormal()
            // Two groups of three, one indicator loading on both, so the unrotated components mix the groups.
            rows.append([50 + 10 * f + 3 * g.nextNormal(), 50 + 8 * f + 3 * g.nextNormal(), 50 + 6 * f + 5 * h + 3 * g.nextNormal(),
                         50 + 9 * h + 3 * g.nextNormal(), 50 - 7 * h + 3 * g.nextNormal(), 50 + 8 * h + 4 * g.nextNormal()])
        }
        let p = 6
        let eigen = Self.jacobi(Self.correlation(rows))
        let k = Self.retained(eigen.map(\.value))
        #expect(k == 2, "the data were made with two factors")

        // Kaiser-normalised loadings, rotated by the angle that maximises the varimax criterion, found here
        // by direct search (not Kaiser's closed form, which the engine uses): the criterion on a grid of
        // 3,600 angles over its period π/2, then its derivative's zero by bisection around the best one.
        let loadings = (0..<p).map { j in (0..<2).map { eigen[$0].vector[j] * eigen[$0].value.squareRoot() } }
        let h = loadings.map { ($0[0] * $0[0] + $0[1] * $0[1]).squareRoot() }
        let x = (0..<p).map { loadings[$0][0] / h[$0] }, y = (0..<p).map { loadings[$0][1] / h[$0] }
        let phi = Self.varimaxAngle(x, y)
        let rotated = (0..<p).map { j in
            [(x[j] * cos(phi) + y[j] * sin(phi)) * h[j], (-x[j] * sin(phi) + y[j] * cos(phi)) * h[j]]
        }
        let want = Self.weights(rotated)

        let got = try HandbookPCA.derive(Matrix(rows))
        #expect(got.retained == 2 && !got.extendedBeyondKaiser)
        #expect(abs(got.cumulativeShare - (eigen[0].value + eigen[1].value) / Double(p)) < 1e-12)
        for (gw, w) in zip(got.weights, want) { #expect(abs(gw - w) < 1e-9, "\(gw) vs \(w)") }
        #expect(abs(got.weights.reduce(0, +) - 1) < 1e-12)
        // The rotated loadings themselves, up to the order and sign of the factors.
        let same = (0..<p).allSatisfy { j in abs(abs(got.rotatedLoadings[j, 0]) - abs(rotated[j][0])) < 1e-9
            && abs(abs(got.rotatedLoadings[j, 1]) - abs(rotated[j][1])) < 1e-9 }
        let swapped = (0..<p).allSatisfy { j in abs(abs(got.rotatedLoadings[j, 0]) - abs(rotated[j][1])) < 1e-9
            && abs(abs(got.rotatedLoadings[j, 1]) - abs(rotated[j][0])) < 1e-9 }
        #expect(same || swapped)
        // Simple structure: the f indicators on one factor, the h indicators on the other.
        #expect(got.factor[0] == got.factor[1] && got.factor[3] == got.factor[4] && got.factor[4] == got.factor[5])
        #expect(got.factor[0] != got.factor[3])
    }

    @Test("one strong factor: the weights are the first eigenvector's squared components, no rotation")
    func oneFactor() throws {
        var g = SeededGenerator(seed: 3)
        let rows = (0..<50).map { _ -> [Double] in
            let f = g.nextNormal()
            return [10 * f + g.nextNormal(), 7 * f + 2 * g.nextNormal(), 5 * f + 3 * g.nextNormal()]
        }
        let eigen = Self.jacobi(Self.correlation(rows))
        #expect(Self.retained(eigen.map(\.value)) == 1 && eigen[0].value / 3 >= 0.6)
        let got = try HandbookPCA.derive(Matrix(rows))
        #expect(got.retained == 1)
        // One factor: scaled squared loading = v_j² λ / (λ Σ v²) = v_j², and the factor's share is 1.
        for j in 0..<3 { #expect(abs(got.weights[j] - eigen[0].vector[j] * eigen[0].vector[j]) < 1e-12) }
    }

    @Test("two weakly correlated indicators: the first component explains 55 %, so the second is added to reach 60 %")
    func extendedToSixtyPercent() throws {
        // Columns with correlation exactly 0.1: λ = 1.1 (55 %) and 0.9 (45 %).
        let r = 0.1, s = (1 - r * r).squareRoot()
        let e1: [Double] = [1, -1, 1, -1, 0, 0], e2: [Double] = [0, 0, 1, -1, 1, -1]
        // e1 and e2 have mean 0 and are not orthogonal; orthonormalise, then mix to correlation r.
        let n1 = (e1.reduce(0) { $0 + $1 * $1 }).squareRoot()
        let a = e1.map { $0 / n1 }
        let dot = zip(a, e2).reduce(0) { $0 + $1.0 * $1.1 }
        let b0 = zip(e2, a).map { $0 - dot * $1 }
        let nb = (b0.reduce(0) { $0 + $1 * $1 }).squareRoot()
        let b = b0.map { $0 / nb }
        let rows = (0..<6).map { [a[$0], r * a[$0] + s * b[$0]] }
        #expect(abs(Self.correlation(rows)[0][1] - r) < 1e-12)
        let got = try HandbookPCA.derive(Matrix(rows))
        #expect(abs(got.eigenvalues[0] - 1.1) < 1e-12 && abs(got.eigenvalues[1] - 0.9) < 1e-12)
        #expect(got.retained == 2 && got.extendedBeyondKaiser && abs(got.cumulativeShare - 1) < 1e-12)
        // Each indicator alone on its factor, the two symmetrical: equal weights.
        #expect(got.factor[0] != got.factor[1])
        for w in got.weights { #expect(abs(w - 0.5) < 1e-9) }
    }

    @Test("an indicator that does not vary weighs 0 and is left out of the correlation matrix; an element of one indicator weighs it 1")
    func constantAndSingle() throws {
        let rows: [[Double]] = [[1, 5, 2], [2, 5, 4], [3, 5, 5], [4, 5, 9], [5, 5, 8]]
        let got = try HandbookPCA.derive(Matrix(rows))
        #expect(got.weights[1] == 0 && got.factor[1] == nil && got.eigenvalues.count == 2)
        #expect(abs(got.weights[0] + got.weights[2] - 1) < 1e-12)
        let single = try HandbookPCA.derive(Matrix([[1], [2], [4]]))
        #expect(single.weights == [1])
    }

    /// Two elements: community welfare with three indicators, industry ecosystem with two.
    static func cohort(cities: Int) -> IndicatorMatrix {
        var c = TinyCohort()
        c.indicators = [TinyCohort.indicator("local:W.1"), TinyCohort.indicator("local:W.2"), TinyCohort.indicator("local:W.3"),
                        TinyCohort.indicator("local:I.1", element: "industry_ecosystem"), TinyCohort.indicator("local:I.2", element: "industry_ecosystem")]
        c.cities = TinyCohort.cities(cities)
        var g = SeededGenerator(seed: 5)
        c.rows = (0..<cities).map { _ in
            let f = g.nextNormal(), h = g.nextNormal()
            return [50 + 10 * f + 4 * g.nextNormal(), 50 + 8 * f + 4 * g.nextNormal(), 50 + 9 * f + 6 * g.nextNormal(),
                    50 + 10 * h + 3 * g.nextNormal(), 50 + 6 * h + 5 * g.nextNormal()].map { min(100, max(0, $0)) }
        }
        return c.matrix()
    }

    @Test("the engine derives PCA within each element, reports each derivation, and refuses an element with fewer cities than indicators unless asked")
    func perElementAndRefusal() throws {
        let m = Self.cohort(cities: 30)
        let r = try Bundled.engine.score(m, method: ScoringMethod(weights: .pca))
        let groups = r.method.weights.pcaGroups
        #expect(groups.map(\.element) == ["economy/community_welfare", "economy/industry_ecosystem"])
        #expect(groups[0].indicators == ["local:W.1", "local:W.2", "local:W.3"] && groups[0].cities == 30)
        // Each element's weights are its own PCA's, on the normalised scores of its indicators.
        let scores = r.indicatorScores
        let own = try HandbookPCA.derive(scores.selectingColumns([0, 1, 2]))
        for (j, code) in ["local:W.1", "local:W.2", "local:W.3"].enumerated() {
            #expect(abs(r.method.weights.indicator(code) - own.weights[j]) < 1e-15)
        }
        let json = RankReport.render(r, format: .json, language: .en)
        #expect(json.contains("\"pca\"") && json.contains("\"cumulative_share\"") && json.contains("\"extended_beyond_kaiser\""))

        // Two cities for three indicators (or for two) give a singular correlation matrix: refused.
        let small = Self.cohort(cities: 2)
        do {
            _ = try Bundled.engine.score(small, method: ScoringMethod(weights: .pca))
            Issue.record("a PCA on 2 cities and 3 indicators was accepted")
        } catch let error as InputError {
            #expect(error.location?.parameter == .weights)
            #expect(error.rendered(language: .en).contains("Community welfare (3 indicators, 2 cities)"))
            #expect(error.rendered(language: .id).contains("Kesejahteraan Rakyat (3 indikator, 2 daerah)"))
            #expect(error.rendered(language: .en).contains("--allow-small-pca"))
        }
        var allowed = WeightSet.pca
        allowed.allowSmallPCAGroups = true
        let accepted = try Bundled.engine.score(small, method: ScoringMethod(weights: allowed))
        #expect(accepted.warnings.contains(.pcaSmallSample(elements: ["economy/community_welfare", "economy/industry_ecosystem"])))
        #expect(accepted.method.weights.pcaGroups.map(\.smallSampleAccepted) == [true, true])
        // Four cities for three indicators is enough.
        #expect(try Bundled.engine.score(Self.cohort(cities: 4), method: ScoringMethod(weights: .pca)).method.weights.pcaGroups.count == 2)
    }
}
