package org.armjit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code armjit run [OPTIONS] FILE [ARGS...]}: runs a Python program. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a Python program. Arguments after FILE become sys.argv[1:].")
final class RunCommand implements Callable<Integer> {
    @Mixin
    VmOptions vm;

    @Parameters(index = "0", paramLabel = "FILE", description = "the program")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "the program's arguments")
    List<String> args = new ArrayList<>();

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        String source;
        try {
            source = PythonSource.decode(Files.readAllBytes(Path.of(file)), file);
        } catch (NoSuchFileException e) {
            main.err.println("armjit: can't open file '" + file + "': [Errno 2] No such file or directory");
            return 2;
        } catch (PythonSource.Refused e) {
            main.err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            main.err.println("armjit: can't open file '" + file + "': " + e.getMessage());
            return 2;
        }
        List<String> argv = new ArrayList<>();
        argv.add(file);
        argv.addAll(args);
        return Launch.runSource(main.out, main.err, vm, source, file, argv);
    }
}
