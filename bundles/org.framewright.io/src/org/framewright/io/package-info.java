/**
 * Council data import (native CSV, NHS England ASCOF open-data CSV, XLSX) into a {@code DataSet}, and CSV export.
 */
package org.framewright.io;
