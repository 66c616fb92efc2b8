/// Where the numbers of a profile come from. Every `source:` in a profile names one entry of
/// the profile's `sources` table.
public struct Source: Hashable, Sendable, Codable {
    public enum Kind: String, ProfileChoice, ProfileValueForm {
        /// A vendor document: datasheet, reference manual, product page.
        case datasheet
        /// A publication: authors, title, venue, year, and the table or section.
        case paper
        /// Measured on the device: needs `date` (YYYY-MM-DD) and the `command` that measured it.
        case measurement
        /// Computed from other figures: `citation` says how (e.g. channels × bus width × rate).
        case derived
        /// Another device's figure standing in for this one's, whose own is not available:
        /// `citation` names the device and its document, says why it is comparable and what
        /// differs. Cost models that use such a figure say so (`CostEstimate.EnergyBasis`).
        case proxy

        public init(from decoder: any Decoder) throws { self = try Self.decodeChoice(from: decoder) }
    }

    public var kind: Kind
    /// Document and place in it, or for `derived` the computation and the sources it uses.
    public var citation: String?
    public var url: String?
    /// For measurements: the day, `YYYY-MM-DD`.
    public var date: String?
    /// For measurements: the command that produced the figures.
    public var command: String?

    public init(kind: Kind, citation: String? = nil, url: String? = nil, date: String? = nil, command: String? = nil) {
        self.kind = kind
        self.citation = citation
        self.url = url
        self.date = date
        self.command = command
    }
}
