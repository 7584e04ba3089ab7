// Verrijk in JShell, from the repository's root after `mvn package`:
//   jshell --class-path target/verrijk-all.jar examples/verrijk.jsh
import nl.verrijk.*;
import java.nio.file.*;

// the two lines: enrich a text
var article = Verrijk.enrich(Files.readString(Path.of("testdata/example.txt")));
System.out.println(article);

// who said what
System.out.print(article.quotesTable());

// the view: open target/verrijk-view.html in a browser
Files.createDirectories(Path.of("target"));
Files.writeString(Path.of("target/verrijk-view.html"), article.toHtml());
System.out.println("wrote target/verrijk-view.html");
/exit
