import Foundation
import Testing
@testable import SmartScore

/// The statistical audit: pairwise correlations against a plain loop, Cronbach's alpha and the importance
/// measure worked by hand, the findings on small cohorts built to contain them, and the report's formats.
@Suite("Audit: pairwise correlation, Cronbach's alpha, importance against weight, findings and formats")
struct AuditTests {
    typealias T = TinyCohort

    // MARK: Textbook references, written out

    /// The rows where both columns have a value.
    static func common(_ x: [Double], _ y: [Double]) -> (x: [Double], y: [Double]) {
        let keep = x.indices.filter { !x[$0].isNaN && !y[$0].isNaN }
        return (keep.map { x[$0] }, keep.map { y[$0] })
    }

    /// Pearson's r by its definition, Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²), over the common rows;
    /// NaN below 3 rows or for a constant column.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let (a, b) = common(x, y)
        guard a.count >= 3 else { return .nan }
        let ma = a.reduce(0, +) / Double(a.count), mb = b.reduce(0, +) / Double(b.count)
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for k in a.indices { sab += (a[k] - ma) * (b[k] - mb); saa += (a[k] - ma) * (a[k] - ma); sbb += (b[k] - mb) * (b[k] - mb) }
        return saa == 0 || sbb == 0 ? .nan : sab / (saa * sbb).squareRoot()
    }

    /// The sample covariance Σ(x − x̄)(y − ȳ) / (n − 1) over the common rows; NaN below 2 rows.
    static func covariance(_ x: [Double], _ y: [Double]) -> Double {
        let (a, b) = common(x, y)
        guard a.count >= 2 else { return .nan }
        let ma = a.reduce(0, +) / Double(a.count), mb = b.reduce(0, +) / Double(b.count)
        return zip(a, b).reduce(0) { $0 + ($1.0 - ma) * ($1.1 - mb) } / Double(a.count - 1)
    }

    /// Random values with about a fifth missing, one constant column and one column with only two values.
    static func sample(_ rows: Int, _ columns: Int, seed: UInt64, offset: Double = 0, spread: Double = 1) -> Matrix {
        var g = SeededGenerator(seed: seed)
        var m = Matrix(rows: rows, columns: columns)
        for j in 0..<columns {
            for i in 0..<rows {
                m[i, j] = g.nextUniform() < 0.2 ? .nan : offset + spread * (g.nextUniform() * 2 - 1)
            }
        }
        for i in 0..<rows { m[i, 1] = i % 4 == 0 ? .nan : offset + 5 }
        for i in 0..<rows { m[i, 2] = i < 2 ? offset + Double(i) : .nan }
        return m
    }

    // MARK: Pairwise correlation and covariance

    @Test("pairwise correlation and covariance match a plain loop over the common rows to 1e-12, with the pair counts",
          arguments: [(0.0, 1.0), (80.0, 2.0), (1e4, 1.0)])
    func pairwiseMatchesLoop(location: (Double, Double)) throws {
        // Scores far from 0 relative to their spread (80 ± 2, 10000 ± 1) are where an uncentred
        // N·S − S·S formula loses its digits.
        let x = Self.sample(41, 7, seed: 3, offset: location.0, spread: location.1)
        let y = Self.sample(41, 5, seed: 4, offset: location.0, spread: location.1)
        let r = try Matrix.pairwiseCorrelation(x, y)
        let c = try Matrix.pairwiseCovariance(x, y)
        var defined = 0
        for i in 0..<x.columns {
            for j in 0..<y.columns {
                let want = Self.pearson(x.column(i), y.column(j))
                let got = r.values[i, j]
                #expect(want.isNaN == got.isNaN, "r[\(i), \(j)] = \(got), loop \(want)")
                if !want.isNaN { #expect(abs(got - want) <= 1e-12, "r[\(i), \(j)] = \(got), loop \(want)"); defined += 1 }
                #expect(r.pairCount(i, j) == Self.common(x.column(i), y.column(j)).x.count)
                let cov = Self.covariance(x.column(i), y.column(j))
                #expect(cov.isNaN == c.values[i, j].isNaN)
                if !cov.isNaN { #expect(abs(c.values[i, j] - cov) <= 1e-12 * max(1, abs(cov)), "cov[\(i), \(j)]") }
            }
        }
        #expect(defined == 15)     // the 5 varying columns of x × the 3 of y
        // The constant column and the two-value column have no r with anything.
        #expect((0..<y.columns).allSatisfy { r[1, $0] == nil && r[2, $0] == nil })
        #expect(r.pairCount(2, 0) <= 2)
    }

    @Test("a perfectly linear pair has r exactly ±1, never past it; a column with itself is 1")
    func linearPair() throws {
        let x = Matrix.column([0.1, 0.7, 0.3, .nan, 1.9, 2.2])
        let y = Matrix.column([0.3, 2.1, 0.9, 4, 5.7, 6.6])       // 3x exactly where x is present
        let z = Matrix.column([-0.2, -1.4, -0.6, 1, -3.8, -4.4])  // −2x
        let r = try Matrix.pairwiseCorrelation(x, try Matrix(rows: 6, columns: 3, columnMajor: x.storage + y.storage + z.storage))
        #expect(abs(r[0, 0]! - 1) < 1e-15 && abs(r[0, 1]! - 1) < 1e-15 && abs(r[0, 2]! + 1) < 1e-15)
        #expect(r.values.storage.allSatisfy { abs($0) <= 1 })
        #expect(r.pairCount(0, 1) == 5)
    }

    // MARK: Cronbach's alpha

    @Test("Cronbach's alpha of a 5 × 3 matrix, worked by hand: 12/13")
    func alphaByHand() throws {
        let rows: [[Double]] = [[2, 3, 3], [4, 4, 5], [3, 5, 4], [5, 4, 5], [1, 2, 2]]
        // Textbook: α = k/(k − 1) · (1 − Σ var(item) / var(total)), sample variances (n − 1).
        // Items: means 3, 3.6, 3.8; squared deviations 10, 5.2, 6.8 → variances 2.5, 1.3, 1.7 (sum 5.5).
        // Totals per row 8, 13, 12, 14, 5: mean 10.4, squared deviations 57.2 → variance 14.3.
        // α = 3/2 · (1 − 5.5/14.3) = 1.5 · 8.8/14.3 = 13.2/14.3 = 12/13.
        func variance(_ v: [Double]) -> Double {
            let m = v.reduce(0, +) / Double(v.count)
            return v.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(v.count - 1)
        }
        let items = (0..<3).map { j in rows.map { $0[j] } }
        let textbook = 3.0 / 2 * (1 - items.map(variance).reduce(0, +) / variance(rows.map { $0.reduce(0, +) }))
        #expect(abs(textbook - 12.0 / 13) < 1e-14)
        let alpha = try CronbachAlpha.of(Matrix(rows), codes: ["a", "b", "c"])
        #expect(alpha.undefined == nil && alpha.indicatorCount == 3)
        #expect(abs(try #require(alpha.alpha) - 12.0 / 13) < 1e-12)
    }

    @Test("Cronbach's alpha with a missing value: from the pairwise covariances, worked by hand")
    func alphaWithMissing() throws {
        let rows: [[Double]] = [[2, 3, 3], [4, 4, 5], [3, 5, 4], [5, 4, 5], [1, 2, .nan]]
        // Pairwise covariances (n − 1), each over the rows that have both:
        //   C11 = 2.5, C22 = 1.3, C12 = (0.6 + 0.4 + 0 + 0.8 + 3.2)/4 = 1.25 (all 5 rows);
        //   item 3 over rows 1–4: 3, 5, 4, 5, mean 4.25, C33 = 2.75/3 = 11/12;
        //   C13 over rows 1–4: item 1 is 2, 4, 3, 5 (mean 3.5), Σ products 1.875 + 0.375 + 0.125 + 1.125 = 3.5 → 7/6;
        //   C23 over rows 1–4: item 2 is 3, 4, 5, 4 (mean 4), Σ products 1.25 + 0 − 0.25 + 0 = 1 → 1/3.
        // ΣC = 2.5 + 1.3 + 11/12 + 2 (1.25 + 7/6 + 1/3) = 3.8 + 11/12 + 5.5 = 122.6/12; tr C = 3.8 + 11/12 = 56.6/12.
        // α = 3/2 · (1 − 56.6/122.6) = 1.5 · 66/122.6 = 99/122.6.
        let items = (0..<3).map { j in rows.map { $0[j] } }
        var sum = 0.0, trace = 0.0
        for i in 0..<3 { for j in 0..<3 { let c = Self.covariance(items[i], items[j]); sum += c; if i == j { trace += c } } }
        #expect(abs(sum - 122.6 / 12) < 1e-12 && abs(trace - 56.6 / 12) < 1e-12)
        let alpha = try CronbachAlpha.of(Matrix(rows), codes: ["a", "b", "c"])
        #expect(abs(try #require(alpha.alpha) - 99 / 122.6) < 1e-12)
    }

    @Test("Cronbach's alpha is undefined, with the reason, for one indicator, an unsupported covariance, or no variance")
    func alphaUndefined() throws {
        #expect(try CronbachAlpha.of(Matrix([[1], [2], [3]]), codes: ["a"]).undefined == .tooFewIndicators(count: 1))
        // a and c share two rows, fewer than the audit's minimum of three (with two, every r is ±1).
        let unsupported = try CronbachAlpha.of(Matrix([[1, 2, .nan], [2, 3, .nan], [3, .nan, 4], [4, 1, 5]]), codes: ["a", "b", "c"])
        #expect(unsupported.alpha == nil && unsupported.undefined == .covarianceUndefined(first: "a", second: "c"))
        // b has two values: its own variance is what is undefined, and it is named as such.
        let sparse = try CronbachAlpha.of(Matrix([[2, 1], [.nan, 2], [.nan, 3], [5, 4]]), codes: ["b", "a"])
        #expect(sparse.undefined == .varianceUndefined(code: "b"))
        #expect(try CronbachAlpha.of(Matrix([[5, 5], [5, 5], [5, 5]]), codes: ["a", "b"]).undefined == .noVariance)
    }

    // MARK: Importance

    /// Z.1 and Z.2 in two elements of economy, Z.3 alone in governance: with equal weights the index is
    /// (Z.1 + Z.2)/4 + Z.3/2, and the nominal shares are 1/4, 1/4, 1/2.
    static func importanceCohort() throws -> ScoreResult {
        var c = T()
        c.indicators = [T.indicator("local:Z.1", dimension: "economy", element: "community_welfare"),
                        T.indicator("local:Z.2", dimension: "economy", element: "industry_ecosystem"),
                        T.indicator("local:Z.3", dimension: "governance", element: "public_services", pillar: "suprastructure")]
        c.cities = T.cities(5)
        c.rows = [[10, 50, 20], [20, 10, 40], [30, 40, 30], [40, 20, 60], [50, 30, 50]]
        return try ScoringEngine(framework: Bundled.catalogue.framework).score(c.matrix(), method: ScoringMethod(minCoverage: 0))
    }

    @Test("importance: r² with the index, its share of the r² sum, against the nominal share, worked by hand")
    func importanceByHand() throws {
        let result = try Self.importanceCohort()
        // Index = (Z.1 + Z.2)/4 + Z.3/2 = 25, 27.5, 32.5, 45, 45: mean 35, deviations −10, −7.5, −2.5, 10, 10, Σ² = 362.5.
        #expect(result.index == [25, 27.5, 32.5, 45, 45])
        // Z.1 deviations −20, −10, 0, 10, 20 (Σ² 1000), Σ products 575 → r² = 575²/(1000 · 362.5) = 330625/362500;
        // Z.2 deviations 20, −20, 10, −10, 0, Σ products −175 → r² = 30625/362500;
        // Z.3 deviations −20, 0, −10, 20, 10, Σ products 525 → r² = 275625/362500.
        let r2: [Double] = [330625, 30625, 275625].map { $0 / 362500 }
        for (j, want) in r2.enumerated() {
            let textbook = Self.pearson(result.indicatorScores.column(j), result.index)
            #expect(abs(textbook * textbook - want) < 1e-12)
        }
        // Shares: r² / Σ r², with Σ = 636875/362500: 330625/636875, 30625/636875, 275625/636875.
        // Against nominal 1/4, 1/4, 1/2: ratios 2.0765… (above 2: high), 0.1923… (below 0.5: low), 0.8655… (none).
        let audit = try StatisticalAudit.run(result)
        let shares: [Double] = [330625, 30625, 275625].map { $0 / 636875 }
        let nominal = [0.25, 0.25, 0.5]
        for j in 0..<3 {
            let i = audit.indicators[j].importance
            #expect(abs(try #require(i.mainEffect) - r2[j]) < 1e-12)
            #expect(abs(try #require(i.share) - shares[j]) < 1e-12)
            #expect(abs(i.nominalShare - nominal[j]) < 1e-15)
            #expect(abs(try #require(i.ratio) - shares[j] / nominal[j]) < 1e-12)
            #expect(i.pairs == 5)
        }
        #expect(audit.indicators.map(\.importance.flag) == [.high, .low, nil])
        #expect(audit.flaggedIndicators.map(\.code) == ["local:Z.2", "local:Z.1"])     // |log 0.19| > |log 2.08|
        // Dimensions: economy = (Z.1 + Z.2)/2 = 30, 15, 35, 30, 40, deviations 0, −15, 5, 0, 10 (Σ² 350), Σ products 200
        // → r² = 40000/126875; governance is Z.3 → 275625/362500. Nominal 1/2 each.
        let economy = audit.dimensions.first { $0.id == "economy" }!.importance
        let governance = audit.dimensions.first { $0.id == "governance" }!.importance
        let e = 40000.0 / 126875, g = 275625.0 / 362500
        let economyEffect = try #require(economy.mainEffect), governanceEffect = try #require(governance.mainEffect)
        let economyShare = try #require(economy.share)
        #expect(abs(economyEffect - e) < 1e-12 && abs(governanceEffect - g) < 1e-12)
        #expect(abs(economyShare - e / (e + g)) < 1e-12 && economy.nominalShare == 0.5)
        #expect(economy.flag == nil && governance.flag == nil)
    }

    @Test("importance is over the cities that have both: a missing score leaves its city out of that indicator's r")
    func importanceMissing() throws {
        let parts = try Matrix([[1, 4], [2, .nan], [3, 1], [4, 3], [6, 2]])
        let index: [Double] = [2, 1, .nan, 5, 6]
        let found = try Importance.of(parts, index: index, nominalShares: [0.5, 0.5], minimumPairs: 3)
        // Column 1 over rows 1, 2, 4, 5; column 2 over rows 1, 4, 5 only.
        #expect(found.map(\.pairs) == [4, 3])
        #expect(abs(found[0].correlation! - Self.pearson([1, 2, 4, 6], [2, 1, 5, 6])) < 1e-12)
        #expect(abs(found[1].correlation! - Self.pearson([4, 3, 2], [2, 5, 6])) < 1e-12)
    }

    // MARK: Findings on a cohort built to contain them

    /// Economy: Z.1 and Z.4 (almost equal) in community welfare, Z.2 falling as they rise in industry
    /// ecosystem; governance: Z.3 alone.
    static func findingsCohort() throws -> ScoreResult {
        var c = T()
        c.indicators = [T.indicator("local:Z.1", dimension: "economy", element: "community_welfare"),
                        T.indicator("local:Z.2", dimension: "economy", element: "industry_ecosystem"),
                        T.indicator("local:Z.3", dimension: "governance", element: "public_services", pillar: "suprastructure"),
                        T.indicator("local:Z.4", dimension: "economy", element: "community_welfare")]
        c.cities = T.cities(6)
        c.rows = [[10, 40, 50, 12], [20, 30, 70, 19], [30, 38, 40, 33], [40, 28, 60, 41], [50, 32, 55, 48], [60, 25, 45, 62]]
        return try ScoringEngine(framework: Bundled.catalogue.framework).score(c.matrix(), method: ScoringMethod(minCoverage: 0))
    }

    @Test("an indicator negatively correlated with its dimension is listed; a collinear pair is found, with what it shares")
    func findings() throws {
        let result = try Self.findingsCohort()
        let audit = try StatisticalAudit.run(result)
        let economy = result.dimensions.firstIndex(of: "economy")!
        // Z.2 against economy's score by the textbook r: about −0.50.
        let z2 = Self.pearson(result.indicatorScores.column(1), result.dimensionScores.column(economy))
        #expect(z2 < -0.4)
        #expect(audit.negativelyCorrelated.map(\.code) == ["local:Z.2"])
        #expect(abs(audit.negativelyCorrelated[0].withDimension! - z2) < 1e-12)
        // Z.2 is its element's only indicator, so r with the element is 1.
        #expect(abs(audit.indicators[1].withElement! - 1) < 1e-12)
        // Z.1 and Z.4: r ≈ 0.995 > 0.9; Z.1 and Z.2 (≈ −0.73) are not collinear.
        let pair = try #require(audit.collinearPairs.first)
        #expect(audit.collinearPairs.count == 1)
        #expect(pair.first == 0 && pair.second == 3 && pair.sameElement && pair.sameDimension && pair.pairs == 6)
        #expect(abs(pair.correlation - Self.pearson(result.indicatorScores.column(0), result.indicatorScores.column(3))) < 1e-12)
        // At a threshold of 0.7, the negative pair Z.1–Z.2 (|r| ≈ 0.73) joins, after the stronger one.
        let loose = try StatisticalAudit.run(result, options: AuditOptions(collinearThreshold: 0.7))
        #expect(loose.collinearPairs.map { [$0.first, $0.second] }.prefix(2) == [[0, 3], [0, 1]])
        #expect(loose.collinearPairs[1].correlation < 0 && !loose.collinearPairs[1].sameElement && loose.collinearPairs[1].sameDimension)
        // The within-dimension matrix of economy: Z.1, Z.2, Z.4, in catalogue order.
        let block = try #require(audit.dimensions.first { $0.id == "economy" })
        #expect(block.indicatorColumns == [0, 1, 3])
        #expect(abs(block.indicatorCorrelations[0, 2]! - pair.correlation) < 1e-15)
        // Alpha: economy from three indicators; each single-indicator element and governance undefined.
        #expect(block.alpha.alpha != nil && block.elements.map(\.alpha.indicatorCount) == [1, 2])
        #expect(block.elements[0].alpha.undefined == .tooFewIndicators(count: 1))
        #expect(audit.dimensions.first { $0.id == "governance" }!.alpha.undefined == .tooFewIndicators(count: 1))
    }

    @Test("the collinearity threshold must lie strictly between 0 and 1, and the error names the parameter")
    func thresholdRange() throws {
        for bad in [0, 1, 2, -0.5, .nan] {
            #expect(throws: InputError.self) { try AuditOptions(collinearThreshold: bad).validate() }
            do { try AuditOptions(collinearThreshold: bad).validate() } catch let error as InputError {
                #expect(error.location?.parameter == .collinear)
                #expect(error.message.hasPrefix("the collinearity threshold") && error.messageID?.hasPrefix("ambang kolinearitas") == true)
            }
        }
        try AuditOptions(collinearThreshold: 0.5).validate()
    }

    @Test("with fewer than 3 cities that have an index, influence is said to be inestimable rather than tabled as dashes")
    func noIndex() throws {
        var c = T()
        c.indicators = [T.indicator("local:Z.1", dimension: "economy", element: "community_welfare"),
                        T.indicator("local:Z.3", dimension: "governance", element: "public_services", pillar: "suprastructure")]
        c.cities = T.cities(5)
        // Governance is missing for three cities, so only two have an index.
        c.rows = [[10, 50], [20, .nan], [30, .nan], [40, .nan], [50, 30]]
        let result = try ScoringEngine(framework: Bundled.catalogue.framework).score(c.matrix(), method: ScoringMethod())
        let audit = try StatisticalAudit.run(result)
        #expect(audit.citiesWithIndex == 2 && audit.indicators.allSatisfy { $0.importance.share == nil })
        let text = AuditReport.render(audit, format: .table, language: .en)
        #expect(text.contains("Influence on the index cannot be estimated: only 2 regencies and cities have an index"))
        #expect(!text.contains("Influence share"))
    }

    @Test("fewer than 3 cities: refused with the count; correlations that cannot be computed are counted, so 'none found' is not read as 'none'")
    func tooFewCitiesAndUndefined() throws {
        var c = T()
        c.indicators = [T.indicator("local:Z.1"), T.indicator("local:Z.2"), T.indicator("local:Z.3")]
        c.cities = T.cities(2)
        c.rows = [[10, 20, 30], [40, 50, 60]]
        let two = try ScoringEngine(framework: Bundled.catalogue.framework).score(c.matrix(), method: ScoringMethod())
        do {
            _ = try StatisticalAudit.run(two)
            Issue.record("an audit of 2 cities was accepted")
        } catch let error as InputError {
            #expect(error.rendered(language: .en).contains("the statistical audit needs at least 3 cities; the data of 2021 has 2"))
            #expect(error.rendered(language: .id).contains("audit statistik memerlukan sedikitnya 3 daerah"))
        }
        // Five cities, but Z.3 has a value for two of them only: its r with its dimension, and its two pairs, are undefined.
        c.cities = T.cities(5)
        c.rows = [[10, 20, 30], [40, 50, .nan], [30, 10, .nan], [20, 60, .nan], [50, 40, 70]]
        let five = try ScoringEngine(framework: Bundled.catalogue.framework).score(c.matrix(), method: ScoringMethod(minCoverage: 0))
        let audit = try StatisticalAudit.run(five)
        #expect(audit.undefinedWithDimension == 1 && audit.undefinedIndicatorPairs == 2)
        let text = AuditReport.render(audit, format: .table, language: .en)
        #expect(text.contains("The correlation with its dimension is undefined for 1 indicators"))
        #expect(text.contains("The correlation is undefined for 2 pairs of indicators"))
    }

    @Test("a part of weight 0 is not in the index: no influence share, and the weighted parts' shares sum to 1")
    func zeroWeightPart() throws {
        var c = T()
        c.indicators = [T.indicator("local:Z.1"), T.indicator("local:Z.2"), T.indicator("local:Z.3", element: "industry_ecosystem")]
        c.cities = T.cities(5)
        c.rows = [[10, 50, 20], [20, 10, 40], [30, 40, 30], [40, 20, 60], [50, 30, 50]]
        let weights = WeightSet(kind: .file, name: "file:test", indicators: ["local:Z.2": 0])
        let r = try ScoringEngine(framework: Bundled.catalogue.framework).score(c.matrix(), method: ScoringMethod(weights: weights))
        let audit = try StatisticalAudit.run(r)
        let z2 = try #require(audit.indicators.first { $0.code == "local:Z.2" })
        #expect(z2.importance.share == nil && z2.importance.ratio == nil && z2.importance.correlation != nil)
        let shares = audit.indicators.compactMap(\.importance.share)
        #expect(shares.count == 2 && abs(shares.reduce(0, +) - 1) < 1e-12)
        // By hand: the index is (Z.1 + Z.3)/2, so each share is r²(Z_i, index) over the two r².
        let index = (0..<5).map { (c.rows[$0][0] + c.rows[$0][2]) / 2 }
        let r1 = Self.pearson(c.rows.map { $0[0] }, index), r3 = Self.pearson(c.rows.map { $0[2] }, index)
        let z1 = try #require(audit.indicators.first { $0.code == "local:Z.1" })
        #expect(abs(z1.importance.share! - r1 * r1 / (r1 * r1 + r3 * r3)) < 1e-12)
    }

    // MARK: Formats

    @Test("JSON and CSV are the same whatever the language; people's formats take the language's words and numbers")
    func formats() throws {
        let audit = try StatisticalAudit.run(try Self.findingsCohort())
        #expect(AuditReport.render(audit, format: .json, language: .id) == AuditReport.render(audit, format: .json, language: .en))
        let csv = AuditReport.render(audit, format: .csv, language: .id)
        #expect(csv == AuditReport.render(audit, format: .csv, language: .en))
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "code,dimension,element,r_dimension,r_element,r_index,importance,importance_share,nominal_share,ratio,flag")
        #expect(lines.count == 5 && lines[2].hasPrefix("local:Z.2,economy,industry_ecosystem,-0.49"))

        let json = try JSONSerialization.jsonObject(with: Data(AuditReport.render(audit, format: .json, language: .en).utf8)) as! [String: Any]
        for key in ["year", "method", "basis", "collinear_threshold", "importance_rule", "dimension_correlations", "dimensions",
                    "indicators", "negatively_correlated", "collinear_pairs"] { #expect(json[key] != nil, "\(key)") }
        let dimensions = json["dimensions"] as! [[String: Any]]
        let economy = try #require(dimensions.first { $0["id"] as? String == "economy" })
        let matrix = economy["indicator_correlations"] as! [String: Any]
        #expect(matrix["labels"] as? [String] == ["local:Z.1", "local:Z.2", "local:Z.4"])
        #expect((matrix["r"] as! [[Double]]).count == 3)
        // An undefined alpha is null, with its reason.
        let governance = try #require(dimensions.first { $0["id"] as? String == "governance" })
        let alpha = governance["cronbach_alpha"] as! [String: Any]
        #expect(alpha["alpha"] is NSNull && alpha["null_reason"] as? String == "too_few_indicators")

        let id = AuditReport.render(audit, format: .table, language: .id)
        let en = AuditReport.render(audit, format: .table, language: .en)
        #expect(id.hasPrefix("Audit statistik") && id.contains("alfa Cronbach") && id.contains("Pasangan kolinear (|r| > 0,9)"))
        #expect(id.contains("Indikator berkorelasi negatif dengan dimensinya") && id.contains("-0,50"))
        #expect(en.hasPrefix("Statistical audit") && en.contains("Collinear pairs (|r| > 0.9)") && en.contains("-0.50"))
        #expect(id.split(separator: "\n").allSatisfy { $0.count <= 120 } && en.split(separator: "\n").allSatisfy { $0.count <= 120 })
        let md = AuditReport.render(audit, format: .md, language: .en)
        #expect(md.hasPrefix("# Statistical audit") && md.contains("## Influence on the index") && md.contains("| Indicator A |"))
    }
}
