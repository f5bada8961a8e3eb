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
    /// The earlier edition; `nil` for the edition before the one scored.
    public var edition: Int?
    public var rubricFile: String?

    public init(file: String, edition: Int? = nil, rubricFile: String? = nil) {
        self.file = file
        self.edition = edition
        self.rubricFile = rubricFile
    }
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
        let earlier = try previousEvaluation(previous, of: score, edition: rubric.edition)
        return (score, rubric, earlier, assessment.warnings + (earlier?.warnings ?? []))
    }

    /// The region's row in the previous edition's table, and the improvement.
    func previousEvaluation(_ spec: PreviousSpec?, of region: RegionScore, edition: Int) throws -> PreviousEvaluation? {
        guard let spec else { return nil }
        let earlier = spec.edition ?? edition - 1
        guard earlier < edition else {
            throw InputError(.assessmentEditionsOrder, ["earlier": String(earlier), "later": String(edition)], at: SourceLocation(parameter: .previous))
        }
        guard let code = region.code else { throw InputError(.assessmentPreviousNeedsRegion, at: SourceLocation(parameter: .region)) }
        let earlierRubric: Rubric
        do {
            earlierRubric = try rubric(RubricSpec(edition: earlier, file: spec.rubricFile))
        } catch var error as InputError where error.location?.parameter == .edition {
            // No rubric for the earlier edition: the flag to change is the previous edition's, not --edition.
            error.location = SourceLocation(parameter: .previousEdition)
            throw error
        }
        let table = try PublishedResults.read(spec.file, rubric: earlierRubric, registry: regions)
        let row = table.regions.first { $0.code == code && $0.participated && $0.final != nil }
        var warnings = table.warnings
        // A printed final far from its components (a typo in the table) would make the improvement wrong: said.
        if let row, let final = row.final, let printed = row.printedFinal, abs(final - printed) > earlierRubric.publishedTolerance + 1e-9 {
            let n = NumberFormat.of(.en), m = NumberFormat.of(.id)
            warnings.append(.localized(.assessmentPreviousPrintedFar, { language in
                let f = language == .id ? m : n
                return ["region": row.name, "file": spec.file, "printed": f.fixed(printed, digits: 2), "final": f.fixed(final, digits: 4),
                        "difference": f.fixed(abs(final - printed), digits: 4), "edition": String(earlier),
                        "tolerance": f.fixed(earlierRubric.publishedTolerance, digits: 3)]
            }, at: row.location))
        }
        return PreviousEvaluation(edition: earlier, file: spec.file, region: row,
                                  improvement: row?.final.flatMap { p in region.final.map { $0 - p } }, warnings: warnings)
    }

    /// A published (component-level) results table, ranked; with readiness, how the two agree.
    public func rankAssessment(_ file: String, rubric spec: RubricSpec, readiness: (DataSource, MethodSpec)? = nil) throws -> AssessmentCohortView {
        let rubric = try rubric(spec)
        let table = try PublishedResults.read(file, rubric: rubric, registry: regions)
        let ranking = AssessmentRanking(rubric: rubric, regions: table.regions, file: file)
        let agreement = try readiness.map { source, method -> ReadinessAgreement in
            let cohort = try score(source, method: method)
            return ReadinessAgreement(ranking: ranking, result: cohort.result, values: cohort.valueProvenance)
        }
        return AssessmentCohortView(ranking: ranking, agreement: agreement, warnings: table.warnings)
    }

    /// Two editions' tables compared region by region.
    public func compareAssessments(earlier: String, earlierRubric: RubricSpec, later: String, laterRubric: RubricSpec) throws -> AssessmentComparison {
        // An improvement runs forward in time: the same edition twice, or the two swapped, would read backwards.
        guard earlierRubric.edition < laterRubric.edition else {
            throw InputError(.assessmentEditionsOrder, ["earlier": String(earlierRubric.edition), "later": String(laterRubric.edition)],
                             at: SourceLocation(parameter: .edition))
        }
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
        // Without the region's code its own published row could not be told apart, and it would be ranked against itself.
        if cohortFile != nil && region == nil { throw InputError(.assessmentCohortNeedsRegion, at: SourceLocation(parameter: .region)) }
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
        var regionScore = AssessmentScoring.score(assessment, rubric: rubric, group: group, code: named?.code, name: name)
        // The final the ministry printed for the region stays beside the sheet's: it ranks the cohort's printed order.
        if let published, published.participated { regionScore = regionScore.with(printedFinal: published.printedFinal) }
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
            if let ranking { agreement = ReadinessAgreement(ranking: ranking, result: cohort.result, values: cohort.valueProvenance) }
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
                                      placement: placement, previous: previousEvaluation, readinessMissing: readinessMissing,
                                      warnings: assessment.warnings + (table?.warnings ?? []) + (previousEvaluation?.warnings ?? []))
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
        return registry.regions[try CityLookup.find(Self.spelledOut(query), in: registry.regions, parameter: .region)]
    }

    /// The ministry's tables write "KAB. MALANG": read as "Kabupaten MALANG" (the lookup ignores case).
    static func spelledOut(_ query: String) -> String {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        for prefix in ["KAB.", "Kab.", "kab.", "KAB ", "Kab ", "kab "] where trimmed.hasPrefix(prefix) {
            return "Kabupaten " + trimmed.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        }
        return trimmed
    }
}
