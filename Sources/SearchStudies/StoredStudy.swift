import Foundation

/// The study row of a store: its description and when it was created.
public struct StoredStudy: Sendable, Hashable {
    public var description: StudyDescription
    public var createdAt: Date

    public init(description: StudyDescription, createdAt: Date) {
        self.description = description
        self.createdAt = createdAt
    }
}
