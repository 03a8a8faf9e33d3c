using static Zones.GraphQL.Language.CharacterClasses;

namespace Zones.GraphQL.Language;

/// <summary>
/// Number tokens: IntValue and FloatValue, with graphql-js's error messages and positions.
/// Spec: https://spec.graphql.org/September2025/#sec-Int-Value
/// </summary>
public sealed partial class Lexer
{
    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    /// FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, `.`, NameStart}]
    /// </summary>
    Token ReadNumber(int start, int code)
    {
        var position = start;
        var isFloat = false;
        if (code == '-')
            code = At(++position);
        if (code == '0')
        {
            code = At(++position);
            if (IsDigit(code))
                throw GraphQLError.Syntax(Source, position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
        }
        else
        {
            position = ReadDigits(position, code);
            code = At(position);
        }
        if (code == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1, At(position + 1));
            code = At(position);
        }
        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = At(++position);
            if (code is '+' or '-')
                code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }
        if (code == '.' || IsNameStart(code))
            throw ExpectedDigit(position);
        return Create(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body[start..position]);
    }

    /// <summary>Digit+ — returns the offset after the last digit.</summary>
    int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
            throw ExpectedDigit(start);
        var position = start + 1;
        while (IsDigit(At(position)))
            position++;
        return position;
    }

    GraphQLError ExpectedDigit(int position) =>
        GraphQLError.Syntax(Source, position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
}
