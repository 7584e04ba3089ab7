package nl.verrijk.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark: local mode on two cores, no web UI, few shuffle partitions. */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession start(String name) {
    return SparkSession.builder().master("local[2]").appName(name).config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
  }
}
