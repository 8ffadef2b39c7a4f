/** The end user's own pages (My Phone): profile now; numbers, features and routing as they arrive. */
package org.onenumber.myphone;
