using System.Linq.Expressions;
using RegistrationFlow.Core.Registration.Identifiers;
using RegistrationFlow.Core.Registration.Search;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Persistence.Writing;

namespace RegistrationFlow.Infrastructure.Search;

/// <summary>What a search text finds, and — for a search by identity number — the masked number and its kind, for the audit.</summary>
public sealed record ResolvedSearch(Expression<Func<Application, bool>> Predicate, string? MaskedIdentityNumber = null, string? IdentityKind = null)
{
    public bool ByIdentityNumber => MaskedIdentityNumber is not null;
}

/// <summary>
/// The one search box's rules, for the API's <c>q</c>, the worklist and the pick-up desk. Each kind of text is answered
/// from an index (<see cref="ApplicationSearchTerm"/>), so a search costs the same with a million applications stored.
/// </summary>
public sealed class ApplicationSearch(RegistrationDbContext db, SearchIndexKey key, ITransactionRunner transactions)
{
    /// <summary>An address has at most 200 characters, so at most 199 pairs: a longer fragment is in no address.</summary>
    private const int MostPairsOfAnAddress = 199;

    /// <summary>
    /// A whole, valid resident ID or credit code: the applications a party of which has that number, looked up by its
    /// keyed digest only. An application id: that application only. Anything else finds, each through an index: receipt,
    /// certificate and unit numbers that start with it (letters in any case; full-width brackets read as ASCII), a party
    /// name that starts with it, and an address that holds every pair of neighbouring characters of it.
    /// </summary>
    public ResolvedSearch Resolve(string text)
    {
        var q = text.Trim();
        if (Guid.TryParse(q, out var id))
            return new ResolvedSearch(a => a.Id == id);
        if (IdentitySearchNumber.TryRead(q, out var number, out var kind))
            return ByIdentityNumber(number, kind);

        var code = q.ToUpperInvariant().Replace('（', '(').Replace('）', ')');
        // Every string that starts with the prefix sorts below prefix + U+10FFFF (the largest code point).
        var codeEnd = code + char.ConvertFromUtf32(0x10FFFF);
        var nameEnd = q + char.ConvertFromUtf32(0x10FFFF);
        var units = db.ApplicationSearchTerms
            .Where(t => string.Compare(t.Term, code) >= 0 && string.Compare(t.Term, codeEnd) < 0 && t.Kind == ApplicationSearchTerm.Unit)
            .Select(t => t.ApplicationId);
        var parties = db.ApplicationSearchTerms
            .Where(t => string.Compare(t.Term, q) >= 0 && string.Compare(t.Term, nameEnd) < 0 && t.Kind == ApplicationSearchTerm.Party)
            .Select(t => t.ApplicationId);
        var addresses = WithEveryPair(q);
        return new ResolvedSearch(a => (string.Compare(a.ReceiptNumber, code) >= 0 && string.Compare(a.ReceiptNumber, codeEnd) < 0)
                                       || (string.Compare(a.CertificateNumber, code) >= 0 && string.Compare(a.CertificateNumber, codeEnd) < 0)
                                       || units.Contains(a.Id)
                                       || parties.Contains(a.Id)
                                       || addresses.Contains(a.Id));
    }

    private ResolvedSearch ByIdentityNumber(string number, string kind)
    {
        var digest = key.Digest(number);
        var holders = db.ApplicationSearchTerms
            .Where(t => t.Term == digest && t.Kind == ApplicationSearchTerm.Identity)
            .Select(t => t.ApplicationId);
        return new ResolvedSearch(a => holders.Contains(a.Id), IdentityNumberMask.Mask(number), kind);
    }

    /// <summary>Applications whose address has every pair of the fragment (none for a fragment of one character).</summary>
    private IQueryable<Guid> WithEveryPair(string fragment)
    {
        var pairs = AddressBigrams.Of(fragment).ToArray();
        if (pairs.Length > MostPairsOfAnAddress) pairs = [];
        var needed = pairs.Length;
        // The key (term first) finds each pair's rows; an application that has them all has one row per pair.
        return db.ApplicationSearchTerms
            .Where(t => t.Kind == ApplicationSearchTerm.Address && pairs.Contains(t.Term))
            .GroupBy(t => t.ApplicationId)
            .Where(g => g.Count() == needed)
            .Select(g => g.Key);
    }

    /// <summary>
    /// Records a search by identity number in the audit trail, in its own write unit: who searched, the kind, the number
    /// masked (never in clear) and how many applications it found. Other searches are not audited.
    /// </summary>
    public async Task AuditAsync(ResolvedSearch search, SearchRequest request, int found, CancellationToken cancellationToken)
    {
        if (!search.ByIdentityNumber || request.Repeated) return;
        await transactions.RunAsync(async (write, ct) =>
        {
            await write.Audit.AppendAsync(new AuditEntry(request.Searcher.UserName, null, AuditActions.IdentitySearch,
                Detail: new { kind = search.IdentityKind, number = search.MaskedIdentityNumber, found,
                              roles = request.Searcher.Roles.Order(StringComparer.Ordinal).ToList() }), ct);
            await write.Db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);
    }
}
