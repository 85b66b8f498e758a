// Each test class starts its own host on its own database file. Hosts run one after another: Hangfire keeps
// its storage in a static (JobStorage.Current), so two hosts in parallel would share it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
