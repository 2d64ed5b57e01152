package org.harmkb.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What an origin has left in the browser, read through the DevTools protocol rather than by the page (whose
 * own view a script could hide): cookies, localStorage, sessionStorage, IndexedDB databases and Cache Storage
 * caches, each as {@code "kind name"}.
 */
final class StorageProbe {

    private StorageProbe() {
    }

    static List<String> everything(ChromeDriver driver, String origin) {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> cookie : list(driver.executeCdpCommand("Storage.getCookies", Map.of()), "cookies")) {
            found.add("cookie " + cookie.get("name"));
        }
        driver.executeCdpCommand("DOMStorage.enable", Map.of());
        for (boolean local : List.of(true, false)) {
            Map<String, Object> items = driver.executeCdpCommand("DOMStorage.getDOMStorageItems",
                    Map.of("storageId", Map.of("securityOrigin", origin, "isLocalStorage", local)));
            for (Object entry : (List<?>) items.get("entries")) {
                found.add((local ? "localStorage " : "sessionStorage ") + ((List<?>) entry).get(0));
            }
        }
        driver.executeCdpCommand("IndexedDB.enable", Map.of());
        Map<String, Object> databases = driver.executeCdpCommand("IndexedDB.requestDatabaseNames", Map.of("securityOrigin", origin));
        for (Object name : (List<?>) databases.get("databaseNames")) {
            found.add("IndexedDB " + name);
        }
        for (Map<String, Object> cache : list(driver.executeCdpCommand("CacheStorage.requestCacheNames",
                Map.of("securityOrigin", origin)), "caches")) {
            found.add("Cache Storage " + cache.get("cacheName"));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> result, String key) {
        return (List<Map<String, Object>>) result.get(key);
    }
}
