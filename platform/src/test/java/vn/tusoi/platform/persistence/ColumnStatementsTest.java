package vn.tusoi.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import vn.tusoi.platform.SharedPostgres;

/** An array's text, read back by a real PostgreSQL as the array it was made from. */
class ColumnStatementsTest {

    private static DataSource database;

    @BeforeAll
    static void start() throws SQLException {
        database = SharedPostgres.newDatabase("column_statements");
    }

    @Test
    void anArraysTextIsReadBackAsTheSameValues() throws SQLException {
        for (List<String> values : List.of(List.<String>of(), List.of("VN"), List.of("VN", "VN.79", "VN.79.760"),
                Arrays.asList("a,b", "{c}", "d\"e", "f\\g", " h ", "", "NULL", null, "Đảng bộ phường Bến Nghé"))) {
            assertEquals(values, readBack(ColumnStatements.arrayLiteral(values)), values.toString());
        }
    }

    private static List<String> readBack(String text) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT CAST(? AS varchar[])")) {
            statement.setString(1, text);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return Arrays.asList((String[]) row.getArray(1).getArray());
            }
        }
    }
}
