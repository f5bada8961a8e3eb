import Foundation

/// Which rubric an assessment use case reads: a bundled edition, or the user's own file.
public struct RubricSpec: Sendable {
    public var edition: Int
    /// A rubric file to use instead of `indicators/evaluation/<edition>.yaml`.
    public var file: String?

    public init(edition: Int, file: String? = nil) {
        self.edition = edition
        self.file = file
    }
}

/// The region's previous evaluation: a published results table of an earlier edition.
public struct PreviousSpec: Sendable {
    public var file: String
    public var rubric: RubricSpec

    public init(file: String, rubric: RubricSpec) {
        self.file = file
        self.rubric = rubric
    }
}

/// The region's previous evaluation as found in the earlier table, and the improvement index against it
/// (evaluation.md §6.3: this year's final minus last year's). A region absent from that table, or listed there
/// as not taking part, has no improvement (the ministry prints "-"), never an improvement from 0.
public struct PreviousEvaluation: Sendable {
    public let edition: Int
    public let file: String
    /// The region's row, when it took part.
    public let region: RegionScore?
    /// This year's final minus the previous one, unrounded.
    public let improvement: Double?
}

/// One region's evaluation with everything its report shows.
public struct RegionAssessmentReport: Sendable {
    public let rubric: Rubric
    public let region: RegionScore
    /// The cohort the region is ranked in (its own computed score in place of its published row), when given.
    public let cohort: AssessmentRanking?
    public let findings: AssessmentFindings
    /// The ministry's final against the readiness index over the cohort, when readiness data is given.
    public let agreement: ReadinessAgreement?
    /// How the region entered the cohort table.
    public let placement: CohortPlacement?
    /// The previous edition's evaluation of the region, when asked for.
    public let previous: PreviousEvaluation?
    /// Readiness data was asked for but holds no values for the region: the data's name.
    public let readinessMissing: String?
    public let warnings: [InputError]

    public enum CohortPlacement: Sendable, Equatable {
        /// Its own row of the table, replaced by the sheet's score.
        case replaced
        /// Not in the table: added for comparison.
        case added
        /// Listed as not taking part: its sheet's score placed for comparison only.
        case wasNonParticipant
    }

    /// The region's entry in the cohort.
    public var entry: AssessmentRanking.Entry? {
        cohort?.entries.first { $0.region.location == region.location && $0.region.name == region.name }
    }
}

/// A cohort ranking with, optionally, how it relates to readiness.
public struct AssessmentCohortView: Sendable {
    public let ranking: AssessmentRanking
    public let agreement: ReadinessAgreement?
    public let warnings: [InputError]
}

extension Workspace {
    public func rubric(_ spec: RubricSpec) throws -> Rubric {
        guard let file = spec.file else { return try Rubric.bundled(edition: spec.edition, in: paths.indicators, catalogue: catalogue) }
        let rubric = try Rubric.load(path: file, catalogue: catalogue)
        guard rubric.edition == spec.edition else {
            throw InputError(.assessmentEditionMismatch, ["edition": String(rubric.edition), "expected": String(spec.edition)],
                             at: SourceLocation(file: file))
        }
        return rubric
    }

    /// The group `id` of the rubric; without one, the edition's only group.
    public func group(_ id: String?, in rubric: Rubric) throws -> RubricGroup {
        if let id {
            guard let group = PublishedResults.group(id, in: rubric) else {
                throw InputError(.publishedUnknownGroup, ["group": id, "edition": String(rubric.edition)], at: SourceLocation(parameter: .group),
                                 hint: .loaderUseOneOfHint, hintArguments: ["values": rubric.groups.map(\.id).joined(separator: ", ")])
            }
            return group
        }
        guard rubric.groups.count == 1 else {
            throw InputError(.assessmentGroupNeeded, ["edition": String(rubric.edition), "groups": rubric.groups.map(\.id).joined(separator: ", ")],
                             at: SourceLocation(parameter: .group))
        }
        return rubric.groups[0]
    }

    /// A region's score from its sheet (and survey): `region` is a code or name of the region list.
    public func scoreAssessment(sheet: String, survey: String?, rubric spec: RubricSpec, group groupID: String?, region: String?,
                                previous: PreviousSpec? = nil) throws
        -> (score: RegionScore, rubric: Rubric, previous: PreviousEvaluation?, warnings: [InputError]) {
        let rubric = try rubric(spec)
        let group = try group(groupID, in: rubric)
        let named = try region.map { try regionRecord($0) }
        let assessment = try SelfAssessment.read(sheet: sheet, survey: survey, rubric: rubric, group: group)
        let name = named?.name ?? Self.name(ofSheet: sheet)
        let score = AssessmentScoring.score(assessment, rubric: rubric, group: group, code: named?.code, name: name)
        return (score, rubric, try previousEvaluation(previous, of: score, edition: rubric.edition), assessment.warnings)
    }

    /// The region's row in the previous edition's table, and the improvement.
    func previousEvaluation(_ spec: PreviousSpec?, of region: RegionScore, edition: Int) throws -> PreviousEvaluation? {
        guard let spec else { return nil }
        guard spec.rubric.edition < edition else {
            throw InputError(.assessmentEditionsOrder, ["earlier": String(spec.rubric.edition), "later": String(edition)],
                             at: SourceLocation(parameter: .previous))
        }
        guard let code = region.code else { throw InputError(.assessmentPreviousNeedsRegion, at: SourceLocation(parameter: .region)) }
        let table = try PublishedResults.read(spec.file, rubric: try rubric(spec.rubric), registry: regions)
        let row = table.regions.first { $0.code == code && $0.participated && $0.final != nil }
        return PreviousEvaluation(edition: spec.rubric.edition, file: spec.file, region: row,
                                  improvement: row?.final.flatMap { p in region.final.map { $0 - p } })
    }

