using RegistrationFlow.Infrastructure.Applications;

namespace RegistrationFlow.Infrastructure.Search;

/// <summary>
/// What a person typed into a search box (or sent as <c>q</c>), and who they are: a search by identity number is
/// audited in their name. <paramref name="Repeated"/> marks the same search read again by a screen that refreshes
/// itself (already audited when the person made it); a person's own search is never repeated.
/// </summary>
public sealed record SearchRequest(string Text, StaffMember Searcher, bool Repeated = false);
