extension JSONNode {
    /// The members of the object in file order, each with its key and its node; an error when
    /// the value is not an object.
    public func members() throws(JSONError) -> [(key: String, node: JSONNode)] {
        guard case .object(let members) = value else { throw wrongType(expected: "an object") }
        return members.map { member in
            let node = JSONNode(
                value: member.value, path: path(ofMember: member.key), file: file, offset: member.valueOffset,
                bytes: bytes)
            return (member.key, node)
        }
    }

    /// The member `key` of the object, or `nil` when it has none; an error when the value is
    /// not an object. Keys match exactly, code unit by code unit.
    public func member(_ key: String) throws(JSONError) -> JSONNode? {
        guard case .object(let members) = value else { throw wrongType(expected: "an object") }
        guard let member = members.first(where: { $0.key.utf8.elementsEqual(key.utf8) }) else { return nil }
        return JSONNode(
            value: member.value, path: path(ofMember: key), file: file, offset: member.valueOffset, bytes: bytes)
    }

    /// The member `key` of the object; an error when it is missing or the value is not an object.
    public func requiredMember(_ key: String) throws(JSONError) -> JSONNode {
        guard let node = try member(key) else { throw error(.missingMember(key: key, object: path)) }
        return node
    }

    /// Refuses the first key of the object that is not in `allowed`, pointing at it and
    /// suggesting the nearest allowed key ("did you mean …?") when it looks like a typo.
    public func checkKeys(allowed: [String]) throws(JSONError) {
        guard case .object(let members) = value else { throw wrongType(expected: "an object") }
        for member in members where !allowed.contains(where: { $0.utf8.elementsEqual(member.key.utf8) }) {
            throw JSONError(
                file: file, reason: .unknownMember(key: member.key, object: path, known: allowed),
                at: member.keyOffset, in: bytes)
        }
    }
}