    /// A published (component-level) results table, ranked; with readiness, how the two agree.
    public func rankAssessment(_ file: String, rubric spec: RubricSpec, readiness: (DataSource, MethodSpec)? = nil) throws -> AssessmentCohortView {
        let rubric = try rubric(spec)
        let table = try PublishedResults.read(file, rubric: rubric, registry: regions)
        let ranking = AssessmentRanking(rubric: rubric, regions: table.regions, file: file)
        let agreement = try readiness.map { ReadinessAgreement(ranking: ranking, readiness: try score($0.0, method: $0.1)) }
        return AssessmentCohortView(ranking: ranking, agreement: agreement, warnings: table.warnings)
    }

    /// Two editions' tables compared region by region.
    public func compareAssessments(earlier: String, earlierRubric: RubricSpec, later: String, laterRubric: RubricSpec) throws -> AssessmentComparison {
        let before = try rankAssessment(earlier, rubric: earlierRubric).ranking
        let after = try rankAssessment(later, rubric: laterRubric).ranking
        return AssessmentComparison(earlier: before, later: after)
    }

    /// A region's report: its score, its place in the cohort (when a cohort table is given), the findings,
    /// and with readiness data the indicators and quick wins behind each recommendation.
    public func assessmentReport(sheet: String, survey: String?, rubric spec: RubricSpec, group groupID: String?, region: String?,
                                 cohort cohortFile: String?, findings count: Int = AssessmentFindings.defaultCount,
                                 readiness: (DataSource, MethodSpec)? = nil, previous: PreviousSpec? = nil) throws -> RegionAssessmentReport {
        let rubric = try rubric(spec)
        let named = try region.map { try regionRecord($0) }
        let table = try cohortFile.map { try PublishedResults.read($0, rubric: rubric, registry: regions) }
        // The group: as asked, else the region's row in the cohort table, else the edition's only group.
        let published = table?.regions.first { named != nil && $0.code == named?.code }
        let group: RubricGroup
        if let published, groupID == nil {
            group = published.group
        } else {
            group = try self.group(groupID, in: rubric)
            // A group other than the table's would rank the region among the wrong peers.
            if let published, published.group.id != group.id, let file = table?.file {
                throw InputError.localized(.assessmentCohortGroupDiffers, { ["region": published.name, "table": published.group.name[$0],
                                                                             "file": file, "group": group.name[$0]] },
                                           at: SourceLocation(parameter: .group), hint: .assessmentCohortGroupDiffersHint,
                                           hintArguments: { _ in ["table": published.group.id] })
            }
        }
        let assessment = try SelfAssessment.read(sheet: sheet, survey: survey, rubric: rubric, group: group)
        let name = named?.name ?? Self.name(ofSheet: sheet)
        let regionScore = AssessmentScoring.score(assessment, rubric: rubric, group: group, code: named?.code, name: name)
        let ranking = table.map { t in
            AssessmentRanking(rubric: rubric, regions: t.regions.filter { $0.code == nil || $0.code != regionScore.code } + [regionScore], file: t.file)
        }
        let previousEvaluation = try self.previousEvaluation(previous, of: regionScore, edition: rubric.edition)
        let placement: RegionAssessmentReport.CohortPlacement? = table == nil ? nil
            : published == nil ? .added : published?.participated == false ? .wasNonParticipant : .replaced
        var readinessContext: (city: Int, result: ScoreResult, plan: CityPlan?)?
        var agreement: ReadinessAgreement?
        var readinessMissing: String?
        if let (source, method) = readiness {
            let cohort = try score(source, method: method)
            if let ranking { agreement = ReadinessAgreement(ranking: ranking, readiness: cohort) }
            if let code = named?.code, let c = cohort.result.cities.firstIndex(where: { $0.code == code }) {
                let model = try impactModel(for: cohort)
                let plan = try cityPlan(cohort, model: model, city: c, options: QuickWinOptions(), assessment: nil)
                readinessContext = (c, cohort.result, plan)
            } else {
                readinessMissing = (try? cohort.data.provenance().dataSource) ?? ""
            }
        }
        let findings = AssessmentFindings.build(regionScore, rubric: rubric, count: count, programmes: try programmes().programmes, readiness: readinessContext)
        return RegionAssessmentReport(rubric: rubric, region: regionScore, cohort: ranking, findings: findings, agreement: agreement,
                                      placement: placement, previous: previousEvaluation, readinessMissing: readinessMissing, warnings: assessment.warnings + (table?.warnings ?? []))
    }

    /// A region without --region is named after its sheet, without the characters a page must not show.
    static func name(ofSheet sheet: String) -> String {
        let stem = ((sheet as NSString).lastPathComponent as NSString).deletingPathExtension
        let shown = String(String.UnicodeScalarView(stem.unicodeScalars.filter { !CellText.isControl($0) && !YAMLNode.isRefusedInText($0) }))
        return shown.isEmpty ? "?" : shown
    }

    /// A region of the list by code or name.
    func regionRecord(_ query: String) throws -> CityRecord {
        let registry = try requireRegions()
        return registry.regions[try CityLookup.find(query, in: registry.regions, parameter: .region)]
    }
}
