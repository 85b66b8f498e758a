using RegistrationFlow.Core.Registration.Search;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Search;

/// <summary>
/// The search terms the code writes for an application (the database's triggers write the others): the keyed digest of
/// each party's identity number and the character pairs of the property's address. Written in the transaction that
/// writes the parties and the property, so the index never lags the application. Nothing here holds a number in clear.
/// </summary>
public static class SearchTermRows
{
    /// <summary>The kinds written here, which a rebuild replaces and the triggers leave alone.</summary>
    public static readonly string[] Kinds = [ApplicationSearchTerm.Identity, ApplicationSearchTerm.Address];

    public static IEnumerable<ApplicationSearchTerm> For(Guid applicationId, PropertyRecord property, IEnumerable<PartyRecord> parties, SearchIndexKey key)
    {
        var identities = parties.Select(p => p.IdNumber).Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(key.Digest).Distinct(StringComparer.Ordinal);
        foreach (var digest in identities)
            yield return new ApplicationSearchTerm { ApplicationId = applicationId, Kind = ApplicationSearchTerm.Identity, Term = digest };
        foreach (var pair in AddressBigrams.Of(property.Address))
            yield return new ApplicationSearchTerm { ApplicationId = applicationId, Kind = ApplicationSearchTerm.Address, Term = pair };
    }

    public static IEnumerable<ApplicationSearchTerm> For(Application application, SearchIndexKey key) =>
        For(application.Id, application.Property, application.Parties, key);
}
