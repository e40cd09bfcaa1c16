/**
 * Store data synced from the merchant's systems: settings, products, customers, orders with
 * shipments and promotions; the bulk import API and read access for the rest of Kefu.
 */
package io.kefu.commerce;
