/** What the application sees of the switch adapter; everything else in the RAR is private to it. */
package org.onenumber.switchadapter.api;
