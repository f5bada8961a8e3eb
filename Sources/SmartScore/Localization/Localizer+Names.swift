import Foundation

/// The names of the library's values in the reader's language, for the reports that show them: a
/// report never prints an enum's raw value (`quick_win`, `lower_better`) where a person reads.
extension Localizer {
    /// The short heading of a dimension id (rank tables, quick-win tables); the id itself if unknown.
    public func dimensionShort(_ id: String) -> String {
        switch id {
        case "governance": return self(.dimensionShortGovernance)
        case "branding": return self(.dimensionShortBranding)
        case "economy": return self(.dimensionShortEconomy)
        case "living": return self(.dimensionShortLiving)
        case "society": return self(.dimensionShortSociety)
        case "environment": return self(.dimensionShortEnvironment)
        default: return id
        }
    }

    public func quadrant(_ q: Quadrant) -> String {
        switch q {
        case .quickWin: return self(.quadrantQuickWin)
        case .majorProject: return self(.quadrantMajorProject)
        case .fillIn: return self(.quadrantFillIn)
        case .thankless: return self(.quadrantThankless)
        }
    }

    public func horizon(_ h: Horizon) -> String {
        switch h {
        case .short: return self(.horizonShort)
        case .medium: return self(.horizonMedium)
        case .long: return self(.horizonLong)
        }
    }

    /// A risk's likelihood or impact.
    public func riskLevel(_ level: Programme.Level) -> String {
        switch level {
        case .low: return self(.riskLevelLow)
        case .medium: return self(.riskLevelMedium)
        case .high: return self(.riskLevelHigh)
        }
    }

    public func polarity(_ p: Indicator.Polarity) -> String {
        switch p {
        case .higherBetter: return self(.polarityHigherBetter)
        case .lowerBetter: return self(.polarityLowerBetter)
        case .neutral: return self(.polarityNeutral)
        }
    }

    public func kind(_ k: Indicator.Kind) -> String {
        switch k {
        case .core: return self(.kindCore)
        case .supporting: return self(.kindSupporting)
        case .indicator: return self(.kindIndicator)
        case .profile: return self(.kindProfile)
        }
    }

    /// An indicator's source confidence; a value a user's catalogue file invented is shown as written.
    public func confidence(_ value: String) -> String {
        switch value {
        case "verified": return self(.confidenceVerified)
        case "edition-2014": return self(.confidenceEdition2014)
        case "title-only": return self(.confidenceTitleOnly)
        case "memory": return self(.confidenceMemory)
        case "national-statistics": return self(.confidenceNationalStatistics)
        case "user": return self(.confidenceUser)
        default: return value
        }
    }

    /// An uncertain input's short name (sensitivity tables).
    public func uncertainInput(_ input: UncertainInput) -> String { self(input.nameKey) }

    /// What an uncertain input varies, in words.
    public func uncertainInputDescription(_ input: UncertainInput) -> String { self(input.descriptionKey) }
}
