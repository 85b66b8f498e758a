using RegistrationFlow.Core.Definitions.Expressions;

namespace RegistrationFlow.Core.Tests.Definitions;

/// <summary>The validator points into guards with these positions, so they must be 1-based inside the expression.</summary>
public class ExpressionPositionTests
{
    [Theory]
    [InlineData("application.price >=> 0", 1, 21)]
    [InlineData(">", 1, 1)]
    [InlineData("application.price >= 0 &&\napplication.area > > 1", 2, 20)]
    public void Compile_errors_carry_one_based_line_and_column(string source, int line, int column)
    {
        Assert.False(ExpressionCompiler.TryCompile(source, out _, out var error));
        Assert.Equal((line, column), (error!.Line, error.Column));
    }
}
