// Each test class starts its own host on its own database file, and hosts run one after another. Each host owns its
// Hangfire storage (nothing in JobStorage.Current), but Hangfire's log provider and serializer settings are process-wide
// statics set by the host that starts last; running hosts one at a time keeps every host's jobs logging to itself.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
