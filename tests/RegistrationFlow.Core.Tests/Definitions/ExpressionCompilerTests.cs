using System.Text.Json;
using RegistrationFlow.Core.Definitions.Expressions;

namespace RegistrationFlow.Core.Tests.Definitions;

public class ExpressionCompilerTests
{
    private static JsonElement Data(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Theory]
    [InlineData("application.price >= 10000000", """{"price": 12000000}""", true)]
    [InlineData("application.price >= 10000000", """{"price": 900000}""", false)]
    [InlineData("application.parties.length > 1 && application.property.use === 'residential'",
        """{"parties":[{},{}],"property":{"use":"residential"}}""", true)]
    public void Evaluates_guards_against_application_data(string source, string json, bool expected)
    {
        Assert.True(ExpressionCompiler.TryCompile(source, out var guard, out var error), error?.Message);
        Assert.Equal(GuardResult.Of(expected), guard!.Evaluate(Data(json)));
    }

    [Fact]
    public void Reports_a_syntax_error_with_its_position()
    {
        Assert.False(ExpressionCompiler.TryCompile("application.price >= ", out _, out var error));
        Assert.NotNull(error);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void An_endless_loop_is_a_clear_error_not_a_hang()
    {
        Assert.True(ExpressionCompiler.TryCompile("(() => { while (true) {} })()", out var guard, out _));
        var result = guard!.Evaluate(Data("{}"));
        Assert.True(result.IsError);
    }

    [Fact]
    public void Has_no_access_to_the_clr()
    {
        Assert.True(ExpressionCompiler.TryCompile("typeof System === 'undefined' && typeof importNamespace === 'undefined'", out var guard, out _));
        Assert.Equal(GuardResult.Of(true), guard!.Evaluate(Data("{}")));
    }

    [Fact]
    public void A_throwing_expression_is_an_error()
    {
        Assert.True(ExpressionCompiler.TryCompile("application.missing.field > 1", out var guard, out _));
        Assert.True(guard!.Evaluate(Data("{}")).IsError);
    }
}
