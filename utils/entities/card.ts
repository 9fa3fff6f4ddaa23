export function describeEntity(): null { return null; }
