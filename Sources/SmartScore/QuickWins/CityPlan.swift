import Foundation

/// One city's quick wins: its programmes ranked by priority, the quick wins chosen on each of the six
/// dimensions (services first), the roadmap over the three horizons, what year one would change in real
/// units, and the risk register of year one.
public struct CityPlan: Sendable {
    public struct Entry: Sendable {
        public let programme: Programme
        /// Index into the model's programmes.
        public let index: Int
        /// Index points the programme alone would add.
        public let impact: Double
        /// `impact / effort`.
        public let priority: Double
        public let quadrant: Quadrant
    }

    /// Why a dimension has no quick win for the city.
    public enum NoPick: String, Sendable {
        /// The city has no score on the dimension (no data, or below the minimum coverage).
        case noData = "no_data"
        /// The catalogue has no programme of ≤ 12 months on the dimension for this kind of region.
        case noCandidate = "no_candidate"
        /// Candidates exist, but every indicator they move is at its target or has no value for the city.
        case noGap = "no_gap"
    }

    /// The quick wins chosen on one dimension of the framework.
    public struct DimensionPicks: Sendable {
        public let dimension: String
        public let picks: [Entry]
        /// What each pick would do, in the order of `picks`.
        public let details: [ImpactDetail]
        /// Set when there is no pick.
        public let reason: NoPick?
        /// True when a pick builds infrastructure because no service on the dimension lifts the city.
        public let infrastructureOnly: Bool
    }

    /// Why a programme of ≤ 12 months waits for years 2–5.
    public enum Deferral: String, Sendable {
        /// Year one already holds `yearOneMax` programmes.
        case yearOneFull = "year_one_full"
        /// It does not fit in what is left of the year-one budget.
        case overBudget = "over_budget"
    }

    public let city: CityRecord
    /// The framework the dimensions belong to (their names).
    public let framework: Framework
    /// Programmes that suit the city's kind of region, by priority.
    public let entries: [Entry]
    /// Programmes left out because they do not suit the city's kind of region (kota or kabupaten).
    public let unsuited: [Programme]
    public let impactThreshold: Double
    /// One per framework dimension, in framework order.
    public let picks: [DimensionPicks]
    /// By priority within each horizon; years 2–5 also hold the deferred ≤ 12-month programmes.
    public let roadmap: [Horizon: [Entry]]
    /// ≤ 12-month programmes with impact that did not make year one, and why.
    public let deferred: [(entry: Entry, reason: Deferral)]
    /// Programmes with impact that fit in no horizon's budget, by priority (empty without a budget).
    public let outOfBudget: [Entry]
    /// What year one would change, all its programmes together.
    public let yearOne: ImpactDetail
    /// Index points each horizon adds on top of the earlier ones.
    public let gains: [Horizon: Double]
    /// Risks of the programmes chosen for year one.
    public let risks: [(programme: Programme, risk: Programme.Risk)]
    public let options: QuickWinOptions
    /// The city's index and its gap to the index target (nil when the index is null).
    public let index: Double?
    public let indexGap: Double?
    /// Where the scored year's values came from (set by the use case, which has the observations).
    public var values: ValueProvenance?
    /// The ministry's ten criteria scored for the city's quick wins, when a sheet was given (set by the use case).
    public var assessment: QuickWinAssessment?

    /// Every dimension's picks, best priority first.
    public var quickWins: [Entry] {
        Self.sortedByPriority(picks.flatMap(\.picks))
    }

    static let lifts = 1e-12

    static func byPriority(_ a: Entry, _ b: Entry) -> Bool {
        a.priority != b.priority ? a.priority > b.priority : a.programme.id < b.programme.id
    }

    /// `entries` by priority. The positions are sorted and the entries gathered once: an entry carries a whole
    /// programme, and moving entries inside the sort (retaining and releasing every field) was a third of
    /// `quickwins --all`'s time on 514 cities.
    static func sortedByPriority(_ entries: [Entry]) -> [Entry] {
        entries.indices.sorted { byPriority(entries[$0], entries[$1]) }.map { entries[$0] }
    }

