// One host and one browser for the whole suite (Hangfire keeps its storage in a static, so hosts cannot run side
// by side); the tests run one after another against it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