    public init(model: ImpactModel, city c: Int, options: QuickWinOptions) {
        let result = model.result
        city = result.cities[c]
        framework = result.framework
        self.options = options
        index = result.index[c].isFinite ? result.index[c] : nil
        indexGap = result.indexGap(c)
        let suits = model.programmes.map { $0.suits(regionType: result.cities[c].type) }
        unsuited = model.programmes.enumerated().filter { !suits[$0.offset] }.map(\.element)
        let impacts = (0..<model.programmes.count).map { max(0, model.impact[$0, c]) }
        let positive = impacts.enumerated().filter { suits[$0.offset] && $0.element > Self.lifts }.map(\.element).sorted()
        let threshold = options.impactThreshold ?? Statistics.median(sorted: positive) ?? .infinity
        impactThreshold = threshold
        let unsorted = model.programmes.enumerated().filter { suits[$0.offset] }.map { p, programme in
            let impact = impacts[p]
            let high = impact > Self.lifts && impact >= threshold
            let low = programme.effort <= options.lowEffortMax
            let quadrant: Quadrant = high ? (low ? .quickWin : .majorProject) : (low ? .fillIn : .thankless)
            return Entry(programme: programme, index: p, impact: impact, priority: impact / Double(programme.effort), quadrant: quadrant)
        }
        let entries = Self.sortedByPriority(unsorted)
        self.entries = entries

        picks = Self.choosePicks(entries, model: model, city: c, options: options)
        (roadmap, deferred) = Self.planRoadmap(entries, picks: picks, options: options)
        let planned = Set(roadmap.values.flatMap { $0.map(\.index) })
        outOfBudget = entries.filter { $0.impact > Self.lifts && !planned.contains($0.index) }
        yearOne = ImpactDetail(model: model, programmes: roadmap[.short]!.map(\.index), city: c)
        var gains: [Horizon: Double] = [:]
        var sofar: [Int] = []
        var before = 0.0
        for horizon in Horizon.allCases {
            sofar += roadmap[horizon]!.map(\.index)
            let total = model.combinedGain(of: sofar, city: c)
            gains[horizon] = total - before
            before = total
        }
        self.gains = gains
        risks = roadmap[.short]!.flatMap { entry in entry.programme.risks.map { (entry.programme, $0) } }
    }

    /// On each dimension, the best ≤ 12-month programmes that lift the city: services first (when
    /// `servicesFirst`), then by priority.
    static func choosePicks(_ entries: [Entry], model: ImpactModel, city c: Int, options: QuickWinOptions) -> [DimensionPicks] {
        let result = model.result
        return result.framework.dimensions.map(\.id).map { dimension in
            func none(_ reason: NoPick) -> DimensionPicks {
                DimensionPicks(dimension: dimension, picks: [], details: [], reason: reason, infrastructureOnly: false)
            }
            guard let d = result.dimensions.firstIndex(of: dimension), result.dimensionScores[c, d].isFinite else { return none(.noData) }
            let candidates = entries.filter { $0.programme.dimension == dimension && $0.programme.horizon == .short }
            guard !candidates.isEmpty else { return none(.noCandidate) }
            // A dimension's quick win raises that dimension's score, not only the index through another one.
            let lifting = candidates.filter { $0.impact > lifts && model.impact(of: $0.index, city: c, throughDimension: d) > lifts }
            guard !lifting.isEmpty else { return none(.noGap) }
            let services = lifting.filter { $0.programme.kind == .service }
            let ordered = options.servicesFirst ? services + lifting.filter { $0.programme.kind != .service } : lifting
            let chosen = Array(ordered.prefix(options.perDimension))
            return DimensionPicks(dimension: dimension, picks: chosen,
                                  details: chosen.map { ImpactDetail(model: model, programmes: [$0.index], city: c) },
                                  reason: nil, infrastructureOnly: options.servicesFirst && services.isEmpty)
        }
    }

    /// Year one: the quick wins by priority, then the other ≤ 12-month programmes with impact by priority,
    /// while the year-one budget holds and up to `yearOneMax`; what does not fit waits for years 2–5. Years
    /// 2–5 and 10+: by priority within their budgets. A programme without impact is in no horizon.
    static func planRoadmap(_ entries: [Entry], picks: [DimensionPicks], options: QuickWinOptions)
        -> (roadmap: [Horizon: [Entry]], deferred: [(entry: Entry, reason: Deferral)]) {
        let quickWins = sortedByPriority(picks.flatMap(\.picks))
        let picked = Set(quickWins.map(\.index))
        let others = entries.filter { $0.programme.horizon == .short && $0.impact > lifts && !picked.contains($0.index) }
        var roadmap: [Horizon: [Entry]] = [:]
        var deferred: [(entry: Entry, reason: Deferral)] = []
        var spent = 0.0
        var yearOne: [Entry] = []
        for entry in quickWins + others {
            if yearOne.count >= options.yearOneMax {
                deferred.append((entry, .yearOneFull))
            } else if let budget = options.budget[.short], spent + entry.programme.cost.max > budget {
                deferred.append((entry, .overBudget))
            } else {
                spent += entry.programme.cost.max
                yearOne.append(entry)
            }
        }
        roadmap[.short] = yearOne
        for horizon in [Horizon.medium, .long] {
            let waiting = horizon == .medium ? deferred.map(\.entry) : []
            let candidates = sortedByPriority(entries.filter { $0.programme.horizon == horizon && $0.impact > lifts } + waiting)
            var spent = 0.0
            roadmap[horizon] = candidates.filter { entry in
                if let budget = options.budget[horizon], spent + entry.programme.cost.max > budget { return false }
                spent += entry.programme.cost.max
                return true
            }
        }
        return (roadmap, deferred)
    }
}
